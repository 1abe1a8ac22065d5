// A big Markdown file read by one worker thread, whole (issue #15), when the output is JSON Lines
// and a second core is free: the worker runs the same passes the main thread would
// (extract/markdown-file-worker.ts) and sends the records back as JSON Lines bytes, which the main
// thread writes while the worker reads on. The gain is less the second core than the worker's
// small young generation: the Markdown reader makes many short-lived objects per record, and a
// nursery that fits in the cache collects them for less CPU than V8's default (~48 MiB, which the
// main thread cannot change once started), and less memory (bench/extract/RESULTS.md run 15).
import { statSync } from 'node:fs';
import { isMainThread, Worker } from 'node:worker_threads';
import type { ReadSink } from '../read/reader.js';
import { tuning } from '../read/tuning.js';
import { builtWorkerScript } from './jsonl-workers.js';

/** The worker's young generation, in MiB (the JSON Lines workers': extract/jsonl-workers.ts). */
const YOUNG_GENERATION_MB = 2;
/** Characters of JSON the worker gathers into one message (its bytes fit in one of the output's buffers: audit/write-extract.ts). */
export const MARKDOWN_FILE_MESSAGE_CHARS = 64 * 1024;
/** Messages of records the worker sends ahead of what the main thread has written. */
export const MARKDOWN_FILE_UNANSWERED = 4;

/** What the worker is started with: the file, and the main thread's sizes (tuning, without its URLs). */
export interface FileWorkerData {
  source: string;
  tuned: Partial<typeof tuning>;
}

/** The worker's messages: records as JSON Lines (their buffer is sent back once written), a problem as [line, reason], and its end. */
export type FileWorkerMessage = { lines: Uint8Array; count: number } | { problem: [number | null, string] } | { done: true; hadText: boolean };

const workerScript = (): URL | null => builtWorkerScript('markdown-file-worker.js', tuning.markdownFileWorkerScript);

/**
 * Whether the Markdown file `source` should be read by a worker thread, whole: only when asked
 * for by tuning (not by default since the quiet re-run: see below). Never for a
 * small file, from a worker, or without a worker script at hand (the sources, the Action's bundle).
 */
export function markdownFileWorkerFor(source: string): boolean {
  if (!isMainThread) return false;
  // Off unless asked for (tuning): on a quiet machine (bench/extract/RESULTS.md run 16) it read
  // the 64 MiB list at 10–12 MB/s with 7.0–7.9 CPU s, the main thread alone at 13–15 MB/s with
  // 5.7–6.1 CPU s (its memory 110–113 against 121–126 MiB). Kept, tested, for a machine where it pays.
  const wanted = tuning.markdownFileWorker ?? false;
  if (!wanted) return false;
  const stat = statSync(source, { throwIfNoEntry: false });
  return stat?.isFile() === true && stat.size >= tuning.markdownWorkersFromBytes && workerScript() !== null;
}

/**
 * Read the Markdown file `source` in a worker thread, handing its records (as JSON Lines bytes:
 * `sink.recordLines`) and problems to `sink` in order, waiting for the output as it asks
 * (`ready`). True when the file held more than blank lines.
 */
export async function readMarkdownInWorker(source: string, sink: ReadSink, ready?: () => Promise<void> | null): Promise<boolean> {
  const script = workerScript();
  if (!script || !sink.recordLines) throw new Error('no Markdown file worker script, or no JSON Lines output');
  const { markdownFileWorkerScript: _, markdownWorkerScript: __, workerScript: ___, ...tuned } = tuning;
  const data: FileWorkerData = { source, tuned };
  const worker = new Worker(script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const inbox: FileWorkerMessage[] = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const woken = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (m: FileWorkerMessage) => {
    inbox.push(m);
    woken();
  });
  worker.on('error', (err) => {
    failure ??= err;
    woken();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`Markdown extraction worker stopped (exit code ${code})`);
    woken();
  });
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        if (failure !== null) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if ('done' in m) return m.hadText;
      if ('problem' in m) {
        sink.problem(m.problem[0], m.problem[1]);
        continue;
      }
      sink.recordLines(m.lines, m.count);
      const wait = ready?.();
      if (wait) await wait;
      // Written (copied, or queued within the output's limit): the worker may send one more, in
      // the same buffer — a new one each time would be memory that only this thread's rare
      // collections free (bench/extract/RESULTS.md run 15).
      const buffer = m.lines.buffer as ArrayBuffer;
      worker.postMessage(buffer, [buffer]);
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
