// A Markdown file's item pass (read/markdown.ts, the last of its three passes) on more than one
// core (issue #15). The plan pass notes cuts: heading lines after which the line machine's state
// is as at the start of a file. The main thread reads the file as the one-thread pass would
// (read/lines.ts fileChunks and splitLines) and cuts it into segments there. Each segment is read
// whole by one reader with a fresh markdownSegmentReader (extract/markdown-segments.ts): a worker
// thread when one has little waiting, else the main thread itself — so one worker and the main
// thread use two cores, with one worker's memory. Answers are handed on in the order the segments
// were cut, so records come out in input order, as the one-thread pass gives them. Memory stays
// bounded as for JSON Lines: a few messages in flight, and the output's back-pressure stops the
// reading.
import { statSync } from 'node:fs';
import type { LineReader, ReadSink } from '../read/reader.js';
import { countLines, fileChunks, splitLines } from '../read/lines.js';
import { tuning } from '../read/tuning.js';
import type { BatchPart, WorkerResult } from './jsonl-worker.js';
import { builtWorkerScript, configuredWorkers, handInOrder, Reader } from './jsonl-workers.js';
import { SegmentReading, type SegmentBatches } from './markdown-segments.js';

/** Answers (a message's worth of records each) waiting to be written, at most. */
const IN_FLIGHT = 4;
/** A segment goes to a worker with fewer messages than this waiting; else the main thread reads it. */
const WORKER_QUEUE = 2;

const workerScript = (): URL | null => builtWorkerScript('markdown-worker.js', tuning.markdownWorkerScript);

/**
 * How many worker threads should read the items of the Markdown file `source`: none unless asked
 * for (REPO_AUDIT_EXTRACT_THREADS=2: one worker and the main thread). A worker costs ~30 MiB of
 * RSS, and the 64 MiB benchmark list (88,840 reference definitions, which the main thread holds)
 * then peaked at 147–157 MiB against the 150 MiB target (bench/extract/RESULTS.md run 13); its
 * wall time fell by ~40 %. Also none for a small file, or when no worker script is at hand. Only
 * records printed as JSON Lines go through workers (they come back as bytes to write).
 */
export function markdownWorkersFor(source: string): number {
  const wanted = configuredWorkers() ?? 0;
  if (wanted === 0) return 0;
  const stat = statSync(source, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size < tuning.markdownWorkersFromBytes || !workerScript()) return 0;
  return wanted;
}

/** The byte offset of the `n`-th newline (1-based) of `bytes`; it has at least `n`. */
function nthNewline(bytes: Buffer, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = bytes.indexOf(10, at + 1);
  return at;
}

/**
 * A message's batches, copied into a buffer of its own as they are cut: a segment may end in the
 * middle of a chunk, and its message must go before the chunk is done with. (Copying costs ~1 ms
 * per 64 MiB against seconds of reading; the buffers come back with the answers and are reused.)
 */
class Message {
  private readonly free: ArrayBuffer[] = [];
  private buffer: ArrayBuffer | null = null;
  private fill = 0;
  private parts: BatchPart[] = [];

  constructor(private readonly bufferBytes: number) {}

  get empty(): boolean {
    return this.parts.length === 0;
  }

  get full(): boolean {
    return this.fill >= this.bufferBytes;
  }

  add(bytes: Buffer, first: number, send: () => void): void {
    if (this.buffer !== null && this.fill + bytes.length > this.buffer.byteLength) send();
    if (this.buffer === null) {
      this.buffer = bytes.length <= this.bufferBytes ? (this.free.pop() ?? new ArrayBuffer(this.bufferBytes)) : new ArrayBuffer(bytes.length);
      this.fill = 0;
    }
    new Uint8Array(this.buffer, this.fill, bytes.length).set(bytes);
    this.parts.push({ first, at: this.fill, length: bytes.length });
    this.fill += bytes.length;
  }

  /** The batches added since the last take, and their buffer (now the taker's). */
  take(): { buffer: ArrayBuffer | null; parts: BatchPart[] } {
    const taken = { buffer: this.buffer, parts: this.parts };
    this.buffer = null;
    this.parts = [];
    return taken;
  }

  giveBack(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.bufferBytes) this.free.push(buffer);
  }
}

/**
 * Read the item pass of the Markdown file `source` in segments (`segments.cuts`) with `workers`
 * worker threads and the main thread, handing every record to `sink` in input order (as JSON
 * Lines bytes through `sink.recordLines` when it has it).
 */
export async function readMarkdownInWorkers(source: string, segments: NonNullable<LineReader['segments']>, sink: ReadSink, workers: number, ready?: () => Promise<void> | null): Promise<void> {
  const script = workerScript();
  if (!script) throw new Error('no Markdown worker script');
  const json = sink.recordLines !== undefined;
  /** Answers in input order. */
  const queue: Promise<WorkerResult>[] = [];
  const message = new Message(tuning.readChunkBytes);
  /** The main thread's own reader of segments. */
  const here = new SegmentReading(source, json);
  const readers = Array.from({ length: workers }, () => new Reader(script, source, json, (buffer) => message.giveBack(buffer)));
  /**
   * The worker of the segment being cut (null: the main thread reads it); `open`: its first
   * message went, its last not yet.
   */
  let segmentReader: Reader | null = null;
  let open = false;
  /** The segment being cut: how many cuts came before it. */
  let segment = 0;
  /** Send what was added since the last message; `end`: it ends its segment. */
  const send = (end: boolean) => {
    if (!open) {
      // A segment goes to the idlest worker if it has little waiting (all its messages to that one), else to the main thread.
      const idlest = readers.reduce((a, b) => (b.busy < a.busy ? b : a));
      segmentReader = idlest.busy < WORKER_QUEUE ? idlest : null;
    }
    const reader = segmentReader;
    const batches: SegmentBatches = { ...message.take(), start: !open, end };
    open = !end;
    // A segment's reader is given the definitions its items use, and only those.
    if (batches.start) batches.definitions = new Map(segments.uses[segment]!.map((id) => [id, segments.definitions.get(id)!]));
    if (reader === null) {
      const items = here.read(batches);
      if (batches.buffer) message.giveBack(batches.buffer);
      queue.push(Promise.resolve({ items, hadText: false, buffer: null }));
      return;
    }
    const answer = reader.read(batches, batches.buffer ? [batches.buffer] : []);
    // Awaited in turn; a rejection before its turn must not count as unhandled.
    answer.catch(() => {});
    queue.push(answer);
  };
  const hand = (result: WorkerResult) => {
    for (const item of result.items) {
      if (Array.isArray(item)) continue; // segments report no problems (the first pass did)
      if ('count' in item) sink.recordLines!(item.lines, item.count);
      else sink.record(item);
    }
  };
  const drain = (keep: number) => handInOrder(queue, keep, hand, ready);
  const add = (bytes: Buffer, first: number) => {
    message.add(bytes, first, () => send(false));
    if (message.full) send(false);
  };
  /** End the segment being cut after what was added. */
  const endSegment = () => {
    if (!message.empty || open) send(true);
    segment++;
  };
  const cuts = segments.cuts;
  let next = 0;
  try {
    await splitLines(fileChunks(source, tuning.readChunkBytes), {
      batch(bytes, first) {
        const count = countLines(bytes);
        const last = first + count - 1;
        let rest = bytes;
        let restFirst = first;
        // Cut after every noted line this batch holds: the lines up to it end a segment.
        while (next < cuts.length && cuts[next]! <= last) {
          const cut = cuts[next++]!;
          if (cut === last) {
            add(rest, restFirst);
            endSegment();
            return count;
          }
          const nl = nthNewline(rest, cut - restFirst + 1);
          add(rest.subarray(0, nl), restFirst);
          endSegment();
          rest = rest.subarray(nl + 1);
          restFirst = cut + 1;
        }
        add(rest, restFirst);
        return count;
      },
      // The first pass reported these.
      problem() {},
      after: () => (queue.length >= IN_FLIGHT ? drain(IN_FLIGHT / 2) : null),
    });
    endSegment();
    await drain(0);
  } finally {
    await Promise.all(readers.map((w) => w.stop()));
  }
}
