// A token must never appear in output, logs, caches, reports or errors. Every message that leaves the
// harvester, the CLI or the Action passes through redact() with the token it must hide. The one
// redact of the project: `***`, as the Actions runner masks a secret, on the command line too.

const MASK = '***';

/** Replace every occurrence of `secret` (and common token shapes) in `text`. */
export function redact(text: string, secret: string | readonly string[] | null | undefined): string {
  let out = text;
  for (const s of typeof secret === 'string' ? [secret] : (secret ?? [])) if (s.length >= 4) out = out.split(s).join(MASK);
  // Belt and braces: GitHub token formats (ghp_, gho_, ghs_, ghu_, ghr_, github_pat_) and auth headers.
  return out
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, MASK)
    .replace(/(authorization:\s*)(token|bearer)\s+\S+/gi, `$1$2 ${MASK}`);
}

/** A short, single-line, token-free description of any thrown value. */
export function describeError(err: unknown, secret: string | readonly string[] | null): string {
  const e = err as { message?: unknown; code?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : null;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const line = (code && !message.includes(code) ? `${code}: ${message}` : message).split('\n')[0] ?? '';
  return redact(line.slice(0, 300), secret);
}

/**
 * Why a request got no HTTP answer, as short as the cause allows: the system error code
 * (`ECONNREFUSED`, `ENOTFOUND`, `CERT_HAS_EXPIRED`, `UND_ERR_CONNECT_TIMEOUT`) found anywhere in
 * the cause chain (Octokit wraps undici's TypeError, which wraps the socket error), else the
 * innermost message (`bad port`: fetch refuses some ports outright).
 */
export function networkCause(err: unknown, secret: string | null): string {
  let innermost = '';
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 6; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(e.code)) return e.code;
    if (typeof e.message === 'string' && e.message && e.message !== 'fetch failed') innermost = e.message;
  }
  return redact((innermost || 'no answer').split('\n')[0]!.slice(0, 120), secret);
}
