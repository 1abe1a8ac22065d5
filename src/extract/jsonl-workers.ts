// JSON Lines on more than one core (issue #15). Every line of a JSONL file is a record of its own,
// so batches of lines can be read anywhere: the main thread cuts the file into batches of whole
// lines (read/lines.ts splitLines — BOM, binary inputs and over-long lines handled as always),
// worker threads decode and extract them (extract/jsonl-worker.ts), and the main thread hands the
// records and problems on in input order, as the one-thread path would. Memory stays bounded: at
// most a few batches are in flight, and the output's back-pressure stops the reading.
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadSink } from '../read/reader.js';
import { countLines, INVALID_UTF8, splitLines } from '../read/lines.js';
import { tuning } from '../read/tuning.js';
import type { WorkerBatch, WorkerResult } from './jsonl-worker.js';

/**
 * A worker's young generation (V8's default is ~48 MB): its records die within a batch, and a
 * small nursery keeps them in cache — on 256 MiB of arXiv JSONL, 4 MB took ~25 % less CPU than
 * the default and ~25 MiB less peak RSS per worker; 2 MB another ~6 MiB less per worker at the
 * same CPU (bench/extract/RESULTS.md).
 */
const WORKER_YOUNG_GENERATION_MB = 2;

/** Workers by default (more only through REPO_AUDIT_EXTRACT_THREADS or tuning.extractWorkers). */
const MAX_WORKERS = 2;

/** Batches queued per worker: enough to keep it busy while the main thread writes. */
const IN_FLIGHT_PER_WORKER = 4;

/** The built worker script, or null (running from the sources, or a bundle without it). */
function workerScript(): URL | null {
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
function defaultWorkers(): number {
  const cores = os.availableParallelism();
  if (cores < 2 || os.loadavg()[0]! >= 2 * cores) return 0;
  return Math.min(MAX_WORKERS, cores);
}

/** Workers asked for: tuning (tests) first, then REPO_AUDIT_EXTRACT_THREADS (threads in all, the main one included). */
function configuredWorkers(): number | null {
  if (tuning.extractWorkers !== null) return tuning.extractWorkers;
  const env = process.env.REPO_AUDIT_EXTRACT_THREADS;
  return env !== undefined && /^\d+$/.test(env) ? Math.max(0, Number(env) - 1) : null;
}

/**
 * How many worker threads should read the JSON Lines file `source`: 0 (read it in this thread)
 * for standard input, a small file, a single or busy core, or when no worker script is at hand.
 */
export function jsonlWorkersFor(source: string): number {
  const wanted = configuredWorkers() ?? defaultWorkers();
  if (wanted === 0 || source === '-') return 0;
  let size: number;
  try {
    size = statSync(source).size;
  } catch {
    return 0; // reading it will say why
  }
  if (size < tuning.workersFromBytes || !workerScript()) return 0;
  return wanted;
}

/** One worker and the answers it owes, in the order it was asked. */
class Reader {
  private readonly worker: Worker;
  private readonly waiting: { resolve(r: WorkerResult): void; reject(e: unknown): void }[] = [];
  /** Why the worker stopped, once it has: later batches fail at once instead of waiting forever. */
  private failure: unknown = null;

  constructor(script: URL, source: string, json: boolean) {
    this.worker = new Worker(script, { workerData: { source, json }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    this.worker.on('message', (r: WorkerResult) => this.waiting.shift()?.resolve(r));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`extraction worker stopped (exit code ${code})`)));
  }

  get busy(): number {
    return this.waiting.length;
  }

  read(bytes: Buffer, first: number): Promise<WorkerResult> {
    if (this.failure !== null) return Promise.reject(this.failure);
    // A copy the worker can own: `bytes` is a view into a chunk the stream may reuse.
    const own = new Uint8Array(bytes);
    const batch: WorkerBatch = { bytes: own, first };
    const answer = new Promise<WorkerResult>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.worker.postMessage(batch, [own.buffer]);
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
 * Read the JSON Lines `chunks` of `source` with `workers` worker threads, handing every record and
 * problem to `sink` in input order. Returns whether the input was read (not binary) and held text.
 */
export async function readJsonlInWorkers(
  chunks: AsyncIterable<Buffer | string>,
  source: string,
  sink: ReadSink,
  workers: number,
  ready?: () => Promise<void> | null,
): Promise<{ read: boolean; hadText: boolean }> {
  const script = workerScript();
  if (!script) throw new Error('no extraction worker script');
  // A consumer that only prints JSON gets the records' text, made in the workers: the main thread
  // then neither rebuilds the objects nor serialises them again.
  const json = sink.recordJson !== undefined;
  const pool = Array.from({ length: workers }, () => new Reader(script, source, json));
  /** Answers in input order: a worker's batch, or a problem the splitter found between batches. */
  const queue: Promise<WorkerResult>[] = [];
  let hadText = false;
  let badUtf8 = false;
  const hand = (result: WorkerResult) => {
    hadText ||= result.hadText;
    for (const item of result.items) {
      if (typeof item === 'string') sink.recordJson!(item);
      else if (!Array.isArray(item)) sink.record(item);
      else if (item[1] !== INVALID_UTF8 || !badUtf8) {
        badUtf8 ||= item[1] === INVALID_UTF8;
        sink.problem(item[0], item[1]);
      }
    }
  };
  /** Hand on answers until at most `keep` are outstanding, waiting for the output as it asks. */
  const drain = async (keep: number) => {
    while (queue.length > keep) {
      hand(await queue.shift()!);
      const wait = ready?.();
      if (wait) await wait;
    }
  };
  const enqueue = (answer: Promise<WorkerResult>) => {
    // Awaited in turn; a rejection before its turn must not count as unhandled.
    answer.catch(() => {});
    queue.push(answer);
  };
  const limit = workers * IN_FLIGHT_PER_WORKER;
  try {
    const read = await splitLines(chunks, {
      batch(bytes, first) {
        const worker = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
        enqueue(worker.read(bytes, first));
        return countLines(bytes);
      },
      problem: (line, message) => enqueue(Promise.resolve({ items: [[line, message]], hadText: false })),
      after: () => (queue.length >= limit ? drain(limit / 2) : null),
    });
    await drain(0);
    return { read, hadText };
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
}
