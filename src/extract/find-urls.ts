// Finds URL candidates in free text, with their positions. Hand-written rather than linkify-it:
// the corpus needs LaTeX residue (`url{url}`, `\_`), `git@host:path`, scheme-less forge hosts and
// CJK punctuation handled at the scanning stage, and a plain scan is several times faster.

/** A stretch of text that looks like a URL, before cleaning. */
export interface UrlCandidate {
  /** The text as found (may still carry trailing punctuation or LaTeX escapes). */
  text: string;
  /** Offset of the first character in the scanned text. */
  start: number;
  /** Offset just past the last character (`text` may be shorter: LaTeX escapes such as `\\_` are undone). */
  end: number;
}

/** Hosts we recognise without a scheme (`github.com/deel-ai/Craft`); subdomains are walked back to by hand. */
const BARE_HOSTS =
  '(?:github\\.(?:com|io)|githubusercontent\\.com|gitlab\\.com|gitee\\.com|bitbucket\\.org|codeberg\\.org|huggingface\\.co|hf\\.co|anonymous\\.4open\\.science)(?![\\w.-])';

/**
 * Where a candidate may start: a scheme (glued text before it is fine: `at:https://…`), an scp-like
 * `git@host:`, `www.`, or a known forge host. No look-behind here (it made the scan slow): the
 * word-boundary rule for bare hosts is checked in `bareStart`.
 */
const START = new RegExp(['(?:git\\+)?(?:https?|ssh|git)://', 'git@(?=[a-z0-9.-]+\\.[a-z]{2,}:)', 'www\\.', BARE_HOSTS].join('|'), 'gi');

const HOST_CHAR = /[A-Za-z0-9-]/;
/** Characters that, right before a bare host, mean it is part of something else (an e-mail, a path). */
const GLUED = /[\w.@/%+-]/;

/**
 * For a bare host (or `www.`) found at `at`: walk back over subdomain labels (`serre-lab.` in
 * `serre-lab.github.io`) and return where the candidate starts, or -1 if it is glued to other text.
 */
function bareStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && text[start - 1] === '.' && start > 1 && HOST_CHAR.test(text[start - 2]!)) {
    let s = start - 1;
    while (s > 0 && HOST_CHAR.test(text[s - 1]!)) s--;
    start = s;
  }
  const before = text[start - 1];
  return before !== undefined && GLUED.test(before) ? -1 : start;
}

/** Cheap test: can this text hold a link at all? */
export const MAY_HOLD_URL = /:\/\/|www\.|git@|github\.|gitlab\.com|gitee\.com|bitbucket\.org|codeberg\.org|huggingface\.co|hf\.co\/|4open\.science/i;


/** LaTeX escapes that stand for a URL character (`https://x.org/a\_b`). */
const LATEX_ESCAPED = new Set(['_', '%', '#', '&', '~', '$']);

/** Characters that end a URL: whitespace, delimiters RFC 3986 excludes, and typographic punctuation. */
function isStop(code: number): boolean {
  if (code <= 0x20) return true;
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x3c: // <
    case 0x3e: // >
    case 0x5b: // [
    case 0x5d: // ]
    case 0x5e: // ^
    case 0x60: // `
    case 0x7b: // {  (LaTeX residue: `url{url}` and `url{text}`)
    case 0x7c: // |
    case 0x7d: // }
    case 0x7f:
    case 0xa0: // no-break space
      return true;
  }
  if (code < 0x2000) return false;
  return (
    code <= 0x206f || // general punctuation: quotes, dashes, ellipsis, zero-width spaces
    (code >= 0x2e80 && code <= 0x9fff) || // CJK punctuation (。、「」), kana, ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) // full-width forms: （），：；！？
  );
}

/** Where the last scanBody stopped (a module variable, not a returned object: this runs per candidate). */
let bodyEnd = 0;

/** Extend a candidate from `from` to its first stop character, unescaping LaTeX `\_`-style escapes; sets `bodyEnd`. */
function scanBody(text: string, from: number): string {
  let body = '';
  let i = from;
  let chunkStart = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c /* \ */) {
      const next = text[i + 1];
      if (next !== undefined && LATEX_ESCAPED.has(next)) {
        body += text.slice(chunkStart, i);
        chunkStart = i + 1;
        i++;
        continue;
      }
      break;
    }
    if (isStop(code)) break;
  }
  body += text.slice(chunkStart, i);
  bodyEnd = i;
  return body;
}

/**
 * The candidate nextCandidate found last, and where the scan goes on. One object reused for every
 * candidate: the link path (links.ts) reads it field by field and keeps none of it.
 */
export const found: UrlCandidate & { next: number } = { text: '', start: 0, end: 0, next: 0 };

/** The next URL-looking stretch of `text` from offset `from` on: true and `found` set, or false. */
export function nextCandidate(text: string, from: number): boolean {
  START.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text)) !== null) {
    const matched = m[0];
    const matchEnd = m.index + matched.length;
    let start = m.index;
    if (matched.length === 4 && matched.charCodeAt(3) === 0x40 /* git@ */) {
      if (m.index > 0 && /\w/.test(text[m.index - 1]!)) continue;
    } else if (!matched.includes(':')) {
      start = bareStart(text, m.index);
      if (start === -1) continue;
    }
    const body = scanBody(text, start);
    const end = bodyEnd;
    if (body.length > matchEnd - start) {
      found.text = body;
      found.start = start;
      found.end = end;
      found.next = Math.max(end, matchEnd);
      return true;
    }
    START.lastIndex = Math.max(end, matchEnd);
  }
  return false;
}

/** Every URL-looking stretch of `text` (from offset `from` on), in order. */
export function findUrlCandidates(text: string, from = 0): UrlCandidate[] {
  const all: UrlCandidate[] = [];
  for (let at = from; nextCandidate(text, at); at = found.next) all.push({ text: found.text, start: found.start, end: found.end });
  return all;
}
