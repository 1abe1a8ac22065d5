import { type LinkOccurrence } from './occurrences.js';
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
export declare function rewriteText(text: string, rewriters: readonly LinkRewriter[]): RewriteResult;
