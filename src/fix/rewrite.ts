// The rewrite engine: rewriters look at each link of a text and propose edits; the engine applies
// them link by link in the text's order, and reports one change per rewritten link.
// A rewriter is any mapping "link as written → edits", so moved repositories (moved.ts), URL
// normalisation, or dead links replaced by archived copies plug in the same way.
import { findOccurrences, type LinkOccurrence } from './occurrences.js';

/** Replace `text.slice(start, end)` with `with`. Offsets are in the whole text, within the link. */
export interface Edit {
  start: number;
  end: number;
  with: string;
}

/** Proposes edits for one link (none: leave it). `text` is the whole file's text. */
export type LinkRewriter = (occurrence: LinkOccurrence, text: string) => Edit[];

/** One rewritten link. */
export interface LinkChange {
  line: number;
  old: string;
  new: string;
  /** The link's target key (`github/owner/name`), for grouping and reports. */
  key: string;
}

export interface RewriteResult {
  text: string;
  changes: LinkChange[];
}

/**
 * Apply every rewriter to every link of `text`. Edits of one link are applied together; an edit
 * outside its link, or overlapping an earlier edit of the same link, is dropped (a rewriter bug
 * must never damage the bytes around a link).
 */
export function rewriteText(text: string, rewriters: readonly LinkRewriter[]): RewriteResult {
  const planned: { occurrence: LinkOccurrence; edits: Edit[] }[] = [];
  for (const occurrence of findOccurrences(text)) {
    const edits = acceptedEdits(occurrence, rewriters.flatMap((rewrite) => rewrite(occurrence, text)), text);
    if (edits.length > 0) planned.push({ occurrence, edits });
  }
  // The new text from pieces in order (the links are in order and never overlap), joined once:
  // cutting and joining the whole text per link was quadratic (a 20,000-line list: 459 s).
  const pieces: string[] = [];
  let copied = 0;
  const changes: LinkChange[] = [];
  for (const { occurrence, edits } of planned) {
    const before = occurrence.written;
    let after = before;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      after = after.slice(0, e.start - occurrence.start) + e.with + after.slice(e.end - occurrence.start);
    }
    pieces.push(text.slice(copied, occurrence.start), after);
    copied = occurrence.end;
    changes.push({ line: occurrence.line, old: before, new: after, key: occurrence.target.key });
  }
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes };
}

function acceptedEdits(occurrence: LinkOccurrence, proposed: Edit[], text: string): Edit[] {
  const kept: Edit[] = [];
  for (const e of proposed) {
    if (e.start < occurrence.start || e.end > occurrence.end || e.start > e.end) continue;
    if (kept.some((k) => e.start < k.end && k.start < e.end)) continue;
    if (text.slice(e.start, e.end) === e.with) continue; // already as wanted
    kept.push(e);
  }
  return kept;
}
