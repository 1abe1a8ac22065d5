/** Milliseconds since the epoch at 00:00 UTC of the paper's date; null when there is no full date. */
export declare function parsePaperDate(text: string | null): number | null;
