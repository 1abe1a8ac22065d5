// The shape every input-format reader has: fed line by line, it emits records and problems.
import type { InputFormat, Link, PaperRecord } from '../types.js';
import type { FirstBytes } from './lines.js';

/**
 * Collects one paper's text and turns it into a PaperRecord. Readers only cut their format into
 * pieces; finding links and promises in the pieces is extraction's job, so the builder comes from
 * the sink (extract/record.ts's RecordBuilder) and read/ never imports extract/.
 */
export interface PaperBuilder {
  line: number;
  title: string | null;
  date: string | null;
  id: string | null;
  /**
   * Add text that starts on `line`; it may hold several lines. `line` may be a function, called
   * only if the text may hold a link: finding a string's line in pretty-printed JSON costs more
   * than most of its strings' scan (read/json.ts).
   */
  addText(text: string, line: number | (() => number)): void;
  /** Add only the links of `text` (a Markdown reference definition, say), not its words. */
  addLinks(text: string, line: number): void;
  /** Forget the carried text (a new paragraph or field starts). */
  breakText(): void;
  readonly linkCount: number;
  finish(): PaperRecord;
}

/** Start the paper that begins on `line` of `source`. */
export type NewPaper = (source: string, line: number, title?: string | null, date?: string | null, id?: string | null) => PaperBuilder;

export interface ReadSink {
  /** Start a paper (extraction's builder). */
  newPaper: NewPaper;
  /** Add the links found in `text` (on `line`) to `into`: a reference resolved after its paper was finished. */
  findLinks(text: string, line: number, into: Link[]): void;
  record(record: PaperRecord): void;
  /**
   * Set when the consumer only prints records as JSON Lines: a worker thread may hand over
   * `count` records at once as their JSON texts, each followed by a newline, in UTF-8. The
   * bytes are the caller's again once this returns.
   */
  recordLines?(lines: Uint8Array, count: number): void;
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
  /**
   * Set by a reader that takes a long line in pieces rather than have it skipped past
   * read/tuning.ts maxLineBytes (minified JSON is one line): the start of line `no`, which the
   * next `piece` or `line` call continues (or `end`, when the input stops inside it).
   */
  piece?(text: string, no: number): void;
  /**
   * Set by a pass that wants only some lines (lines.ts): the others are not decoded nor handed
   * over. Only for the passes of a PassesFactory, which the streamed path alone runs.
   */
  only?: FirstBytes;
  /** No more input. Synchronous unless the sink has `ready` (then it may return a promise to await). */
  end(): void | Promise<void>;
}

export type ReaderFactory = (source: string, sink: ReadSink) => LineReader;

export type { InputFormat };

/**
 * A reader that reads a regular file several times instead of holding records back: the readers,
 * one per pass, each taken once the pass before it has ended (only the last pass emits records).
 */
export type PassesFactory = (source: string, sink: ReadSink) => Iterable<LineReader>;
