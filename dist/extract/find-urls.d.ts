/** A stretch of text that looks like a URL, before cleaning. */
export interface UrlCandidate {
    /** The text as found (may still carry trailing punctuation or LaTeX escapes). */
    text: string;
    /** Offset of the first character in the scanned text. */
    start: number;
    /** Offset just past the last character (`text` may be shorter: LaTeX escapes such as `\\_` are undone). */
    end: number;
}
/** Cheap test: can this text hold a link at all? */
export declare const MAY_HOLD_URL: RegExp;
/** Every URL-looking stretch of `text` (from offset `from` on), in order. */
export declare function findUrlCandidates(text: string, from?: number): UrlCandidate[];
