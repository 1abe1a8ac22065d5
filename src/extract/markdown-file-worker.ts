// A worker thread of extract/markdown-file-thread.ts: reads one Markdown file — all its passes,
// exactly as the main thread would (extract/index.ts readOne) — and sends its records back as
// JSON Lines in UTF-8, and its problems, in order. It reads the file itself; the main thread only
// writes what it is sent and says when it has, so at most a few messages are in flight.
import { parentPort, workerData } from 'node:worker_threads';
import type { JsonSink } from '../read/json.js';
import { tuning } from '../read/tuning.js';
import { readOne } from './index.js';
import { findLinks } from './links.js';
import { newRecordBuilder } from './record.js';
import { RecordLinesOut } from './record-lines.js';
import { MARKDOWN_FILE_MESSAGE_CHARS, MARKDOWN_FILE_UNANSWERED, type FileWorkerData, type FileWorkerMessage } from './markdown-file-thread.js';

const port = parentPort;
if (port) {
  const { source, tuned } = workerData as FileWorkerData;
  // The main thread's sizes (tests shrink them); no worker of its own.
  Object.assign(tuning, tuned, { extractWorkers: 0 });
  const send = (message: FileWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const out = new RecordLinesOut();
  /** Characters of JSON added since the last message. */
  let chars = 0;
  /** Messages of records the main thread has not yet written. */
  let unanswered = 0;
  /** The buffers of written messages, sent back to be filled again. */
  const spare: ArrayBuffer[] = [];
  let wake: (() => void) | null = null;
  port.on('message', (written: ArrayBuffer) => {
    spare.push(written);
    unanswered--;
    const w = wake;
    wake = null;
    w?.();
  });
  const sendLines = () => {
    const cut = out.cut(spare);
    chars = 0;
    if (!cut) return;
    unanswered++;
    send({ lines: cut.lines, count: cut.count }, [cut.lines.buffer as ArrayBuffer]);
  };
  const sink: JsonSink = {
    newPaper: newRecordBuilder,
    findLinks,
    record(record) {
      const json = JSON.stringify(record);
      out.add(json);
      chars += json.length;
    },
    // Records before a problem go first: the main thread hands both on in the order they came.
    problem(line, reason) {
      sendLines();
      send({ problem: [line, reason] });
    },
  };
  const ready = (): Promise<void> | null => {
    if (chars >= MARKDOWN_FILE_MESSAGE_CHARS) sendLines();
    if (unanswered < MARKDOWN_FILE_UNANSWERED) return null;
    return new Promise<void>((resolve) => (wake = resolve)).then(async () => {
      await ready();
    });
  };
  void readOne(source, { inputFormat: 'markdown' }, sink, ready).then(
    (hadText) => {
      sendLines();
      send({ done: true, hadText });
    },
    (err: unknown) => {
      // A bug, not a bad input (readOne reports those): the main thread throws it.
      throw err;
    },
  );
}
