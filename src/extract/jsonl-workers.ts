// JSON Lines on more than one core (issue #15). Every line of a JSONL file is a record of its own,
// so batches of lines can be read anywhere: the main thread reads the file into buffers it lends
// to the workers and cuts it into batches of whole lines (read/lines.ts splitLines — BOM, binary
// inputs and over-long lines handled as always), worker threads decode and extract them
// (extract/jsonl-worker.ts) and give the buffers back, and the main thread hands the records
// (for `--format jsonl`, their JSON lines as bytes) and problems on in input order, as the
// one-thread path would. Memory stays bounded: at most a few messages are in flight, and the
// output's back-pressure stops the reading.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isAscii, isUtf8 } from 'node:buffer';
import { jsonlReader } from '../read/jsonl.js';
import type { LineReader, ReadSink } from '../read/reader.js';
import { countLines, decodeLine, INVALID_UTF8, reportBadUtf8, splitLines } from '../read/lines.js';
import { tuning } from '../read/tuning.js';
import type { BatchPart, WorkerBatches, WorkerItem, WorkerMessage, WorkerResult } from './jsonl-worker.js';
import { SPARE_BYTES } from './record-lines.js';

const LF = 10;

/**
 * A worker's young generation (V8's default is ~48 MB): its records die within a batch, and a
 * small nursery keeps them in cache — on 256 MiB of arXiv JSONL, 4 MB took ~25 % less CPU than
 * the default and ~25 MiB less peak RSS per worker; 2 MB another ~6 MiB less per worker at the
 * same CPU (bench/extract/RESULTS.md).
 */
const WORKER_YOUNG_GENERATION_MB = 2;

/** Workers by default (more only through REPO_AUDIT_EXTRACT_THREADS or tuning.extractWorkers). */
const MAX_WORKERS = 2;

/**
 * Messages (~1 MiB of batches each) queued per worker: enough to keep it busy while the main
 * thread writes. 4 took ~5 MiB more peak RSS than 2 or 3 on 256 MiB, for no CPU gained.
 */
export const IN_FLIGHT_PER_WORKER = 3;

/**
 * The built `jsonl-worker.js` beside this file — or tuning.workerScript (tests) — or null: running
 * from the sources, or from a bundle without it (the Action's dist/).
 */
export function workerScript(): URL | null {
  if (tuning.workerScript) return tuning.workerScript;
  const url = new URL('./jsonl-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * One worker per core, at most two: the main thread mostly waits (it cuts batches and writes text
 * the workers made), and each worker adds ~15–30 MiB of RSS. None on one core, nor when the
 * machine is already busy (1-minute load average at least twice the cores: other processes hold
 * them): workers then only add their overhead (~20 % more CPU seconds) and gain no wall time
 * (bench/extract/RESULTS.md). A quiet machine running this extraction alone stays below that.
 */
export function defaultWorkers(): number {
  const cores = os.availableParallelism();
  if (cores < 2 || (tuning.loadAverage ?? os.loadavg()[0]!) >= 2 * cores) return 0;
  return Math.min(MAX_WORKERS, cores);
}

/** Workers asked for: tuning (tests) first, then REPO_AUDIT_EXTRACT_THREADS (threads in all, the main one included). */
function configuredWorkers(): number | null {
  if (tuning.extractWorkers !== null) return tuning.extractWorkers;
  const env = process.env.REPO_AUDIT_EXTRACT_THREADS;
  return env !== undefined && /^\d+$/.test(env) ? Math.max(0, Number(env) - 1) : null;
}

/**
 * How many worker threads should read the JSON Lines file `source` (or the elements of the JSON
 * array `source`, extract/json-workers.ts): 0 (read it in this thread)
 * for standard input, a small file, a single or busy core, or when no worker script is at hand.
 */
export function jsonlWorkersFor(source: string): number {
  const wanted = configuredWorkers() ?? defaultWorkers();
  if (wanted === 0 || source === '-') return 0;
  const stat = statSync(source, { throwIfNoEntry: false });
  // Workers read a regular file by position; anything else (or nothing: reading it will say why) in one thread.
  if (!stat?.isFile() || stat.size < tuning.workersFromBytes || !workerScript()) return 0;
  return wanted;
}

/**
 * Hand on the answers queued in input order until at most `keep` are outstanding, waiting for the
 * output as it asks (`ready`). JSON Lines batches and JSON array elements are handed on so.
 */
export async function handInOrder<T>(queue: Promise<T>[], keep: number, hand: (answer: T) => void, ready?: () => Promise<void> | null): Promise<void> {
  while (queue.length > keep) {
    hand(await queue.shift()!);
    const wait = ready?.();
    if (wait) await wait;
  }
}

/** One worker and the answers it owes, in the order it was asked. */
export class Reader {
  private readonly worker: Worker;
  private readonly waiting: { resolve(r: WorkerResult): void; reject(e: unknown): void }[] = [];
  /** Why the worker stopped, once it has: later batches fail at once instead of waiting forever. */
  private failure: unknown = null;

  constructor(script: URL, source: string, json: boolean, giveBack: (buffer: ArrayBuffer) => void) {
    this.worker = new Worker(script, { workerData: { source, json }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    this.worker.on('message', (r: WorkerResult) => {
      // The buffer is read into again at once, not when the answer's turn comes.
      if (r.buffer) giveBack(r.buffer);
      this.waiting.shift()?.resolve(r);
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`extraction worker stopped (exit code ${code})`)));
  }

  get busy(): number {
    return this.waiting.length;
  }

  /** Read `batches` (or a JSON array's elements); the buffers in `transfer` move to the worker. */
  read(batches: WorkerMessage, transfer: ArrayBuffer[]): Promise<WorkerResult> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const answer = new Promise<WorkerResult>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.worker.postMessage(batches, transfer);
    return answer;
  }

  private failAll(err: unknown): void {
    this.failure ??= err;
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  stop(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

/**
 * Reads a file for the workers without allocating or copying: chunks are read into buffers that
 * go to a worker with the batches cut from them and come back with its answer. A buffer holds
 * several chunks, so one message carries ~1 MiB: on a busy 2-core machine each message and
 * answer cost the main thread ~0.5 ms, and reading 256 MiB took ~1.0–1.5 CPU s in 256 KiB
 * messages against ~0.6 in 1 MiB ones (with workers that do nothing; a read stream and a copy
 * of each batch, as before, ~2.3 — bench/extract/RESULTS.md).
 */
class PooledReader {
  private readonly free: ArrayBuffer[] = [];
  /** The buffer being read into, and how much of it is read. */
  private buffer: ArrayBuffer | null = null;
  private fill = 0;
  /** The batches cut since the last message, and the buffers of those with bytes of their own. */
  private parts: BatchPart[] = [];
  private own: ArrayBuffer[] = [];
  private readonly bufferBytes: number;

  constructor(
    private readonly fd: number,
    private readonly chunkBytes: number,
    batchBytes: number,
    private readonly send: (batches: WorkerBatches, transfer: ArrayBuffer[]) => void,
  ) {
    this.bufferBytes = Math.max(1, Math.floor(batchBytes / chunkBytes)) * chunkBytes;
  }

  /**
   * The file in chunks of `chunkBytes`, as a read stream with that high-water mark cuts it: so
   * splitLines cuts the one-thread path's batches, and problems come in its order. Read with
   * readSync: the main thread has nothing else to do while it waits, and a read from the page
   * cache costs less than a round trip through libuv's thread pool.
   */
  async *chunks(): AsyncGenerator<Buffer> {
    let position = 0;
    for (;;) {
      if (this.buffer === null || this.fill + this.chunkBytes > this.bufferBytes) {
        this.flush();
        // Nothing was cut from the buffer (splitLines copies what it carries over): read into it again.
        if (this.buffer === null) this.buffer = this.free.pop() ?? new ArrayBuffer(this.bufferBytes);
        this.fill = 0;
      }
      const read = readSync(this.fd, new Uint8Array(this.buffer, this.fill, this.chunkBytes), 0, this.chunkBytes, position);
      if (read === 0) return;
      position += read;
      this.fill += read;
      yield Buffer.from(this.buffer, this.fill - read, read);
    }
  }

  /** A batch from splitLines: a range of the buffer being read, or a line it put together. */
  add(bytes: Buffer, first: number): void {
    if (bytes.buffer === this.buffer) this.parts.push({ first, at: bytes.byteOffset, length: bytes.length });
    else {
      const own = new Uint8Array(bytes);
      this.parts.push({ first, bytes: own });
      this.own.push(own.buffer);
    }
  }

  /**
   * Send the batches cut so far: when the buffer is full, at the end, and (`midChunk`) before what
   * this thread says or reads itself between them — a problem splitLines found, a long line —
   * while the chunk being cut is still in the buffer: a copy of the buffer is sent then, as
   * lending it would empty that chunk.
   */
  flush(midChunk = false): void {
    if (this.parts.length === 0) return;
    const inBuffer = this.parts.some((p) => 'at' in p);
    const lent = !inBuffer ? null : midChunk ? this.buffer!.slice(0, this.fill) : this.buffer;
    this.send({ buffer: lent, parts: this.parts }, lent ? [lent, ...this.own] : this.own);
    if (lent === this.buffer) this.buffer = null;
    this.parts = [];
    this.own = [];
  }

  giveBack(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.bufferBytes) this.free.push(buffer);
  }
}

/** RecordLines' buffers written and kept to go back to the workers, at most (each SPARE_BYTES or more). */
const SPARE_KEPT = 8;
/** Spare buffers sent with one message. */
const SPARE_PER_MESSAGE = 2;

/**
 * What hands the workers' answers to `sink`: records (or their JSON lines) and problems in turn,
 * the input's first invalid UTF-8 line only once; `hadText` once any answer's batch held text.
 * The JSON lines' buffers, once written, are kept for `spare` to send back to be filled again.
 */
export function answerHandler(sink: ReadSink): { hand(result: WorkerResult): void; spare(): ArrayBuffer[]; readonly hadText: boolean } {
  let hadText = false;
  let badUtf8 = false;
  const kept: ArrayBuffer[] = [];
  return {
    hand(result) {
      hadText ||= result.hadText;
      for (const item of result.items) {
        if (Array.isArray(item)) {
          if (item[1] !== INVALID_UTF8 || !badUtf8) {
            badUtf8 ||= item[1] === INVALID_UTF8;
            sink.problem(item[0], item[1]);
          }
        } else if ('count' in item) {
          sink.recordLines!(item.lines, item.count);
          // (The bytes are ours again once recordLines returns.)
          const buffer = item.lines.buffer as ArrayBuffer;
          if (buffer.byteLength >= SPARE_BYTES && kept.length < SPARE_KEPT) kept.push(buffer);
        } else sink.record(item);
      }
      for (const buffer of result.spare ?? []) if (kept.length < SPARE_KEPT) kept.push(buffer);
    },
    spare: () => kept.splice(0, SPARE_PER_MESSAGE),
    get hadText() {
      return hadText;
    },
  };
}

/**
 * A line too long to send to a worker (tuning.workerValueBytes) is read in this thread, by the
 * reader the workers use (read/jsonl.ts): whole when it came whole, else in pieces (past
 * tuning.linePieceBytes), held up to tuning.jsonValueHeldBytes and read as it comes past that.
 * What it made joins the workers' answers in its turn.
 */
export class LongLines {
  private readonly reader: LineReader;
  private readonly items: WorkerItem[] = [];
  /** The line in pieces, while one is. */
  private no = 0;
  open = false;

  constructor(source: string, sink: ReadSink) {
    this.reader = jsonlReader(source, { ...sink, record: (record) => this.items.push(record), problem: (line, message) => this.items.push([line, message]) });
  }

  piece(text: string, no: number): void {
    this.open = true;
    this.no = no;
    this.reader.piece!(text, no);
  }

  /** The line's last part: what it made, as an answer. */
  end(text: string): WorkerResult {
    this.reader.line(text, this.no);
    this.open = false;
    return { items: this.items.splice(0), hadText: true, buffer: null };
  }

  /** A line that came whole (too long to send: tuning.workerValueBytes): what it made, as an answer. */
  whole(text: string, no: number): WorkerResult {
    this.reader.line(text, no);
    return { items: this.items.splice(0), hadText: true, buffer: null };
  }
}

/**
 * The lines of `bytes` (a batch, first line `first`) longer than `most` bytes, as [start, end,
 * line number]: found only in a batch longer than that (most are not).
 */
function linesLongerThan(bytes: Buffer, first: number, most: number): [number, number, number][] {
  const long: [number, number, number][] = [];
  if (bytes.length <= most) return long;
  for (let start = 0, no = first; ; no++) {
    const nl = bytes.indexOf(LF, start);
    const end = nl === -1 ? bytes.length : nl;
    if (end - start > most) long.push([start, end, no]);
    if (nl === -1) return long;
    start = nl + 1;
  }
}

/**
 * Read the JSON Lines file `source` with `workers` worker threads, handing every record and
 * problem to `sink` in input order. Returns whether the input was read (not binary) and held text.
 */
export async function readJsonlInWorkers(source: string, sink: ReadSink, workers: number, ready?: () => Promise<void> | null): Promise<{ read: boolean; hadText: boolean }> {
  const script = workerScript();
  if (!script) throw new Error('no extraction worker script');
  // A consumer that only prints JSON gets the records' text, made in the workers as UTF-8: the
  // main thread then neither rebuilds the objects nor serialises or encodes them again.
  const json = sink.recordLines !== undefined;
  /** Answers in input order: a worker's batches, or a problem the splitter found between batches. */
  const queue: Promise<WorkerResult>[] = [];
  const enqueue = (answer: Promise<WorkerResult>) => {
    // Awaited in turn; a rejection before its turn must not count as unhandled.
    answer.catch(() => {});
    queue.push(answer);
  };
  const fd = openSync(source, 'r');
  const file = new PooledReader(fd, tuning.readChunkBytes, tuning.workerBatchBytes, (batches, transfer) => {
    const reader = readers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const spare = answers.spare();
    enqueue(reader.read({ ...batches, spare }, [...transfer, ...spare]));
  });
  const readers = Array.from({ length: workers }, () => new Reader(script, source, json, (buffer) => file.giveBack(buffer)));
  const answers = answerHandler(sink);
  const drain = (keep: number) => handInOrder(queue, keep, answers.hand, ready);
  const limit = workers * IN_FLIGHT_PER_WORKER;
  const long = new LongLines(source, sink);
  const utf8 = { badUtf8: false };
  const problem = (line: number | null, message: string) => {
    file.flush(true);
    enqueue(Promise.resolve({ items: [[line, message]], hadText: false, buffer: null }));
  };
  /** Bytes this thread decodes: the input's first invalid UTF-8 line said (once, as the workers say it). */
  const decode = (bytes: Buffer, no: number) => {
    if (!utf8.badUtf8 && !isAscii(bytes) && !isUtf8(bytes)) reportBadUtf8(bytes, no, { problem }, utf8);
    return decodeLine(bytes);
  };
  const endLongLine = (text: string) => {
    file.flush(true);
    enqueue(Promise.resolve(long.end(text)));
  };
  /**
   * Lines of a batch (its first one numbered `first`) to the workers, but for those too long to
   * send, read here in their turn: a worker holds a record's links and its JSON whole, and
   * 0.95 MB lines of ~22,000 links each peaked at 383 MiB on two workers (bench/extract/RESULTS.md run 54).
   */
  const addLines = (bytes: Buffer, first: number) => {
    let from = 0;
    let fromLine = first;
    for (const [start, end, no] of linesLongerThan(bytes, first, tuning.workerValueBytes)) {
      if (start > from) file.add(bytes.subarray(from, start - 1), fromLine);
      file.flush(true);
      enqueue(Promise.resolve(long.whole(decode(bytes.subarray(start, end), no), no)));
      from = end + 1;
      fromLine = no + 1;
    }
    if (from <= bytes.length) file.add(from === 0 ? bytes : bytes.subarray(from), fromLine);
  };
  try {
    const read = await splitLines(file.chunks(), {
      batch(bytes, first) {
        if (!long.open) {
          addLines(bytes, first);
          return countLines(bytes);
        }
        // The batch's first line ends the long line.
        const nl = bytes.indexOf(LF);
        endLongLine(decode(nl === -1 ? bytes : bytes.subarray(0, nl), first));
        if (nl === -1) return 1;
        const rest = bytes.subarray(nl + 1);
        addLines(rest, first + 1);
        return 1 + countLines(rest);
      },
      piece: (bytes, no) => long.piece(decode(bytes, no), no),
      problem,
      after: () => (queue.length >= limit ? drain(limit / 2) : null),
    });
    // The input ended inside a long line.
    if (long.open) endLongLine('');
    file.flush();
    await drain(0);
    return { read, hadText: answers.hadText };
  } finally {
    closeSync(fd);
    await Promise.all(readers.map((w) => w.stop()));
  }
}
