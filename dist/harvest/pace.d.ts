export declare class MinuteWindow {
    readonly limit: number;
    /** Answer times (ms), oldest first; `head` is the oldest one still inside the window. */
    private times;
    private head;
    constructor(limit: number);
    private drop;
    /** An answer arrived at `now` (answers can land out of order by a few ms: keep the list sorted). */
    record(now: number): void;
    /**
     * When one more request may be sent, given `inFlight` unanswered ones: `now` if it fits, the
     * moment enough answers leave the window, or null when only in-flight answers block it (they
     * must land first; they then count for a minute too).
     */
    nextSlot(now: number, inFlight: number): number | null;
    /** Answers inside the window now (for tests and progress). */
    used(now: number): number;
}
