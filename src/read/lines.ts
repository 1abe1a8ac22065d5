// Streams an input as lines, chunk by chunk, so a 1 GB file never sits in memory whole.
// Splits on bytes (a UTF-8 multi-byte sequence never holds 0x0A), decodes per chunk.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { tuning } from './tuning.js';
import { notText } from './gzip.js';
import { capYoungGeneration } from '../util/heap-growth.js';

export interface LineStreamEvents {
  /** A batch of consecutive lines; `first` is the 1-based number of `lines[0]`. */
  lines(lines: string[], first: number): void;
  problem(line: number | null, message: string): void;
  /**
   * Set by a reader that takes a long line in pieces (splitLines `piece`): the start of line `no`,
   * which the next piece or the next batch's first line continues.
   */
  piece?(text: string, no: number): void;
  /** A line past maxLineBytes, decoded in pieces as it comes (LineBytesEvents.overLong). */
  overLong?: OverLongLine<string>;
  /** After each batch: a promise to wait for (output back-pressure), or null to go on. */
  after?(): Promise<void> | null;
}

/** Where a line too long to hold goes, as it comes: its pieces (bytes, or text once decoded), then its end. */
export interface OverLongLine<Piece> {
  piece(piece: Piece, no: number): void;
  end(no: number): void;
}

/** Said once per input, at the first line whose bytes were replaced. */
export const INVALID_UTF8 = 'invalid UTF-8 replaced with U+FFFD';

/** Bytes inspected for NUL to call a file binary. */
const SNIFF = 8192;

/**
 * Decode `buf` into lines, reporting invalid UTF-8 (replaced by U+FFFD) with its line number.
 * Lines are split on bytes and decoded one by one: in an all-ASCII batch (checked with SIMD) each
 * line decodes as latin1, several times faster than UTF-8; in a batch with any byte beyond ASCII
 * (an emoji somewhere in 256 KiB: most real Markdown) each line decodes as UTF-8 straight from the
 * batch — a subarray and an ASCII check per line cost more than V8's UTF-8 decoder spends on an
 * ASCII line (bench/extract/RESULTS.md run 19). A chunk is never decoded whole and then split: the
 * big string goes to V8's large-object space (an mmap per chunk) and costs ~20 times more CPU than
 * the per-line strings (issue #15).
 */
export function decodeLines(buf: Buffer, first: number, events: Pick<LineStreamEvents, 'problem'>, state: { badUtf8: boolean }): string[] {
  const lines: string[] = [];
  eachLine(buf, first, events, state, (line) => void lines.push(line));
  return lines;
}

/**
 * decodeLines one line at a time: each line is handed to `each` as soon as it is decoded, so a
 * batch's lines are never all alive at once (a worker has a small young generation: an array of
 * 1 MiB of lines outlived its scavenges and was promoted). The first line with invalid UTF-8 is
 * still reported before any line is handed on. Returns the number of lines.
 */
export function eachLine(buf: Buffer, first: number, events: Pick<LineStreamEvents, 'problem'>, state: { badUtf8: boolean }, each: (line: string, no: number) => void): number {
  const ascii = isAscii(buf);
  // A batch is valid UTF-8 when each of its lines is: only a batch with a bad byte is looked at line by line.
  if (!ascii && !state.badUtf8 && !isUtf8(buf)) reportBadUtf8(buf, first, events, state);
  let no = first;
  let start = 0;
  for (;; no++) {
    const nl = buf.indexOf(10, start);
    let end = nl === -1 ? buf.length : nl;
    // A CRLF line loses its CR here, before decoding (0x0D is never part of a multi-byte sequence).
    if (end > start && buf[end - 1] === 13) end--;
    each(ascii ? buf.toString('latin1', start, end) : buf.toString('utf8', start, end), no);
    if (nl === -1) return no - first + 1;
    start = nl + 1;
  }
}

/** Report the first line of `buf` that is not valid UTF-8 (its bytes are replaced when decoded). */
export function reportBadUtf8(buf: Buffer, first: number, events: Pick<LineStreamEvents, 'problem'>, state: { badUtf8: boolean }): void {
  for (let no = first, start = 0; start <= buf.length; no++) {
    const nl = buf.indexOf(10, start);
    const end = nl === -1 ? buf.length : nl;
    if (!isUtf8(buf.subarray(start, end))) {
      events.problem(no, INVALID_UTF8);
      state.badUtf8 = true;
      return;
    }
    if (nl === -1) return;
    start = nl + 1;
  }
}

/**
 * Which lines a reader wants, by their first non-blank byte: a 256-entry table (1 = wanted). A pass
 * that only looks at a few kinds of line (Markdown's reference definitions and fences) is handed
 * only those, and the others are not even decoded (issue #15). Blank lines are never wanted.
 */
export type FirstBytes = Uint8Array;

/**
 * The table for lines whose first non-blank character is one of `chars` (ASCII), or any byte
 * beyond ASCII's: such a line may begin with white space beyond ASCII's (a no-break space), which
 * only its reader can judge.
 */
export function firstBytes(chars: string): FirstBytes {
  const table = new Uint8Array(256);
  table.fill(1, 0x80);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * decodeLines for the lines `only` wants: each is decoded and handed over on its own with its
 * number. Invalid UTF-8 is still reported at its first line, wanted or not.
 */
function decodeWanted(buf: Buffer, first: number, only: FirstBytes, events: LineStreamEvents, state: { badUtf8: boolean }): number {
  const ascii = isAscii(buf);
  // A batch is valid UTF-8 when each of its lines is: only a batch with a bad byte is looked at line by line.
  const checkLines = !ascii && !state.badUtf8 && !isUtf8(buf);
  let no = first;
  let start = 0;
  for (;; no++) {
    const nl = buf.indexOf(10, start);
    let end = nl === -1 ? buf.length : nl;
    if (end > start && buf[end - 1] === 13) end--;
    let at = start;
    // The blanks firstChar skips in read/markdown.ts: space, tab, LF, VT, FF, CR.
    while (at < end) {
      const c = buf[at]!;
      if (c !== 32 && (c < 9 || c > 13)) break;
      at++;
    }
    const badLine = checkLines && !state.badUtf8 && !isUtf8(buf.subarray(start, end));
    if (badLine) {
      events.problem(no, INVALID_UTF8);
      state.badUtf8 = true;
    }
    if (at < end && only[buf[at]!] === 1) events.lines([ascii ? buf.toString('latin1', start, end) : buf.toString('utf8', start, end)], no);
    if (nl === -1) return no - first + 1;
    start = nl + 1;
  }
}

const NO_BYTES = Buffer.alloc(0);
/** The room for a line's carried bytes kept after it ends: enough for a long line's pieces (tuning.linePieceBytes and a chunk). */
const KEPT_CARRY_BYTES = 4 * 1024 * 1024;
const CR = Buffer.from('\r');

export const decodeLine = (bytes: Buffer): string => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));

/** What splitLines hands over: batches of whole lines as bytes, not yet decoded. */
export interface LineBytesEvents {
  /**
   * Consecutive whole lines, without the last one's newline; `first` is the 1-based number of the
   * first. Returns how many lines the batch holds (its newlines + 1).
   */
  batch(bytes: Buffer, first: number): number;
  problem(line: number | null, message: string): void;
  /**
   * Set by a reader that takes a long line in pieces: the start of line `no`, which goes on in the
   * next piece or in the first line of the next batch. Then no line is skipped for its length:
   * past tuning.linePieceBytes its bytes are handed over as they come, never cut inside a UTF-8
   * sequence.
   */
  piece?(bytes: Buffer, no: number): void;
  /**
   * Set to take a line past maxLineBytes (for a reader without `piece`) as it comes instead of
   * dropping it: its bytes in pieces, never cut inside a UTF-8 sequence, then `end` once the line
   * (or the input) ends. It is still reported, as read this way.
   */
  overLong?: OverLongLine<Buffer>;
  /** After each chunk of the stream: a promise to wait for, or null to go on. */
  after?(): Promise<void> | null;
}

/** Where `bytes` can be cut with no UTF-8 sequence split: its length, or the start of an unfinished last sequence. */
function utf8Cut(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/**
 * A limit as said in a message: `4 MiB`, `64 KiB`, `1000 bytes`; in characters `4 Mi characters`,
 * `1000 characters` (a limit a test shrank is said as it is, not as `0.0009765625 Mi`).
 */
export function sizeName(n: number, unit: 'bytes' | 'characters' = 'bytes'): string {
  const binary = unit === 'bytes' ? 'B' : ' characters';
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} Mi${binary}`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} Ki${binary}`;
  return `${n} ${unit}`;
}

/** Lines in `bytes` (a batch from splitLines): its newlines + 1. */
export function countLines(bytes: Buffer): number {
  let n = 1;
  for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, nl + 1)) n++;
  return n;
}

/**
 * Lines that end in CR alone (classic Mac text; CommonMark counts a lone CR as a line ending too).
 * Every reader splits at LF, so such an input was one line: a Markdown list of 20,000 items one
 * paper. Told by the input's first chunk, which holds a CR and no LF; an input mixing the two is
 * read at its LFs.
 */
export function crLineEnds(head: Buffer | null): boolean {
  return head !== null && head.indexOf(13) !== -1 && head.indexOf(10) === -1;
}

/** `chunks` with every CR made an LF: one byte for one, so offsets hold (buffers are changed in place). */
export async function* crToLf(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield chunk.replaceAll('\r', '\n');
    else {
      for (let at = chunk.indexOf(13); at !== -1; at = chunk.indexOf(13, at + 1)) chunk[at] = 10;
      yield chunk;
    }
  }
}

/**
 * A regular file's bytes in chunks, read with readSync into one buffer that is reused: a chunk is
 * valid only until the next one is asked for (streamLines is done with each by then). For a file
 * in the page cache this costs a fraction of a read stream's chunks: a 16 MiB Markdown list in
 * 256 KiB chunks, first pass over the bytes 1 ms against ~65 ms for the stream's fresh buffers,
 * written on libuv's thread (issue #15). The main thread has nothing else to do while it waits.
 */
export async function* fileChunks(path: string, chunkBytes: number): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(chunkBytes);
    for (;;) {
      const got = readSync(fd, buf, 0, chunkBytes, null);
      if (got === 0) return;
      yield buf.subarray(0, got);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Read `stream` to its end, handing over complete lines in batches (with `only`: just the lines it
 * wants, one by one). Returns false when the input was skipped as binary (a NUL byte near the start).
 */
export async function streamLines(
  stream: AsyncIterable<Buffer | string>,
  events: LineStreamEvents,
  maxLineBytes = tuning.maxLineBytes,
  only: FirstBytes | null = null,
): Promise<boolean> {
  const state = { badUtf8: false };
  const handler: LineBytesEvents = {
    batch(bytes, first) {
      if (only) return decodeWanted(bytes, first, only, events, state);
      const lines = decodeLines(bytes, first, events, state);
      events.lines(lines, first);
      return lines.length;
    },
    problem: (line, message) => events.problem(line, message),
  };
  if (events.after) handler.after = () => events.after!();
  // A piece is never cut inside a UTF-8 sequence: it decodes on its own.
  const decodePiece = (bytes: Buffer, no: number): string => {
    if (!state.badUtf8 && !isAscii(bytes) && !isUtf8(bytes)) reportBadUtf8(bytes, no, events, state);
    return decodeLine(bytes);
  };
  if (events.piece) handler.piece = (bytes, no) => events.piece!(decodePiece(bytes, no), no);
  const overLong = events.overLong;
  if (overLong) handler.overLong = { piece: (bytes, no) => overLong.piece(decodePiece(bytes, no), no), end: (no) => overLong.end(no) };
  return splitLines(stream, handler, maxLineBytes);
}

/**
 * The byte level of streamLines: cuts `stream` into batches of whole lines (a BOM dropped, a binary
 * input refused, an over-long line skipped) without decoding them, so they can be decoded where
 * they are read — in this thread or in a worker (extract/jsonl-workers.ts).
 */
export async function splitLines(
  stream: AsyncIterable<Buffer | string>,
  events: LineBytesEvents,
  maxLineBytes = tuning.maxLineBytes,
): Promise<boolean> {
  /**
   * The bytes of a line not yet ended, copied (a chunk's buffer is read into again) into one buffer
   * kept from line to line, where they grow; handed over as a fresh buffer once the line ends. A
   * copy per chunk, joined per piece of a long line, was memory outside V8's heap that only a
   * collection frees: a 300 MB line peaked ~6 MiB higher (bench/extract/RESULTS.md run 60).
   */
  let carriedStore: Buffer | null = null;
  let carriedBytes = 0;
  const carried = () => carriedStore!.subarray(0, carriedBytes);
  const carry = (bytes: Buffer) => {
    const need = carriedBytes + bytes.length;
    if (!carriedStore || need > carriedStore.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, 2 * (carriedStore?.length ?? 0), 64 * 1024));
      if (carriedBytes > 0) carriedStore!.copy(grown, 0, 0, carriedBytes);
      carriedStore = grown;
    }
    bytes.copy(carriedStore, carriedBytes);
    carriedBytes = need;
  };
  /** The carried bytes and `rest`, the end of their line, in a buffer of their own. */
  const takeCarried = (rest: Buffer): Buffer => {
    const line = Buffer.allocUnsafe(carriedBytes + rest.length);
    if (carriedBytes > 0) carriedStore!.copy(line, 0, 0, carriedBytes);
    rest.copy(line, carriedBytes);
    dropCarried();
    return line;
  };
  const dropCarried = () => {
    carriedBytes = 0;
    // A long line's room is not kept for the short ones after it.
    if (carriedStore && carriedStore.length > KEPT_CARRY_BYTES) carriedStore = null;
  };
  /** Inside an over-long line: its bytes are dropped up to the next newline, or handed to events.overLong. */
  let skipping = false;
  /** The end of the over-long line's last piece, when it was cut before an unfinished UTF-8 sequence. */
  let overLongRest: Buffer | null = null;
  /** The over-long line's last chunk ended in a CR, not handed over yet. */
  let crHeld = false;
  const overLongPiece = (bytes: Buffer) => {
    const whole = overLongRest ? Buffer.concat([overLongRest, bytes]) : bytes;
    const cut = utf8Cut(whole);
    overLongRest = cut < whole.length ? Buffer.from(whole.subarray(cut)) : null;
    if (cut > 0) events.overLong!.piece(whole.subarray(0, cut), next);
  };
  const overLongEnd = () => {
    if (overLongRest) events.overLong!.piece(overLongRest, next);
    overLongRest = null;
    events.overLong!.end(next);
  };
  /** The line `next` is past maxLineBytes: reported, and what is carried of it dropped or handed to events.overLong. */
  const beginOverLong = () => {
    const limit = `line longer than ${sizeName(maxLineBytes)}`;
    if (events.overLong) {
      events.problem(next, `${limit} read as plain text, a record of its own`);
      // Chunk by chunk: joined, the line would be held twice over. A CR ending the last may be a CRLF's.
      if (carriedBytes > 0) {
        const bytes = carried();
        crHeld = bytes[bytes.length - 1] === 13;
        if (bytes.length > (crHeld ? 1 : 0)) overLongPiece(crHeld ? bytes.subarray(0, -1) : bytes);
      }
    } else events.problem(next, `${limit} skipped`);
    dropCarried();
    skipping = true;
  };
  let next = 1;
  let firstChunk = true;
  for await (const chunk of stream) {
    // Between chunks, the young generation is looked at until it is bounded (util/heap-growth.ts).
    capYoungGeneration();
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (firstChunk) {
      firstChunk = false;
      const binary = notText(buf.subarray(0, SNIFF));
      if (binary !== null) {
        events.problem(null, `${binary.what} skipped${binary.command ? `; read what it holds with \`${binary.command} FILE | repo-audit extract -\`` : ''}`);
        return false;
      }
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    // The line going on from the last chunk is too long once this chunk's part of it is counted:
    // checked before it is carried, so a line is never held past the limit, even when it ends in this chunk.
    if (!skipping && !events.piece) {
      const nl = buf.indexOf(10);
      if (carriedBytes + (nl === -1 ? buf.length : nl) > maxLineBytes) beginOverLong();
    }
    if (skipping) {
      const nl = buf.indexOf(10);
      if (events.overLong) {
        // The CR of a CRLF line end is not the line's: a CR ending a chunk waits to see what follows.
        if (crHeld && nl !== 0) overLongPiece(CR);
        const end = nl === -1 ? buf.length : nl;
        crHeld = end > 0 && buf[end - 1] === 13;
        if (end > (crHeld ? 1 : 0)) overLongPiece(buf.subarray(0, crHeld ? end - 1 : end));
        if (nl !== -1) {
          crHeld = false;
          overLongEnd();
        }
      }
      if (nl === -1) {
        const wait = events.after?.();
        if (wait) await wait;
        continue;
      }
      skipping = false;
      next++;
      buf = buf.subarray(nl + 1);
    }
    const lastNl = buf.lastIndexOf(10);
    if (lastNl === -1) {
      carry(buf);
      if (events.piece && carriedBytes >= tuning.linePieceBytes) {
        // Handed over where it is held: a piece is read (decoded or copied) before the call returns.
        const bytes = carried();
        const cut = utf8Cut(bytes);
        events.piece(bytes.subarray(0, cut), next);
        carriedStore!.copyWithin(0, cut, carriedBytes);
        carriedBytes -= cut;
        const wait = events.after?.();
        if (wait) await wait;
      }
      continue;
    }
    // The line left over from the last chunk is completed on its own, not by copying the whole
    // new chunk behind it.
    let from = 0;
    if (carriedBytes > 0) {
      const firstNl = buf.indexOf(10);
      next += events.batch(takeCarried(buf.subarray(0, firstNl)), next);
      from = firstNl + 1;
    }
    if (lastNl + 1 < buf.length) carry(buf.subarray(lastNl + 1));
    if (from <= lastNl) next += events.batch(buf.subarray(from, lastNl), next);
    const wait = events.after?.();
    if (wait) await wait;
  }
  if (skipping && events.overLong) {
    if (crHeld) overLongPiece(CR);
    overLongEnd();
  }
  if (carriedBytes > 0) events.batch(takeCarried(NO_BYTES), next);
  return true;
}
