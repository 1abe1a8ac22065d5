// The extraction stage: inputs → paper records with their code links, and the deduplicated
// targets (`repos[]`). Never throws for bad input: problems are collected, the rest is read.
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import type { ExtractResult, InputFormat, PaperRecord, RepoRef } from '../types.js';
import { PASSES, READERS, detectFormat, expandInputs } from '../read/index.js';
import type { JsonSink } from '../read/json.js';
import { crLineEnds, crToLf, fileChunks, streamLines, type OverLongLine } from '../read/lines.js';
import { tuning } from '../read/tuning.js';
import { gunzipChunks, isGzip, withoutGz } from '../read/gzip.js';
import { utf16Bom, utf16ToUtf8 } from '../read/utf16.js';
import { loadParserFor } from '../read/parser-modules.js';
import type { LineReader, ReadSink } from '../read/reader.js';
import { textReader } from '../read/text.js';
import { isSystemError } from '../errors.js';
import { redactCredentials } from './clean.js';
import { readJsonArrayElements, startsWithArray } from './json-workers.js';
import { jsonlWorkersFor, readJsonlInWorkers } from './jsonl-workers.js';
import { findLinks } from './links.js';
import { newRecordBuilder } from './record.js';
import { RepoIndex } from './repos.js';

export { parseCodeLink, classifyUrl, type LinkTarget } from './parse-url.js';
export { findLinks } from './links.js';
export { findUrlCandidates, MAY_HOLD_URL } from './find-urls.js';
export { mentionsClaim, mentionsPromise } from './promises.js';
export { RepoIndex, reposOf } from './repos.js';

/** Something wrong with an input. `message` is one self-contained line naming the file (and line). */
export interface InputProblem {
  source: string;
  line: number | null;
  /** What is wrong, without the file and line (`malformed JSON line skipped`). */
  reason: string;
  message: string;
}

export interface ExtractRun extends ExtractResult {
  problems: InputProblem[];
}

export interface ExtractOptions {
  /** Force a format instead of detecting it from each input's name and content. */
  inputFormat?: InputFormat | null;
  /** What `-` reads (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export interface StreamHandlers {
  /** Each record as soon as it is read; `index` is its position in `papers[]`. */
  record(record: PaperRecord, index: number): void;
  problem?(problem: InputProblem): void;
  /** Build `repos[]` (default true); formats that do not print it save the memory. */
  collectRepos?: boolean;
  /**
   * A printer of JSON Lines (`--format jsonl`) sets this: when repos are not collected, records
   * read by worker threads arrive here, `count` at once, as their JSON texts each followed by a
   * newline, in UTF-8 — made in the worker — instead of as objects through `record` (issue #15).
   * `index` is the first one's position in `papers[]`. The bytes are the caller's again once
   * this returns (they are copied or written before).
   */
  recordLines?(lines: Uint8Array, count: number, index: number): void;
  /** Polled between batches of lines: a promise to wait for before reading on (back-pressure). */
  ready?(): Promise<void> | null;
}

export interface StreamSummary {
  papers: number;
  repos: RepoRef[];
  problems: InputProblem[];
  /** Set when the only input was a saved extract result, returned as it is. */
  passthrough: ExtractResult | null;
}

function problemOf(source: string, line: number | null, reason: string): InputProblem {
  // An input named like a URL with credentials (`https://user:token@…`) is not echoed with them.
  const shown = redactCredentials(source);
  return { source: shown, line, reason, message: `${shown}${line === null ? '' : `:${line}`}: ${reason}` };
}

/** An input that gave no paper at all (empty, only blank lines, `[]`, only BibTeX comments). */
function noPapers(source: string, hadText: boolean): InputProblem {
  const shown = redactCredentials(source);
  const reason = hadText ? 'no papers found' : 'no papers found (the input is empty)';
  return { source: shown, line: null, reason, message: `no papers in ${shown === '-' ? 'standard input' : shown}${hadText ? '' : ' (the input is empty)'}` };
}

/** Bytes read before deciding an input's format. */
const HEAD_BYTES = 64 * 1024;

async function* withHead(first: Buffer | null, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer | string> {
  if (first) yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** The first chunk of `source` (null: it is empty), and its chunks with that one still first. */
async function headOf(source: AsyncIterable<Buffer | string>): Promise<{ head: Buffer | null; chunks: AsyncIterable<Buffer | string> }> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? null : typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  return { head, chunks: withHead(head, it) };
}

/** `bytes` as the one chunk of an input (none when empty, as a stream of an empty file). */
async function* oneChunk(bytes: Buffer): AsyncGenerator<Buffer> {
  if (bytes.length > 0) yield bytes;
}

/**
 * A regular file smaller than a read chunk, read whole: the format's detection and every pass read
 * these bytes. A directory of 20,000 small Markdown files took four opens and reads of each (the
 * head, then three passes), and a fresh 256 KiB buffer for each of them, which kept the garbage
 * collector busy 40 % of the time (22–24 s; read whole, ~2 s). Null for anything else.
 */
function smallFileBytes(source: string, stat: Stats | undefined): Buffer | null {
  return stat?.isFile() && stat.size < tuning.readChunkBytes ? readFileSync(source) : null;
}

/**
 * An input's chunks (UTF-16 turned into UTF-8) and its first chunk, for detecting the format;
 * `whole`: its bytes, when already read (smallFileBytes).
 */
async function openInput(source: string, opts: ExtractOptions, whole: Buffer | null, problem: (message: string) => void): Promise<{ chunks: AsyncIterable<Buffer | string>; head: Buffer | null; utf16: boolean; gzip: boolean; close(): void }> {
  const stream = whole ? oneChunk(whole) : source === '-' ? (opts.stdin ?? process.stdin) : createReadStream(source, { highWaterMark: tuning.readChunkBytes });
  const close = () => {
    if ('destroy' in stream && typeof stream.destroy === 'function' && source !== '-') stream.destroy();
  };
  try {
    let { head, chunks } = await headOf(stream as AsyncIterable<Buffer | string>);
    // Gzip first: what is inside may be UTF-16 too.
    const gzip = isGzip(head);
    if (gzip) ({ head, chunks } = await headOf(gunzipChunks(chunks, (code) => problem(`gzip data corrupt or cut off (${code}); read as far as it went`))));
    const utf16 = head ? utf16Bom(head) : null;
    if (utf16) ({ head, chunks } = await headOf(utf16ToUtf8(chunks, utf16)));
    return { chunks, head, utf16: utf16 !== null, gzip, close };
  } catch (err) {
    close();
    throw err;
  }
}

/** Read one input through the reader its format needs; true when it held more than blank lines. */
export async function readOne(source: string, opts: ExtractOptions, sink: JsonSink, ready?: () => Promise<void> | null): Promise<boolean> {
  let hadText = false;
  const closers: (() => void)[] = [];
  try {
    // One stat for all that follows (a directory of many small files: it was three per file).
    const stat = source === '-' ? undefined : statSync(source, { throwIfNoEntry: false });
    const whole = smallFileBytes(source, stat);
    const input = await openInput(source, opts, whole, (message) => sink.problem(null, message));
    closers.push(input.close);
    // `papers.jsonl.gz` is named for what it holds.
    const name = source === '-' ? '' : input.gzip ? withoutGz(source) : source;
    // Lines ending in CR alone are read as lines: each chunk's CRs become LFs (read/lines.ts crLineEnds).
    const crOnly = crLineEnds(input.head);
    const lf = (chunks: AsyncIterable<Buffer | string>) => (crOnly ? crToLf(chunks) : chunks);
    const headText = () => {
      const text = input.head ? input.head.subarray(0, HEAD_BYTES).toString('utf8') : '';
      return crOnly ? text.replaceAll('\r', '\n') : text;
    };
    const format = opts.inputFormat ?? detectFormat(name, headText());
    // Big JSON Lines files: the same records in the same order, read on more cores. The workers'
    // batches are read from the file as it is (UTF-16 is turned into UTF-8 only by the stream, CRs
    // into LFs only here).
    const workers = format === 'jsonl' && !input.utf16 && !input.gzip && !crOnly ? jsonlWorkersFor(source) : 0;
    if (workers > 0) {
      input.close();
      return (await readJsonlInWorkers(source, sink, workers, ready)).hadText;
    }
    // Big JSON arrays: this thread cuts the elements out of the file, the same workers read them
    // (as many, from the same size, on the same load rule as JSON Lines: bench/extract/RESULTS.md run 18).
    const jsonArray = format === 'json' && startsWithArray(input.head);
    const arrayWorkers = jsonArray && !crOnly ? jsonlWorkersFor(source) : 0;
    const regularFile = stat?.isFile() === true;
    // A UTF-8 file (each pass of it) is read with readSync into one reused buffer: the stream's
    // fresh buffers, filled on another thread, cost more to touch than the read itself
    // (read/lines.ts fileChunks; bench/extract/RESULTS.md run 17 for JSON Lines and JSON).
    const byReadSync = regularFile && !input.utf16 && !input.gzip;
    // Without workers, an array is cut as bytes all the same, and read here: from a file, from
    // stdin, from UTF-16 made UTF-8 — a long line (minified JSON) in pieces, never skipped for its length.
    if (arrayWorkers > 0 || jsonArray) {
      if (byReadSync) input.close();
      return await readJsonArrayElements(source, lf(byReadSync ? (whole ? oneChunk(whole) : fileChunks(source, tuning.readChunkBytes)) : input.chunks), sink, arrayWorkers, ready);
    }
    const readSink = ready ? { ...sink, ready } : sink;
    // The YAML, CSV and XML parsers are loaded for their inputs only (read/parser-modules.ts).
    await loadParserFor(format);
    // A regular file read with an output that can wait may be read more than once (read/markdown.ts):
    // records are then emitted as they end instead of waiting on disk for the end of the file.
    const passesOf = ready && regularFile ? PASSES[format] : undefined;
    const passes = passesOf ? passesOf(source, readSink) : [READERS[format](source, readSink)];
    if (byReadSync) input.close();
    let pass = 0;
    for (const reader of passes) {
      const chunks = lf(
        byReadSync
          ? whole
            ? oneChunk(whole)
            : fileChunks(source, tuning.readChunkBytes)
          : pass === 0
            ? input.chunks
            : // Each pass meets the same problems: the first one reports them.
              (await openInput(source, opts, whole, () => {}).then((again) => (closers.push(again.close), again))).chunks,
      );
      const first = pass++ === 0;
      // A pass that sees only some lines cannot tell whether the input had text; the others can.
      const seesAll = !reader.only;
      // A line too long to hold (tuning.heldLineBytes), in a format whose reader cannot take it in
      // pieces, is read as plain text as it comes, a record of its own, so that its links are not
      // lost; by the first pass, which reports it. (JSON Lines takes a long line in pieces: one
      // object read as it comes, read/json-object-stream.ts.)
      const overLong = first && !reader.piece ? overLongAsText(source, readSink) : undefined;
      // A reader that holds a line whole holds it in every pass, as a string and in what it makes of
      // it: past tuning.heldLineBytes the line goes to plain text (every pass skips it alike).
      const held = format === 'yaml' ? tuning.yamlHeldLineBytes : tuning.heldLineBytes;
      const lineLimit = reader.piece ? tuning.maxLineBytes : Math.min(held, tuning.maxLineBytes);
      const read = await streamLines(chunks, {
        lines(lines, firstNo) {
          if (seesAll && !hadText) hadText = lines.some((l) => l.trim() !== '');
          for (let i = 0; i < lines.length; i++) reader.line(lines[i]!, firstNo + i);
        },
        // Each pass meets the same problems: the first one reports them.
        problem: (line, message) => first && sink.problem(line, message),
        after: () => ready?.() ?? null,
        ...(reader.piece
          ? {
              piece(text: string, no: number) {
                if (seesAll && !hadText) hadText = /\S/.test(text);
                reader.piece!(text, no);
              },
            }
          : {}),
        ...(overLong ? { overLong } : {}),
      }, lineLimit, reader.only ?? null);
      if (!read) break;
      await reader.end();
    }
  } catch (err) {
    // A file the system will not give (EACCES, EISDIR…) is this input's problem; anything else is a
    // bug in a reader or in the caller's handlers, not an unreadable input, and reaches the top.
    if (isSystemError(err)) {
      const code = err.code;
      sink.problem(null, code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`);
    } else throw err;
  } finally {
    for (const close of closers) close();
  }
  return hadText;
}

/** A line past tuning.heldLineBytes read as plain text (read/text.ts), in pieces: each such line a record. */
function overLongAsText(source: string, sink: ReadSink): OverLongLine<string> {
  let reader: LineReader | null = null;
  return {
    piece(text, no) {
      (reader ??= textReader(source, sink)).piece!(text, no);
    },
    end() {
      // The text reader's end finishes the line it is inside, then gives its record.
      void reader?.end();
      reader = null;
    },
  };
}

/**
 * Stream every input's records to `handlers.record` without keeping them: memory stays bounded
 * by the distinct targets, not by the size of the inputs.
 */
export async function streamInputs(inputs: string[], opts: ExtractOptions, handlers: StreamHandlers): Promise<StreamSummary> {
  // Every problem goes to the handler (the CLI says each as it comes); the first
  // tuning.problemsHeld are kept for the result, the rest counted: a file of 10 million broken
  // lines kept them all, peaked at 4.4 GiB and stopped (bench/extract/RESULTS.md run 62).
  const problems: InputProblem[] = [];
  let problemCount = 0;
  /** The current input's problems past the ones kept. */
  let unlisted = 0;
  const report = (p: InputProblem, keep = false) => {
    problemCount++;
    handlers.problem?.(p);
    if (keep || problems.length < tuning.problemsHeld) problems.push(p);
    else unlisted++;
  };
  const expanded = await expandInputs(inputs);
  // (One per input named that cannot be read: as many as the command line has, all kept.)
  for (const p of expanded.problems) report(problemOf(p.source, null, p.message), true);
  const repos = new RepoIndex();
  const collect = handlers.collectRepos !== false;
  let papers = 0;
  let passthrough: ExtractResult | null = null;
  const only = expanded.files.length === 1 && inputs.length === 1;
  for (const file of expanded.files) {
    const before = { papers, problems: problemCount };
    const sink: JsonSink = {
      newPaper: newRecordBuilder,
      findLinks,
      record(record) {
        if (collect) repos.add(record, papers);
        handlers.record(record, papers++);
      },
      problem: (line, message) => report(problemOf(file.source, line, message)),
    };
    if (handlers.recordLines && !collect) {
      sink.recordLines = (lines, count) => {
        handlers.recordLines!(lines, count, papers);
        papers += count;
      };
    }
    if (only) sink.extractResult = (result) => void (passthrough = result);
    const hadText = await readOne(file.source, opts, sink, handlers.ready);
    // Said once, unless the input's own problems already explain why nothing came of it.
    if (papers === before.papers && problemCount === before.problems && !passthrough) report(noPapers(file.source, hadText));
    // (Kept, not told: the handler was told each of them.)
    if (unlisted > 0) problems.push(problemOf(file.source, null, `${unlisted} more ${unlisted === 1 ? 'problem' : 'problems'} not listed (the first ${tuning.problemsHeld} of the run are)`));
    unlisted = 0;
  }
  return { papers, repos: passthrough ? (passthrough as ExtractResult).repos : repos.list(), problems, passthrough };
}

/**
 * Read files, directories (recursively), globs and `-` (stdin). If the only input is a JSON file
 * that already holds an extract result (`{papers, repos}`), it is returned as it is. Never throws
 * for bad input: problems are collected and everything readable is still returned.
 */
export async function extractInputs(inputs: string[], opts: ExtractOptions = {}): Promise<ExtractRun> {
  const papers: PaperRecord[] = [];
  const summary = await streamInputs(inputs, opts, { record: (r) => void papers.push(r) });
  if (summary.passthrough) return { ...summary.passthrough, problems: summary.problems };
  return { papers, repos: summary.repos, problems: summary.problems };
}

/** Extract from one in-memory text (tests, the GitHub Action). Synchronous. */
export function extractText(text: string, source: string, format?: InputFormat): ExtractResult {
  const papers: PaperRecord[] = [];
  const repos = new RepoIndex();
  let passthrough: ExtractResult | null = null;
  const sink: JsonSink = {
    newPaper: newRecordBuilder,
    findLinks,
    record(record) {
      repos.add(record, papers.length);
      papers.push(record);
    },
    problem() {},
    extractResult: (result) => void (passthrough = result),
  };
  const reader = READERS[format ?? detectFormat(source, text.slice(0, HEAD_BYTES))](source, sink);
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => reader.line(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1));
  reader.end();
  return passthrough ?? { papers, repos: repos.list() };
}
