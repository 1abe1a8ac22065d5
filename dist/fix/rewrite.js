// The rewrite engine: rewriters look at each link of a text and propose edits; the engine applies
// them from the end backwards so offsets stay valid, and reports one change per rewritten link.
// A rewriter is any mapping "link as written → edits", so moved repositories (moved.ts), URL
// normalisation, or dead links replaced by archived copies plug in the same way.
import { findOccurrences } from './occurrences.js';
/**
 * Apply every rewriter to every link of `text`. Edits of one link are applied together; an edit
 * outside its link, or overlapping an earlier edit of the same link, is dropped (a rewriter bug
 * must never damage the bytes around a link).
 */
export function rewriteText(text, rewriters) {
    const planned = [];
    for (const occurrence of findOccurrences(text)) {
        const edits = acceptedEdits(occurrence, rewriters.flatMap((rewrite) => rewrite(occurrence, text)), text);
        if (edits.length > 0)
            planned.push({ occurrence, edits });
    }
    let out = text;
    const changes = [];
    for (const { occurrence, edits } of planned.reverse()) {
        const before = occurrence.written;
        let after = before;
        for (const e of [...edits].sort((a, b) => b.start - a.start)) {
            after = after.slice(0, e.start - occurrence.start) + e.with + after.slice(e.end - occurrence.start);
        }
        out = out.slice(0, occurrence.start) + after + out.slice(occurrence.end);
        changes.push({ line: occurrence.line, old: before, new: after, key: occurrence.target.key });
    }
    return { text: out, changes: changes.reverse() };
}
function acceptedEdits(occurrence, proposed, text) {
    const kept = [];
    for (const e of proposed) {
        if (e.start < occurrence.start || e.end > occurrence.end || e.start > e.end)
            continue;
        if (kept.some((k) => e.start < k.end && k.start < e.end))
            continue;
        if (text.slice(e.start, e.end) === e.with)
            continue; // already as wanted
        kept.push(e);
    }
    return kept;
}
//# sourceMappingURL=rewrite.js.map