// The GitHub token must never appear in output, logs, caches, reports or errors. Every message that
// leaves the harvester passes through redact() with the token it must hide.
/** Replace every occurrence of `secret` (and common token shapes) in `text`. */
export function redact(text, secret) {
    let out = text;
    if (secret && secret.length >= 4)
        out = out.split(secret).join('[token]');
    // Belt and braces: GitHub token formats (ghp_, gho_, ghs_, ghu_, ghr_, github_pat_) and auth headers.
    return out
        .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '[token]')
        .replace(/(authorization:\s*)(token|bearer)\s+\S+/gi, '$1$2 [token]');
}
/** A short, single-line, token-free description of any thrown value. */
export function describeError(err, secret) {
    const e = err;
    const code = typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : null;
    const message = typeof e?.message === 'string' ? e.message : String(err);
    const line = (code && !message.includes(code) ? `${code}: ${message}` : message).split('\n')[0] ?? '';
    return redact(line.slice(0, 300), secret);
}
//# sourceMappingURL=redact.js.map