import type { InputFormat, PaperRecord } from '../types.js';
export interface ReadSink {
    record(record: PaperRecord): void;
    /** A problem with the input (one line, no newline); `line` is 1-based or null for the whole input. */
    problem(line: number | null, message: string): void;
}
export interface LineReader {
    /** One line of input without its line break; `no` is 1-based. */
    line(text: string, no: number): void;
    /** No more input. */
    end(): void;
}
export type ReaderFactory = (source: string, sink: ReadSink) => LineReader;
export type { InputFormat };
