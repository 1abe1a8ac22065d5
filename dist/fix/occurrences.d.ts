import { type LinkTarget } from '../extract/classify.js';
/** One link in a text: where it stands and what it points at. */
export interface LinkOccurrence {
    /** Offset of the first character of the link in the text. */
    start: number;
    /** Offset just past the link's last character, trailing sentence punctuation and unopened brackets excluded. */
    end: number;
    /** 1-based line of `start`. */
    line: number;
    /** The link as written: `text.slice(start, end)`. */
    written: string;
    target: LinkTarget;
}
/** The links of `text`, in order. */
export declare function findOccurrences(text: string): LinkOccurrence[];
