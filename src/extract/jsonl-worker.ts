// A worker thread of extract/jsonl-workers.ts: decodes a batch of JSON Lines and turns each line
// into its record, exactly as the main thread would (the same decodeLines, jsonlReader and
// RecordBuilder), and sends back the records and problems in line order.
import { parentPort, workerData } from 'node:worker_threads';
import { jsonlReader } from '../read/jsonl.js';
import { decodeLines } from '../read/lines.js';
import type { ReadSink } from '../read/reader.js';
import type { PaperRecord } from '../types.js';
import { findLinks } from './links.js';
import { newRecordBuilder } from './record.js';

/** A batch to read: its bytes (transferred) and the number of its first line. */
export interface WorkerBatch {
  bytes: Uint8Array;
  first: number;
}

/** A problem travels as [line, message]; a record as itself, or as its JSON text when asked (`json`). */
export type WorkerItem = PaperRecord | string | [number | null, string];

export interface WorkerResult {
  items: WorkerItem[];
  /** Did the batch hold more than blank lines? */
  hadText: boolean;
}

const port = parentPort;
if (port) {
  const { source, json } = workerData as { source: string; json: boolean };
  let items: WorkerItem[] = [];
  const sink: ReadSink = {
    newPaper: newRecordBuilder,
    findLinks,
    record: (record) => void items.push(json ? JSON.stringify(record) : record),
    problem: (line, message) => void items.push([line, message]),
  };
  const reader = jsonlReader(source, sink);
  port.on('message', ({ bytes, first }: WorkerBatch) => {
    items = [];
    // Each batch reports its own first invalid UTF-8 line; the main thread keeps only the input's first.
    const lines = decodeLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), first, sink, { badUtf8: false });
    let hadText = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      hadText ||= line.trim() !== '';
      reader.line(line, first + i);
    }
    const result: WorkerResult = { items, hadText };
    port.postMessage(result);
  });
}
