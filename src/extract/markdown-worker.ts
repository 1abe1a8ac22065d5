// A worker thread of extract/markdown-workers.ts: reads the segments of a Markdown file's item
// pass it is sent (extract/markdown-segments.ts) and sends back their records — as JSON Lines in
// UTF-8, or as objects — with the buffer the lines came in.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerResult } from './jsonl-worker.js';
import { SegmentReading, type SegmentBatches } from './markdown-segments.js';

const port = parentPort;
if (port) {
  const { source, json } = workerData as { source: string; json: boolean };
  const segments = new SegmentReading(source, json);
  port.on('message', (batches: SegmentBatches) => {
    const items = segments.read(batches);
    const result: WorkerResult = { items, hadText: false, buffer: batches.buffer };
    const transfer: ArrayBuffer[] = batches.buffer ? [batches.buffer] : [];
    for (const item of items) if ('lines' in item) transfer.push(item.lines.buffer as ArrayBuffer);
    port.postMessage(result, transfer);
  });
}
