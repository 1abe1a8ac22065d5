export interface LineStreamEvents {
    /** A batch of consecutive lines; `first` is the 1-based number of `lines[0]`. */
    lines(lines: string[], first: number): void;
    problem(line: number | null, message: string): void;
    /** After each batch: a promise to wait for (output back-pressure), or null to go on. */
    after?(): Promise<void> | null;
}
/** A longer line is reported and skipped rather than held in memory (a 1 GB file without newlines). */
export declare const MAX_LINE_BYTES: number;
/**
 * Read `stream` to its end, handing over complete lines in batches. Returns false when the input
 * was skipped as binary (a NUL byte near the start).
 */
export declare function streamLines(stream: AsyncIterable<Buffer | string>, events: LineStreamEvents, maxLineBytes?: number): Promise<boolean>;
