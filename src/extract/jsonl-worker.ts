// A worker thread of extract/jsonl-workers.ts: decodes batches of JSON Lines and turns each line
// into its record, exactly as the main thread would (the same line decoding, jsonlReader and
// RecordBuilder), and sends back the records and problems in line order, with the buffer the
// batches came in (so the main thread can read into it again). It reads the elements of a JSON
// array the same way (extract/json-workers.ts: the main thread cuts them, readArrayElement here). Lines are decoded one at a time
// (read/lines.ts eachLine), so no batch's lines are alive together in the worker's small young
// generation (bench/extract/RESULTS.md run 13: for the 256 KiB parts the splitter cuts this
// measured the same as decoding a part whole; for 1 MiB parts it promoted 71 MB per 64 MiB).
import { parentPort, workerData } from 'node:worker_threads';
import { readArrayElementBytes } from '../read/json.js';
import { jsonlReader } from '../read/jsonl.js';
import { eachLine } from '../read/lines.js';
import type { ReadSink } from '../read/reader.js';
import { tuning } from '../read/tuning.js';
import type { PaperRecord } from '../types.js';
import { findLinks } from './links.js';
import { newRecordBuilder } from './record.js';
import { RecordLinesOut } from './record-lines.js';

/**
 * One batch of whole lines as splitLines cut it (so as the one-thread path cuts them): a range of
 * the message's buffer, or bytes of its own (a line carried over from one chunk to the next);
 * `first` is the number of its first line.
 */
export type BatchPart = { first: number; at: number; length: number } | { first: number; bytes: Uint8Array };

/** What a worker is sent: batches cut from one buffer, which is handed back with the answer. */
export interface WorkerBatches {
  buffer: ArrayBuffer | null;
  parts: BatchPart[];
  /** Buffers of RecordLines the main thread has written, to be filled again (SpareLines). */
  spare?: ArrayBuffer[];
}

/**
 * Elements of a top-level JSON array as the main thread cut them (extract/json-workers.ts): their
 * UTF-8 texts in `bytes`, and per element four numbers: where its text starts in `bytes`, its
 * length, the line it starts on and its 1-based position in the array.
 */
export interface WorkerElements {
  bytes: ArrayBuffer;
  elements: number[];
  spare?: ArrayBuffer[];
}

export type WorkerMessage = WorkerBatches | WorkerElements;

/** Consecutive records as their JSON texts, each followed by a newline, in UTF-8. */
export interface RecordLines {
  lines: Uint8Array;
  count: number;
}

/** A problem travels as [line, message]; records as themselves, or as RecordLines when asked (`json`). */
export type WorkerItem = PaperRecord | RecordLines | [number | null, string];

export interface WorkerResult {
  items: WorkerItem[];
  /** Did the batch hold more than blank lines? */
  hadText: boolean;
  /** The message's buffer, handed back to be read into again. */
  buffer: ArrayBuffer | null;
  /** Spare RecordLines buffers this worker was sent beyond what it keeps, handed back. */
  spare?: ArrayBuffer[];
}

/**
 * Spare buffers a worker keeps; the rest go back with its answer. The main thread sends spares to
 * whichever worker gets the next message, and one worker could gather them all while the other
 * made new ones: 120 of 512 KiB (60 MiB) after 1.5 GiB of JSON Lines, and growing.
 */
const SPARE_IN_WORKER = 2;

const port = parentPort;
if (port) {
  // A record goes back to the main thread as itself (structured clone) or as its JSON line: its
  // links stay an array here: a worker is sent no line or JSON array element longer than
  // read/tuning.ts workerValueBytes (longer ones are read in the main thread).
  tuning.recordLinksInMemory = Number.POSITIVE_INFINITY;
  const { source, json } = workerData as { source: string; json: boolean };
  let items: WorkerItem[] = [];
  const out = new RecordLinesOut();
  /** RecordLines' buffers back from the main thread: a fresh one per message cost more than the copy into it. */
  const spare: ArrayBuffer[] = [];
  const cut = () => {
    const lines = out.cut(spare);
    if (lines) items.push(lines);
  };
  const sink: ReadSink = {
    newPaper: newRecordBuilder,
    findLinks,
    record: json ? (record) => out.add(JSON.stringify(record)) : (record) => void items.push(record),
    problem: (line, message) => {
      cut();
      items.push([line, message]);
    },
  };
  const reader = jsonlReader(source, sink);
  /** The answer to a message: its items' buffers and the spares not kept go with it. */
  const answer = (result: WorkerResult, transfer: ArrayBuffer[]) => {
    for (const item of items) if ('lines' in item) transfer.push(item.lines.buffer as ArrayBuffer);
    if (spare.length > SPARE_IN_WORKER) {
      result.spare = spare.splice(SPARE_IN_WORKER);
      transfer.push(...result.spare);
    }
    port.postMessage(result, transfer);
  };
  port.on('message', (message: WorkerMessage) => {
    items = [];
    if (message.spare) spare.push(...message.spare);
    if ('elements' in message) {
      const { bytes, elements } = message;
      readArrayElementBytes(bytes, elements, source, sink);
      cut();
      answer({ items, hadText: false, buffer: bytes }, [bytes]);
      return;
    }
    const { buffer, parts } = message;
    let hadText = false;
    for (const part of parts) {
      const bytes = 'bytes' in part ? Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength) : Buffer.from(buffer!, part.at, part.length);
      // Each batch reports its own first invalid UTF-8 line, before its lines' problems as in one
      // thread; the main thread keeps only the input's first.
      eachLine(bytes, part.first, sink, { badUtf8: false }, (line, no) => {
        hadText ||= line.trim() !== '';
        reader.line(line, no);
      });
    }
    cut();
    answer({ items, hadText, buffer }, buffer ? [buffer] : []);
  });
}
