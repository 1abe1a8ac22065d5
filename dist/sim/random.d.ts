/** mulberry32: small, fast, good enough for simulated faults. */
export declare function seededRandom(seed: number): () => number;
/** A stable number in [0, 1) for a string: the same repository always gets the same fate. */
export declare function hashUnit(text: string): number;
/** Short, stable, non-reversible label for a token (the log never holds the token itself). */
export declare function tokenLabel(token: string | null): string;
