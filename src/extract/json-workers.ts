// A big JSON array on more than one core (issue #15). The main thread cuts the top-level array
// into its elements as bytes — the same line-by-line cutting as read/json.ts ArrayElements, on
// undecoded lines — and copies each element's text (its line pieces joined by newlines, each
// line without its CR, as the one-thread path joins them) into a message buffer; the JSON Lines
// worker threads (extract/jsonl-worker.ts) decode, parse and build each element's record with
// readArrayElement, exactly as this thread would. Answers are handed on in input order, and what
// this thread says itself (invalid UTF-8, text after the array) joins the same queue, so problems
// and records come in the one-thread order. An element too long to hold (tuning.jsonValueHeldBytes;
// with workers, too long to send: workerValueBytes) is read in this thread as it comes
// (read/json-object-stream.ts), its record in its turn.
import { isAscii, isUtf8 } from 'node:buffer';
import { readArrayElementBytes, type JsonSink } from '../read/json.js';
import { decodeLine, reportBadUtf8, splitLines } from '../read/lines.js';
import { tuning } from '../read/tuning.js';
import { JsonObjectStream, type StreamedObject } from '../read/json-object-stream.js';
import { JSON_NODE_CHARS, nestedTooDeep, NODES_COUNTED_FROM } from '../read/json-text.js';
import type { WorkerItem, WorkerResult } from './jsonl-worker.js';
import { answerHandler, handInOrder, IN_FLIGHT_PER_WORKER, Reader, workerScript } from './jsonl-workers.js';

const [BACKSLASH, QUOTE, SPACE, TAB, CR, LF, COMMA] = ['\\', '"', ' ', '\t', '\r', '\n', ','].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number];
const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = ['{', '}', '[', ']'].map((c) => c.charCodeAt(0)) as [number, number, number, number];
const VT = 0x0b;
const FF = 0x0c;

/**
 * Does the document whose first bytes are `head` start with a top-level array? Only when its
 * first byte after a BOM and ASCII white space is `[` — then read/json.ts reads it as an array
 * too; anything else (white space beyond ASCII's first, say) is left to the one-thread path.
 */
export function startsWithArray(head: Buffer | null): boolean {
  if (!head) return false;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === SPACE || head[i] === TAB || head[i] === CR || head[i] === LF || head[i] === VT || head[i] === FF)) i++;
  return head[i] === OPEN_BRACKET;
}

/** Where the JSON string whose bytes start at `from` ends on its line [.., to): read/json.ts closingQuote on bytes. */
function closingQuote(buf: Buffer, from: number, to: number): number {
  for (let q = buf.indexOf(QUOTE, from); q !== -1 && q < to; q = buf.indexOf(QUOTE, q + 1)) {
    let backslashes = 0;
    while (q - backslashes - 1 >= from && buf[q - backslashes - 1] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return to;
}

const NODE_BYTES = [0x3a, OPEN_BRACE, OPEN_BRACKET];

/** The `:`, `{` and `[` bytes of buf[from, to) (in strings too: a bound, as wholeCost's). */
function nodesIn(buf: Buffer, from: number, to: number): number {
  // (A view of the piece: a search of the whole buffer would read past it to its end.)
  const piece = buf.subarray(from, to);
  let nodes = 0;
  for (const mark of NODE_BYTES) for (let at = piece.indexOf(mark); at !== -1; at = piece.indexOf(mark, at + 1)) nodes++;
  return nodes;
}

/** read/json.ts ArrayElements on undecoded lines: elements' texts go into a message buffer, sent when full. */
class ArrayElementBytes {
  private depth = 0;
  private inString = false;
  private expectValue = false;
  private elementLine = 0;
  private count = 0;
  /** Line pieces of the open element written to `out` (joined by newlines), from `elementAt`. */
  private pieces = 0;
  private elementAt = 0;
  /** The open element's `:`, `{` and `[`, counted once it is past a 16th of heldBytes (read/json-text.ts wholeCost). */
  private nodes = 0;
  private out: Buffer;
  private fill = 0;
  /** Message buffers back from the workers. */
  private readonly free: ArrayBuffer[] = [];
  /** Per finished element in `out`: start, length, line, position. */
  private elements: number[] = [];
  /** The last call's line goes on in this one (a piece of a long line): no newline between them. */
  private glued = false;
  /** The last piece ended inside a string after an odd run of backslashes: this one's first byte is escaped. */
  private escaped = false;
  /** The array has closed. */
  closed = false;
  /** The first line with text after the array's closing bracket, if any. */
  trailing: number | null = null;
  /** The open element, once longer than heldBytes: read as it comes, in this thread. */
  private streamed: JsonObjectStream | null = null;

  constructor(
    private readonly messageBytes: number,
    /** An element longer than this is read as it comes, in this thread. */
    private readonly heldBytes: number,
    private readonly send: (bytes: ArrayBuffer, elements: number[]) => void,
    /** A reader for an element too long to hold that starts on `line`, and what to do with what it made. */
    private readonly streamElement: (line: number) => JsonObjectStream,
    private readonly streamedElement: (result: StreamedObject, line: number, index: number) => void,
    /**
     * Its members count against heldBytes too (nodesIn): in this thread, where an element up to
     * heldBytes (4 MiB) is parsed whole. (Sent to a worker, an element is at most workerValueBytes.)
     */
    private readonly countNodes: boolean,
  ) {
    this.out = Buffer.alloc(messageBytes);
  }

  /**
   * One line, buf[start, end) without its newline and CR; `goesOn`: only a piece of it, the next
   * call continues it (read/lines.ts splitLines `piece`, for a long line such as minified JSON).
   */
  line(buf: Buffer, start: number, end: number, no: number, goesOn = false): void {
    if (this.closed) {
      if (this.trailing === null && decodeLine(buf.subarray(start, end)).trim() !== '') this.trailing = no;
      return;
    }
    let from = this.pieces > 0 ? start : -1;
    let first = start;
    if (this.escaped) {
      this.escaped = false;
      first++;
    }
    for (let i = first; i < end; i++) {
      if (this.inString) {
        i = closingQuote(buf, i, end);
        if (i < end) this.inString = false;
        continue;
      }
      const c = buf[i]!;
      if (c === SPACE || c === TAB || c === CR) continue;
      if (this.depth === 1 && this.expectValue && c !== CLOSE_BRACKET) {
        this.expectValue = false;
        this.elementLine = no;
        from = i;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++this.depth === 1) this.expectValue = true;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--this.depth === 0) {
          this.finish(buf, from, i);
          this.closed = true;
          if (decodeLine(buf.subarray(i + 1, end)).trim() !== '') this.trailing = no;
          return;
        }
      } else if (c === COMMA && this.depth === 1) {
        this.finish(buf, from, i);
        from = -1;
        this.expectValue = true;
      }
    }
    if (from >= 0) this.piece(buf, from, end);
    this.glued = goesOn;
    if (goesOn && this.inString) {
      let backslashes = 0;
      while (end - backslashes - 1 >= first && buf[end - backslashes - 1] === BACKSLASH) backslashes++;
      this.escaped = backslashes % 2 === 1;
    }
  }

  /** The input ended inside the array: the element read so far goes as it is. */
  end(): void {
    if (this.pieces > 0) this.emit();
  }

  /** Send the finished elements; the open one's bytes move to the next buffer. */
  flush(): void {
    if (this.elements.length === 0) return;
    const open = this.fill - this.elementAt;
    const next = this.buffer(open);
    next.set(this.out.subarray(this.elementAt, this.fill));
    // (Sending detaches the buffer: every view of it is empty afterwards.)
    this.send(this.out.buffer as ArrayBuffer, this.elements);
    this.out = next;
    this.fill = open;
    this.elementAt = 0;
    this.elements = [];
  }

  /** A buffer the workers gave back, read into again. */
  giveBack(bytes: ArrayBuffer): void {
    if (bytes.byteLength === this.messageBytes) this.free.push(bytes);
  }

  /** A message buffer for at least `bytes` (reused when it fits). */
  private buffer(bytes: number): Buffer {
    const reused = bytes <= this.messageBytes ? this.free.pop() : undefined;
    return reused ? Buffer.from(reused) : Buffer.alloc(Math.max(this.messageBytes, 2 * bytes));
  }

  /** Append buf[from, to) to the open element, a new line of it after the first. */
  private piece(buf: Buffer, from: number, to: number): void {
    if (this.streamed) {
      if (this.pieces++ > 0 && !this.glued) this.streamed.feed('\n');
      this.glued = false;
      this.streamed.feed(decodeLine(buf.subarray(from, to)));
      return;
    }
    const need = to - from + 1;
    // Full: the finished elements go, and the open one starts a buffer of its own (bigger if it must).
    if (this.fill + need > this.out.length) this.flush();
    if (this.fill + need > this.out.length) {
      const bigger = Buffer.alloc(Math.max(2 * this.out.length, this.fill + need));
      bigger.set(this.out.subarray(0, this.fill));
      this.out = bigger;
    }
    // Pieces of one element on lines of their own are joined by a newline, a long line's pieces by nothing.
    if (this.pieces++ > 0) {
      if (!this.glued) this.out[this.fill++] = LF;
    } else [this.elementAt, this.nodes] = [this.fill, 0];
    this.glued = false;
    // Most pieces are a short line of a pretty-printed object: copied by hand, a call costs more.
    if (to - from < 64) {
      const out = this.out;
      let at = this.fill;
      for (let i = from; i < to; i++) out[at++] = buf[i]!;
    } else this.out.set(buf.subarray(from, to), this.fill);
    this.fill += to - from;
    // Past a 16th of what may be held, its members count too, as a JSON Lines line's do: a member
    // takes ~190 bytes parsed however short (a 3.97 MB element of 340,000 tiny ones: 123 MiB
    // parsed, 137 on Node 24). Only then: most elements are short, and this is their hot loop.
    const held = this.fill - this.elementAt;
    if (this.countNodes && held > this.heldBytes * NODES_COUNTED_FROM) this.nodes += nodesIn(buf, from, to);
    // Too long to hold: what is held of it is read, and the rest as it comes.
    if (held + JSON_NODE_CHARS * this.nodes > this.heldBytes) {
      this.streamed = this.streamElement(this.elementLine);
      this.streamed.feed(decodeLine(this.out.subarray(this.elementAt, this.fill)));
      this.fill = this.elementAt;
    }
  }

  private finish(buf: Buffer, from: number, at: number): void {
    if (from >= 0) this.piece(buf, from, at);
    if (this.pieces > 0) this.emit();
  }

  private emit(): void {
    if (this.streamed) {
      const result = this.streamed.finish();
      this.streamed = null;
      this.pieces = 0;
      // The elements cut before it go first.
      this.flush();
      return this.streamedElement(result, this.elementLine, ++this.count);
    }
    this.elements.push(this.elementAt, this.fill - this.elementAt, this.elementLine, ++this.count);
    this.pieces = 0;
    this.elementAt = this.fill;
    if (this.fill >= this.messageBytes / 2) this.flush();
  }
}

/** Message size when this thread reads the elements itself: a buffer that stays in the CPU caches. */
const IN_THREAD_BYTES = 256 * 1024;

/**
 * Read the JSON array `source` (its `chunks`; startsWithArray of its head) with `workers` worker
 * threads — or, with none, in this thread, each buffer of elements as soon as it is cut (cutting
 * bytes and decoding each element once costs less than decoding every line and joining its
 * pieces: bench/extract/RESULTS.md run 17) — handing every record and problem to `sink` in input
 * order. Returns whether the input held more than blank lines (it does: it starts with `[`).
 */
export async function readJsonArrayElements(source: string, chunks: AsyncIterable<Buffer | string>, sink: JsonSink, workers: number, ready?: () => Promise<void> | null): Promise<boolean> {
  const inThread = workers === 0;
  const script = inThread ? null : workerScript();
  if (!inThread && !script) throw new Error('no extraction worker script');
  const readers = Array.from({ length: workers }, () => new Reader(script!, source, sink.recordLines !== undefined, (bytes) => array.giveBack(bytes)));
  /** Answers in input order: a worker's elements, or what the main thread said between them. */
  const queue: Promise<WorkerResult>[] = [];
  const enqueue = (answer: Promise<WorkerResult>) => {
    // Awaited in turn; a rejection before its turn must not count as unhandled.
    answer.catch(() => {});
    queue.push(answer);
  };
  const array = new ArrayElementBytes(
    inThread ? Math.min(IN_THREAD_BYTES, tuning.workerBatchBytes) : tuning.workerBatchBytes,
    // A worker holds an element's record whole and sends it back whole: with 4 MiB elements
    // (~90,000 links each) two workers and their answers in flight peaked at 804 MiB. They are
    // sent none longer than tuning.workerValueBytes; a longer one is read here as it comes.
    inThread ? tuning.jsonValueHeldBytes : Math.min(tuning.jsonValueHeldBytes, tuning.workerValueBytes),
    (bytes, elements) => {
      if (inThread) {
        readArrayElementBytes(bytes, elements, source, sink);
        return array.giveBack(bytes);
      }
      const reader = readers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const spare = answers.spare();
      enqueue(reader.read({ bytes, elements, spare }, [bytes, ...spare]));
    },
    (line) => new JsonObjectStream(sink.newPaper, source, line),
    (result, line, index) => {
      // As readArrayElement says it.
      const item: WorkerItem = 'record' in result ? result.record : [line, 'notObject' in result ? `array element ${index} is not an object; skipped` : result.tooDeep ? nestedTooDeep('JSON array element') : 'malformed JSON array element skipped'];
      if (!inThread) enqueue(Promise.resolve({ items: [item], hadText: false, buffer: null }));
      else if (Array.isArray(item)) sink.problem(item[0], item[1]);
      else sink.record(item);
    },
    inThread,
  );
  /** What this thread says itself, after the elements cut before it. */
  const problem = (line: number | null, message: string) => {
    array.flush();
    if (inThread) sink.problem(line, message);
    else enqueue(Promise.resolve({ items: [[line, message]], hadText: false, buffer: null }));
  };
  const answers = answerHandler(sink);
  const drain = (keep: number) => handInOrder(queue, keep, answers.hand, ready);
  const limit = workers * IN_FLIGHT_PER_WORKER;
  const utf8 = { badUtf8: false };
  try {
    const read = await splitLines(chunks, {
      batch(bytes, first) {
        // As read/lines.ts eachLine: the batch's first invalid UTF-8 line is said before its lines are read.
        if (!utf8.badUtf8 && !isAscii(bytes) && !isUtf8(bytes)) reportBadUtf8(bytes, first, { problem }, utf8);
        let no = first;
        for (let start = 0; ; no++) {
          const nl = bytes.indexOf(LF, start);
          let end = nl === -1 ? bytes.length : nl;
          if (end > start && bytes[end - 1] === CR) end--;
          array.line(bytes, start, end, no);
          if (nl === -1) return no - first + 1;
          start = nl + 1;
        }
      },
      // A long line (minified JSON is one) comes in pieces as it is read: memory holds one element, not the line.
      piece(bytes, no) {
        if (!utf8.badUtf8 && !isAscii(bytes) && !isUtf8(bytes)) reportBadUtf8(bytes, no, { problem }, utf8);
        array.line(bytes, 0, bytes.length, no, true);
      },
      problem,
      after: () => (inThread ? (ready?.() ?? null) : queue.length >= limit ? drain(limit / 2) : null),
    });
    if (read) {
      array.end();
      array.flush();
      if (array.trailing !== null) problem(array.trailing, 'text after the JSON array ignored');
    }
    array.flush();
    await drain(0);
    return true;
  } finally {
    await Promise.all(readers.map((w) => w.stop()));
  }
}
