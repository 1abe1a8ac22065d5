/** Replace every occurrence of `secret` (and common token shapes) in `text`. */
export declare function redact(text: string, secret: string | null): string;
/** A short, single-line, token-free description of any thrown value. */
export declare function describeError(err: unknown, secret: string | null): string;
