// Turns a raw URL candidate into a parsed, normalised URL: trailing punctuation and unbalanced
// brackets off, HTML entities decoded, git/scp forms rewritten to https, credentials dropped.
import type { UrlParts } from './target.js';

/** Sentence punctuation dropped from the end of a URL: `. , ; : ! ? * " '` and `’`. */
function isTrailingPunct(code: number): boolean {
  switch (code) {
    case 0x2e:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
    case 0x2a:
    case 0x22:
    case 0x27:
    case 0x2019:
      return true;
  }
  return false;
}

/** How many times `ch` occurs in `text` (indexOf: far cheaper than a loop over the characters). */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** The brackets trimTrailing balances, closer and opener by kind. */
const CLOSERS = [')', ']', '>'];
const OPENERS = ['(', '[', '<'];
/** Per kind, closers not yet matched (-1: not counted yet) and openers: one scratch for every call. */
const unmatched = new Int32Array(3);
const opened = new Int32Array(3);

/** Strip sentence punctuation and closing brackets that the URL did not open (`…/CFSP.`, `(…/r).`). */
export function trimTrailing(text: string): string {
  // A closer's counts (in the whole text) are taken the first time one of its kind ends the text
  // (`[code](url)` in Markdown: almost every candidate), and kept up to date: linear even for
  // `url))))…`.
  unmatched.fill(-1);
  let end = text.length;
  while (end > 0) {
    const last = text.charCodeAt(end - 1);
    if (isTrailingPunct(last)) {
      end--;
      continue;
    }
    const kind = last === 0x29 ? 0 : last === 0x5d ? 1 : last === 0x3e ? 2 : -1;
    if (kind === -1) break;
    if (unmatched[kind] === -1) {
      unmatched[kind] = countOf(text, CLOSERS[kind]!);
      opened[kind] = countOf(text, OPENERS[kind]!);
    }
    if (unmatched[kind]! <= opened[kind]!) break;
    unmatched[kind]!--;
    end--;
  }
  return text.slice(0, end);
}

/** Cut at HTML-escaped delimiters and decode `&amp;` (raw HTML `href`s in Markdown). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const cut = text.search(/&(?:quot|lt|gt|#34|#39);/i);
  const t = cut === -1 ? text : text.slice(0, cut);
  return t.replace(/&amp;/gi, '&');
}

/** Query parameters that carry secrets; dropped like userinfo. */
const SECRET_NAMES = 'access_token|token|private_token|api_key|apikey|key|sig|signature|password|secret|client_secret|x-amz-signature|x-amz-credential|auth';
const SECRET_PARAMS = new RegExp(`^(?:${SECRET_NAMES})$`, 'i');
/** A secret parameter as redactCredentials finds one; a text without it has nothing to redact but userinfo. */
const SECRET_PARAM_IN_TEXT = new RegExp(`[?&](?:${SECRET_NAMES})=`, 'i');

/** Remove `user:pass@` and secret query parameters from text as written (for `Link.raw`). */
export function redactCredentials(text: string): string {
  // Most URLs hold neither userinfo nor a secret parameter (badge URLs have queries): skip both replaces.
  if (!text.includes('@') && !SECRET_PARAM_IN_TEXT.test(text)) return text;
  return redactSecretParams(text.replace(/^((?:[a-z+]+:)?\/\/)[^/?#@\s]*@/i, '$1'));
}

const PARAM_START = /[?&]/g;
const PARAM_NAME_END = /[=&#\s]/g;
const PARAM_VALUE_END = /[&#\s]/g;

/**
 * Every `?name=value` or `&name=value` whose name is a secret's with its value REDACTED: what
 * `/([?&])([^=&#\s]+)=[^&#\s]*\/g` finds, in linear time. That regex tried again from every `?`
 * of a name that ended without `=` (`?a?a?a…`, a 400 KB URL: a minute); every `?` before the same
 * end shares its outcome, so the search goes on from there.
 */
export function redactSecretParams(text: string): string {
  let out = '';
  let copied = 0;
  for (let from = 0; ; ) {
    PARAM_START.lastIndex = from;
    const start = PARAM_START.exec(text);
    if (start === null) break;
    PARAM_NAME_END.lastIndex = start.index + 1;
    const nameEnd = PARAM_NAME_END.exec(text)?.index ?? text.length;
    if (nameEnd === start.index + 1 || text[nameEnd] !== '=') {
      if (nameEnd === text.length) break;
      from = nameEnd;
      continue;
    }
    PARAM_VALUE_END.lastIndex = nameEnd + 1;
    const end = PARAM_VALUE_END.exec(text)?.index ?? text.length;
    const name = text.slice(start.index + 1, nameEnd);
    if (SECRET_PARAMS.test(name)) {
      out += `${text.slice(copied, nameEnd + 1)}REDACTED`;
      copied = end;
    }
    from = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Rewrite the many ways to write a repository address into an https URL string. */
function withScheme(text: string): string {
  let t = text;
  const scp = /^git@([^:/\s]+):(.*)$/i.exec(t);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  t = t.replace(/^git\+/i, '');
  const m = /^([a-z]+):\/\//i.exec(t);
  if (!m) return /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(t) ? t : `https://${t}`; // mailto:, javascript: stay as they are
  const scheme = m[1]!.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return t;
  // git:// and ssh://git@host/… name the same repository as https://host/…
  return 'https://' + t.slice(m[0].length).replace(/^[^/@]*@/, '');
}

/** Parse a raw candidate; null when it is not a usable web address. */
export function cleanUrl(raw: string): URL | null {
  const text = trimTrailing(decodeEntities(raw));
  return text.length === 0 ? null : parseCleaned(text);
}

/**
 * cleanUrl for the link path: the same URL, as its parts. The common shapes (`https://github.com/o/r`,
 * `arxiv.org/abs/…`: a plain ASCII host, no port, no userinfo, nothing to encode) are taken apart by
 * hand — `new URL`, its getters and its setters were most of the cost of a link; anything else goes
 * through `new URL`. test/extract/url-parts.test.ts holds the two to the same result.
 */
export function cleanUrlParts(raw: string): UrlParts | null {
  const text = trimTrailing(decodeEntities(raw));
  if (text.length === 0) return null;
  return plainUrl(text) ?? parseCleaned(text);
}

function parseCleaned(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(withScheme(text));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname;
  // A host needs a dot (or be an IP literal): `https://x` or `https://foo` is not a link.
  if (!host.includes('.') && !host.startsWith('[')) return null;
  if (/^[.-]|[.-]$/.test(host) || host.includes('..')) return null;
  // The setters re-serialise the URL: only touch what is there.
  if (url.username !== '') url.username = '';
  if (url.password !== '') url.password = '';
  if (url.search !== '') for (const name of [...url.searchParams.keys()]) if (SECRET_PARAMS.test(name)) url.searchParams.delete(name);
  return url;
}

/**
 * Which printable ASCII characters (0x21–0x7e) plainUrl passes through as written, per part. The
 * WHATWG parser leaves them alone there; everything else (quotes, `<>`, backticks, braces, `\`,
 * `^`, `|`, `[]`, and `'` which a special URL's query encodes) sends the text to `new URL`.
 * Candidates end at most of these anyway (find-urls.ts), so this costs no common link.
 */
const PLAIN_PATH = charTable("!$%&()*+,-./0123456789:;=@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");
const PLAIN_QUERY = charTable("!$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");
const PLAIN_FRAGMENT = charTable("!#$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * `http(s)://host/path?query#fragment` (scheme optional: then https, as withScheme does) when it
 * needs none of the WHATWG parser's rewriting: the host lower-case ASCII letters, digits, `-` and
 * single dots, its last label starting with a letter (so not an IPv4 number), no `xn--` label, no
 * port, no userinfo; no `.`/`..`/`%2e` path segment; no character that would be percent-encoded;
 * no secret query parameter. Then its parts are slices of the text. Null for anything else: the
 * caller parses it with `new URL`, so null is always safe.
 */
function plainUrl(text: string): UrlParts | null {
  const n = text.length;
  let i = 0;
  let scheme = 'https://';
  const c0 = text.charCodeAt(0) | 0x20;
  if (c0 === 0x68 /* h */) {
    // http:// or https:// in any case; anything else is read as a bare host (withScheme adds https).
    const s = (text.charCodeAt(4) | 0x20) === 0x73 ? 1 : 0;
    if (
      (text.charCodeAt(1) | 0x20) === 0x74 &&
      (text.charCodeAt(2) | 0x20) === 0x74 &&
      (text.charCodeAt(3) | 0x20) === 0x70 &&
      text.charCodeAt(4 + s) === 0x3a &&
      text.charCodeAt(5 + s) === 0x2f &&
      text.charCodeAt(6 + s) === 0x2f
    ) {
      i = 7 + s;
      scheme = s ? 'https://' : 'http://';
    }
  }
  // The host: up to `/`, `?`, `#` or the end.
  const hostStart = i;
  let lastDot = -1;
  let upper = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) break;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d) continue;
    if (c === 0x2e) {
      if (i === hostStart || i === lastDot + 1) return null;
      lastDot = i;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      upper = true;
      continue;
    }
    return null;
  }
  const hostEnd = i;
  if (lastDot === -1 || lastDot === hostEnd - 1 || hostEnd - hostStart > 200) return null;
  if (text.charCodeAt(hostStart) === 0x2d || text.charCodeAt(hostEnd - 1) === 0x2d || !isLetter(text.charCodeAt(lastDot + 1))) return null;
  let host = text.slice(hostStart, hostEnd);
  if (upper) host = host.toLowerCase();
  if (host.includes('xn--')) return null;
  // The path: segments that are not `.` or `..`, no `%2e`.
  const pathStart = i;
  let segment = i + 1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3f || c === 0x23) break;
    if (c === 0x2f) {
      if (dotSegment(text, segment, i)) return null;
      segment = i + 1;
    } else if (c > 0x7e || PLAIN_PATH[c] === 0) return null;
    else if (c === 0x25 && text.charCodeAt(i + 1) === 0x32 && (text.charCodeAt(i + 2) | 0x20) === 0x65) return null;
  }
  if (i > pathStart && dotSegment(text, segment, i)) return null;
  const pathEnd = i;
  // The query: plain characters and no secret parameter (cleanUrl would delete it and re-serialise).
  const queryStart = i;
  if (i < n && text.charCodeAt(i) === 0x3f) {
    let name = i + 1;
    for (i++; i <= n; i++) {
      const c = i === n ? 0x23 : text.charCodeAt(i);
      if (c === 0x26 || c === 0x3d || c === 0x23) {
        if (name !== -1 && i > name && secretName(text, name, i)) return null;
        if (c === 0x23) break;
        name = c === 0x26 ? i + 1 : -1;
      } else if (c > 0x7e || PLAIN_QUERY[c] === 0) return null;
    }
  }
  const queryEnd = Math.min(i, n);
  i = queryEnd;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c > 0x7e || PLAIN_FRAGMENT[c] === 0) return null;
  }
  const pathname = pathEnd > pathStart ? text.slice(pathStart, pathEnd) : '/';
  let href = text;
  if (hostStart !== scheme.length || upper || pathEnd === pathStart || !text.startsWith(scheme)) {
    const rest = text.slice(pathStart);
    href = scheme + host + (pathEnd > pathStart ? rest : `/${rest}`);
  }
  return { href, hostname: host, pathname, hash: n - queryEnd > 1 ? text.slice(queryEnd) : '' };
}

/** Is text[from, to) a `.` or `..` path segment? */
function dotSegment(text: string, from: number, to: number): boolean {
  return (to - from === 1 && text.charCodeAt(from) === 0x2e) || (to - from === 2 && text.charCodeAt(from) === 0x2e && text.charCodeAt(from + 1) === 0x2e);
}

/** Is the query parameter named text[from, to) one cleanUrl drops? A name that decodes (`%`, `+`) is left to URLSearchParams. */
function secretName(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x25 || c === 0x2b) return true;
  }
  return SECRET_PARAMS.test(text.slice(from, to));
}
