/** Strip sentence punctuation and closing brackets that the URL did not open (`…/CFSP.`, `(…/r).`). */
export declare function trimTrailing(text: string): string;
/** Remove `user:pass@` and secret query parameters from text as written (for `Link.raw`). */
export declare function redactCredentials(text: string): string;
/** Parse a raw candidate; null when it is not a usable web address. */
export declare function cleanUrl(raw: string): URL | null;
