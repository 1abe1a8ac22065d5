// What `fix` would do to one file: the new bytes, one change per rewritten link, and a notice for
// each moved link it had to leave alone (escaped in JSON, accepted in the ignore file, unusual form).
import { extractText } from '../extract/index.js';
import { detectFormat } from '../read/index.js';
import { rewriteText } from './rewrite.js';
import { movedRewriter, normalizeRewriter } from './github-links.js';
import { encode } from './user-file.js';
export function planFile(file, moved, options) {
    const accepted = new Map();
    const skip = (key) => {
        const at = options.acceptedAt?.(key, `https://github.com/${moved.get(key) ?? ''}`) ?? null;
        if (at)
            accepted.set(key, at);
        return at !== null;
    };
    const rewriters = [movedRewriter(moved, skip), ...(options.normalize ? [normalizeRewriter] : []), ...(options.rewriters ?? [])];
    const { text, changes } = rewriteText(file.text, rewriters);
    const next = changes.length > 0 ? encode(file, text) : null;
    return { file, next: next && !next.equals(file.bytes) ? next : null, changes, notices: leftAlone(file, moved, changes, accepted) };
}
/** Moved links that extraction sees in the file but the rewrite did not touch, one notice each. */
function leftAlone(file, moved, changes, accepted) {
    const format = detectFormat(file.path, file.text.slice(0, 64 * 1024));
    // JSON readers number a link by its record, not its own line: there a change anywhere in the file counts.
    const byKeyOnly = format === 'json' || format === 'jsonl';
    const idOf = (line, key) => (byKeyOnly ? key : `${line} ${key}`);
    const rewritten = new Set(changes.map((c) => idOf(c.line, c.key)));
    const notices = [];
    const seen = new Set();
    for (const paper of extractText(file.text, file.path, format).papers) {
        for (const link of paper.links) {
            const to = moved.get(link.key);
            const id = idOf(link.line, link.key);
            if (to === undefined || rewritten.has(id) || seen.has(id))
                continue;
            seen.add(id);
            const at = accepted.get(link.key);
            const why = at
                ? `accepted in ${at}`
                : byKeyOnly
                    ? 'not written verbatim in a JSON string (escaped characters); edit it by hand'
                    : 'not written in a form fix can rewrite safely; edit it by hand';
            notices.push(`${file.path}:${link.line}: left ${link.url} alone (moved to github.com/${to}): ${why}`);
        }
    }
    return notices;
}
//# sourceMappingURL=plan.js.map