// Streams `repo-audit extract` output to a writable (stdout or --out), batching small writes and
// honouring back-pressure so memory stays flat on huge inputs.
import { WriteStream } from 'node:fs';
import { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import type { InputFormat, PaperRecord } from '../types.js';
import { streamInputs, type InputProblem } from '../extract/index.js';
import { inShard, shardRepos, type Shard } from '../extract/shard.js';
import { csvFormatter } from '../report/extract/csv.js';
import type { ExtractFormat, ExtractFormatter } from '../report/extract/formatter.js';
import { jsonFormatter } from '../report/extract/json.js';
import { jsonlFormatter } from '../report/extract/jsonl.js';
import { tableFormatter } from '../report/extract/table.js';
import { isLazyArray, where } from '../util/lazy-array.js';
import { tuning } from '../read/tuning.js';
import { OutputOverflow } from './output-overflow.js';
import { TargetIndex } from './target-index.js';

const FORMATTERS: Record<ExtractFormat, () => ExtractFormatter> = {
  json: jsonFormatter,
  jsonl: jsonlFormatter,
  csv: csvFormatter,
  table: tableFormatter,
};

const FLUSH_AT = 64 * 1024;
/** Room for a flush's worth of output and the longest text that may come before it. */
const BUFFER_SIZE = 4 * FLUSH_AT;

export interface WriteExtractOptions {
  format: ExtractFormat;
  inputFormat?: InputFormat | null;
  stdin?: NodeJS.ReadableStream;
  /** Called for each problem as it is found (the CLI prints it to stderr). */
  onProblem?: (problem: InputProblem) => void;
  /** What the problems' stream asks to wait for, if anything: reading waits for it as for the output. */
  problemsReady?: () => Promise<void> | null;
  /** `--shard I/N`: only this shard's targets in `repos[]` and in the one-row-per-link formats. */
  shard?: Shard | null;
}

export interface WriteExtractResult {
  papers: number;
  repos: number;
  problems: InputProblem[];
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done).once('close', done).once('error', done);
  });
}

export async function writeExtract(inputs: string[], opts: WriteExtractOptions, out: Writable): Promise<WriteExtractResult> {
  const formatter = FORMATTERS[opts.format]();
  const shard = opts.shard ?? null;
  // csv and table print a row per link: a shard keeps the rows of its own targets. json and jsonl
  // print every paper whole (a paper belongs to no shard); json's repos[] is the shard's.
  const perLink = opts.format === 'csv' || opts.format === 'table';
  // (A huge paper's links stay in their file: `where` keeps only the places of the shard's.)
  const ofShard = (record: PaperRecord): PaperRecord => (shard && perLink ? { ...record, links: where(record.links, (l) => inShard(l.key, shard)) } : record);
  // Output is encoded into a buffer text by text: joining many small strings and encoding the
  // result costs several times more than the JSON.stringify that made them (bench/extract/RESULTS.md).
  // A file or socket is done with the bytes once it calls back, and the buffers are filled again:
  // fresh ones are memory outside V8's heap that only its collections free, and a thread that
  // only writes (records made by a worker thread) collects so seldom that ~60 MiB of them piled
  // up (bench/extract/RESULTS.md run 15). Any other stream may keep the chunk (a PassThrough
  // holds it until read): it gets a fresh buffer each time.
  const reuse = out instanceof WriteStream || out instanceof Socket || out === process.stdout;
  const spare: Buffer[] = [];
  let buf: Buffer = Buffer.allocUnsafe(BUFFER_SIZE);
  let size = 0;
  let waiting: Promise<void> | null = null;
  /**
   * Output the stream could not take before the producer paused (output-overflow.ts): once the
   * stream holds tuning.outputHeldBytes unsent, later bytes wait on disk, in order, until
   * takeWaiting sends them.
   */
  let overflow: OutputOverflow | null = null;
  const write = (chunk: Buffer | string, written?: () => void) => {
    // A closed output (`| head`) drops the text; it must not keep every later push flushing.
    if (out.destroyed) return written?.();
    if (overflow !== null || out.writableLength >= tuning.outputHeldBytes) {
      (overflow ??= new OutputOverflow()).append(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      return written?.();
    }
    if (!out.write(chunk, written && (() => written()))) waiting ??= drained(out);
  };
  /** Send the parked output, waiting for the stream as it asks; nothing new is made meanwhile. */
  let sending: Promise<void> | null = null;
  const sendOverflow = () => (sending ??= sendParked().finally(() => (sending = null)));
  const sendParked = async () => {
    const asked = waiting;
    waiting = null;
    if (asked) await asked;
    for (let chunk = overflow!.next(); chunk !== null && !out.destroyed; chunk = overflow!.next()) {
      if (!out.write(chunk)) await drained(out);
    }
    overflow!.dispose();
    overflow = null;
  };
  const push = (text: string) => {
    if (!text) return;
    // At most 3 bytes of UTF-8 per UTF-16 unit.
    if (size + text.length * 3 > buf.length) flush();
    if (text.length * 3 > buf.length) return write(text);
    size += buf.write(text, size);
    if (size >= FLUSH_AT) flush();
  };
  const flush = () => {
    if (size === 0) return;
    const full = buf;
    const bytes = full.subarray(0, size);
    size = 0;
    // The stream owns the bytes written until it has sent them; then, for a file or socket, they are spare.
    let calledBack = false;
    let keptHere = false;
    write(
      bytes,
      reuse
        ? () => {
            calledBack = true;
            if (!keptHere) spare.push(full);
          }
        : undefined,
    );
    // A stream that took the bytes at once (stdout redirected to a file writes synchronously; so may
    // a TTY, or a pipe with room) has nothing left to send, but calls back only on a later tick, and
    // a reader that never waits for I/O (a file read in passes) gives it none: a buffer per flush
    // piled up until the input ended: 450 MB of them for 64 MiB of Markdown (bench/extract/RESULTS.md
    // run 42). Bytes already written leave their buffer free now.
    if (reuse && !calledBack && out.writableLength === 0 && !out.destroyed) {
      keptHere = true;
      return;
    }
    buf = spare.pop() ?? Buffer.allocUnsafe(BUFFER_SIZE);
  };
  /**
   * JSON Lines made elsewhere, written after what is buffered: copied, so the caller may fill the
   * bytes again. Each chunk written holds whole lines (a consumer may decode a chunk alone).
   */
  const writeBytes = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.byteLength; ) {
      let end = bytes.byteLength;
      const room = buf.length - size;
      if (end - at > room) {
        end = bytes.lastIndexOf(10, at + room - 1) + 1;
        if (end <= at) {
          if (size > 0) {
            flush();
            continue;
          }
          // One line longer than a buffer: a copy of its own.
          end = bytes.indexOf(10, at) + 1 || bytes.byteLength;
          write(Buffer.from(bytes.subarray(at, end)));
          at = end;
          continue;
        }
      }
      buf.set(bytes.subarray(at, end), size);
      size += end - at;
      at = end;
      if (size >= FLUSH_AT || at < bytes.byteLength) flush();
    }
  };
  /**
   * A paper whose links wait in a temporary file (a huge one: extract/record.ts) is printed in
   * pieces (formatter.paperParts: for json and jsonl link by link, for csv and table row by row),
   * waiting for the output as it goes, so neither its text nor the bytes the output has not taken
   * yet are ever all in memory: it is queued (with every paper read after it, to keep their order)
   * and printed from `ready`, which the readers await between batches.
   */
  const queued: ({ record: PaperRecord; index: number } | { lines: Buffer })[] = [];
  const huge = (record: PaperRecord) => isLazyArray(record.links);
  const pushPaper = (record: PaperRecord, index: number) => {
    if (queued.length > 0 || huge(record)) queued.push({ record, index });
    else push(formatter.paper(record, index));
  };
  /** What to wait for before more output: the output asked to wait (once), or parked output must go first. */
  const takeWaiting = (): Promise<void> | null => {
    if (overflow !== null) return sendOverflow();
    const w = waiting;
    waiting = null;
    return w;
  };
  /** Print `parts` one after another, waiting for the output whenever it asks. */
  const pushParts = async (parts: Iterable<string>) => {
    for (const part of parts) {
      push(part);
      const wait = takeWaiting();
      if (wait) await wait;
    }
  };
  const printQueued = async () => {
    for (let next = queued[0]; next; queued.shift(), next = queued[0]) {
      if ('lines' in next) {
        writeBytes(next.lines);
        continue;
      }
      const { record, index } = next;
      if (!huge(record)) {
        push(formatter.paper(record, index));
        continue;
      }
      await pushParts(formatter.paperParts(record, index));
    }
    await takeWaiting();
  };
  // json and table end with repos[]: gathered as numbers and a temporary file (target-index.ts),
  // not as a RepoRef object per target (~0.5 KB of heap each, which grew with the input).
  const targets = formatter.needsRepos ? new TargetIndex() : null;
  push(formatter.begin());
  const summary = await streamInputs(inputs, { inputFormat: opts.inputFormat ?? null, stdin: opts.stdin }, {
    record(record, index) {
      targets?.add(record, index);
      pushPaper(ofShard(record), index);
    },
    // jsonl prints each record as its JSON line, whole whatever the shard: worker threads may make
    // the lines, as bytes this thread only writes.
    ...(opts.format === 'jsonl' ? { recordLines: (bytes: Uint8Array) => (queued.length > 0 ? void queued.push({ lines: Buffer.from(bytes) }) : writeBytes(bytes)) } : {}),
    problem: opts.onProblem,
    collectRepos: false,
    // Reading pauses while the output catches up (and a huge paper is printed).
    ready: () => {
      const output = queued.length > 0 ? printQueued() : takeWaiting();
      const problems = opts.problemsReady?.() ?? null;
      return output && problems ? Promise.all([output, problems]).then(() => undefined) : (output ?? problems);
    },
  });
  await printQueued();
  if (summary.passthrough) summary.passthrough.papers.forEach((p, i) => push(formatter.paper(ofShard(p), i)));
  // The index's targets, read from its file as they are printed; a saved extract result read back
  // (passthrough) comes with its own.
  const repos = shardRepos(targets && !summary.passthrough ? targets.view() : summary.repos, shard);
  // repos[] target by target: never one string of them all.
  await pushParts(formatter.end(repos));
  targets?.dispose();
  flush();
  await takeWaiting();
  return { papers: summary.passthrough?.papers.length ?? summary.papers, repos: repos.length, problems: summary.problems };
}
