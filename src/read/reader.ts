// The shape every input-format reader has: fed line by line, it emits records and problems.
import type { InputFormat, PaperRecord } from '../types.js';

export interface ReadSink {
  record(record: PaperRecord): void;
  /** A problem with the input (one line, no newline); `line` is 1-based or null for the whole input. */
  problem(line: number | null, message: string): void;
  /**
   * Output back-pressure: a promise to wait for before emitting more, or null. Present only when
   * the consumer can wait (streamed reading); a reader that emits many records at the end polls it.
   */
  ready?(): Promise<void> | null;
}

export interface LineReader {
  /** One line of input without its line break; `no` is 1-based. */
  line(text: string, no: number): void;
  /** No more input. Synchronous unless the sink has `ready` (then it may return a promise to await). */
  end(): void | Promise<void>;
}

export type ReaderFactory = (source: string, sink: ReadSink) => LineReader;

export type { InputFormat };
