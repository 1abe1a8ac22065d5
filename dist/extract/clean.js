// Turns a raw URL candidate into a parsed, normalised URL: trailing punctuation and unbalanced
// brackets off, HTML entities decoded, git/scp forms rewritten to https, credentials dropped.
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '*', '"', "'", '\u2019']);
const CLOSERS = { ')': '(', ']': '[', '>': '<' };
function count(text, ch) {
    let n = 0;
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1))
        n++;
    return n;
}
/** Strip sentence punctuation and closing brackets that the URL did not open (`…/CFSP.`, `(…/r).`). */
export function trimTrailing(text) {
    // Bracket counts are taken once and kept up to date: linear even for `url))))…`.
    const counts = { '(': count(text, '('), ')': count(text, ')'), '[': count(text, '['), ']': count(text, ']'), '<': count(text, '<'), '>': count(text, '>') };
    let end = text.length;
    while (end > 0) {
        const last = text[end - 1];
        if (TRAILING_PUNCT.has(last)) {
            end--;
            continue;
        }
        const opener = CLOSERS[last];
        if (opener !== undefined && counts[last] > counts[opener]) {
            counts[last]--;
            end--;
            continue;
        }
        break;
    }
    return text.slice(0, end);
}
/** Cut at HTML-escaped delimiters and decode `&amp;` (raw HTML `href`s in Markdown). */
function decodeEntities(text) {
    const cut = text.search(/&(?:quot|lt|gt|#34|#39);/i);
    const t = cut === -1 ? text : text.slice(0, cut);
    return t.replace(/&amp;/gi, '&');
}
/** Query parameters that carry secrets; dropped like userinfo. */
const SECRET_PARAMS = /^(?:access_token|token|private_token|api_key|apikey|key|sig|signature|password|secret|client_secret|x-amz-signature|x-amz-credential|auth)$/i;
/** Remove `user:pass@` and secret query parameters from text as written (for `Link.raw`). */
export function redactCredentials(text) {
    return text
        .replace(/^((?:[a-z+]+:)?\/\/)[^/?#@\s]*@/i, '$1')
        .replace(/([?&])([^=&#\s]+)=[^&#\s]*/g, (all, sep, name) => (SECRET_PARAMS.test(name) ? `${sep}${name}=REDACTED` : all));
}
/** Rewrite the many ways to write a repository address into an https URL string. */
function withScheme(text) {
    let t = text;
    const scp = /^git@([^:/\s]+):(.*)$/i.exec(t);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    t = t.replace(/^git\+/i, '');
    const m = /^([a-z]+):\/\//i.exec(t);
    if (!m)
        return /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(t) ? t : `https://${t}`; // mailto:, javascript: stay as they are
    const scheme = m[1].toLowerCase();
    if (scheme === 'http' || scheme === 'https')
        return t;
    // git:// and ssh://git@host/… name the same repository as https://host/…
    return 'https://' + t.slice(m[0].length).replace(/^[^/@]*@/, '');
}
/** Parse a raw candidate; null when it is not a usable web address. */
export function cleanUrl(raw) {
    const text = trimTrailing(decodeEntities(raw));
    if (text.length === 0)
        return null;
    let url;
    try {
        url = new URL(withScheme(text));
    }
    catch {
        return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return null;
    const host = url.hostname;
    // A host needs a dot (or be an IP literal): `https://x` or `https://foo` is not a link.
    if (!host.includes('.') && !host.startsWith('['))
        return null;
    if (/^[.-]|[.-]$/.test(host) || host.includes('..'))
        return null;
    url.username = '';
    url.password = '';
    for (const name of [...url.searchParams.keys()])
        if (SECRET_PARAMS.test(name))
            url.searchParams.delete(name);
    return url;
}
//# sourceMappingURL=clean.js.map