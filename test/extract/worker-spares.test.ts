// The JSON Lines worker (extract/jsonl-worker.ts) is sent spare buffers to write its records' JSON
// lines into, two with each message, and uses at most one a message. The spares it does not keep
// must go back with its answers: the main thread sends them to whichever worker gets the next
// message, and one worker gathered them all (60 MiB after 1.5 GiB of JSON Lines, growing) while
// the other made new ones.
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerBatches, WorkerResult } from '../../src/extract/jsonl-worker.js';
import { SPARE_BYTES } from '../../src/extract/record-lines.js';
import { buildJsonlWorker } from '../helpers/jsonl-worker-bundle.js';

let worker: Awaited<ReturnType<typeof buildJsonlWorker>>;
beforeAll(async () => {
  worker = await buildJsonlWorker();
});
afterAll(() => worker.remove());

describe('the JSON Lines worker', () => {
  it('hands back the spare buffers it does not keep', async () => {
    const thread = new Worker(worker.script, { workerData: { source: 'papers.jsonl', json: true } });
    const answers: WorkerResult[] = [];
    thread.on('message', (r: WorkerResult) => answers.push(r));
    const messages = 20;
    try {
      for (let m = 0; m < messages; m++) {
        const lines = `{"title":"Paper ${m}","abstract":"Code at https://github.com/lab/p${m}"}\n`;
        const spare = [new ArrayBuffer(SPARE_BYTES), new ArrayBuffer(SPARE_BYTES)];
        const message: WorkerBatches = { buffer: null, parts: [{ first: m + 1, bytes: new TextEncoder().encode(lines) }], spare };
        thread.postMessage(message, spare);
        await new Promise<void>((resolve) => thread.once('message', () => resolve()));
      }
    } finally {
      await thread.terminate();
    }
    expect(answers).toHaveLength(messages);
    // Each answer holds its record's line, in a spare when one was there.
    expect(answers.every((a) => a.items.length === 1 && 'lines' in a.items[0]! && a.items[0].lines.buffer.byteLength === SPARE_BYTES)).toBe(true);
    const returned = answers.reduce((n, a) => n + (a.spare?.length ?? 0), 0);
    // 40 sent, one used a message: all but the two it keeps come back.
    expect(returned).toBe(2 * messages - messages - 2);
  });
});
