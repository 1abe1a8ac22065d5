// Markdown's item pass read in segments by a worker thread and the main thread
// (extract/markdown-workers.ts) must print exactly what one thread prints, byte for byte.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../bench/extract/generate-markdown.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { markdownWorkersFor } from '../../src/extract/markdown-workers.js';
import { markdownPasses } from '../../src/read/markdown.js';
import type { LineReader, ReadSink } from '../../src/read/reader.js';
import { tuning } from '../../src/read/tuning.js';
import { newRecordBuilder } from '../../src/extract/record.js';
import { findLinks } from '../../src/extract/links.js';
import type { PaperRecord } from '../../src/types.js';
import { buildMarkdownWorker } from '../helpers/markdown-worker-bundle.js';
import { slowOutput } from '../helpers/slow-output.js';

const defaults = { ...tuning };
let worker: Awaited<ReturnType<typeof buildMarkdownWorker>>;
let dir: string;

beforeAll(async () => {
  worker = await buildMarkdownWorker();
  dir = mkdtempSync(path.join(os.tmpdir(), 'markdown-workers-'));
});
afterAll(() => {
  worker.remove();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => void Object.assign(tuning, defaults));

/** `extract --format FORMAT` of `file` as printed, and its problems, with `workers` worker threads. */
async function extractWith(file: string, workers: number, format: 'jsonl' | 'json' = 'jsonl') {
  Object.assign(tuning, { markdownWorkerScript: worker.script, markdownWorkersFromBytes: 0, extractWorkers: workers });
  const { out, text } = slowOutput();
  const { problems } = await writeExtract([file], { format }, out);
  return { text: await text(), problems: problems.map((p) => p.message) };
}

/** The cuts (heading lines) the plan pass notes in `text`, read as extract reads a file. */
function cutsOf(text: string): number[] {
  const sink: ReadSink = { newPaper: newRecordBuilder, findLinks, record() {}, problem() {} };
  const lines = text.split('\n');
  let last: LineReader | null = null;
  for (const reader of markdownPasses('x.md', sink, { segments: true })) {
    lines.forEach((line, i) => {
      // The definitions pass is handed only its lines by the streamed path; all of them do no harm here.
      reader.line(line, i + 1);
    });
    void reader.end();
    last = reader;
  }
  return (last as LineReader | null)?.segments?.cuts ?? [];
}

/** Every shape whose state a cut must not lose, with a heading after each. */
const AWKWARD = [
  '\uFEFF# List',
  '[shared]: https://github.com/def/shared',
  '- item [code][shared] [later][]',
  '  continued https://github.com/a/continued',
  '## Fence',
  '```',
  '# not a heading inside a fence https://github.com/in/fence',
  '- nor an item',
  '```',
  '- after the fence https://github.com/a/after\r',
  '## Table',
  '| Paper | Code |',
  '|---|---|',
  '| [Row](https://arxiv.org/abs/2301.00001) | [c][row] |',
  '## Grouping',
  '- Group',
  '  - Child https://github.com/a/child',
  '- bad byte \uFFFD and Ünïcödé [x][shared]',
  '# Heading right after an item',
  'lazy paragraph https://github.com/a/lazy',
  '',
  '   ### indented heading ###',
  '- claims: the code is available',
  '- promise: code coming soon',
  '## Empty section',
  '## Last',
  '[row]: https://github.com/def/row',
  '[later]: https://github.com/def/later',
  '- last item https://github.com/a/last',
];

describe('Markdown items in segments on a worker thread = one thread', () => {
  it('notes a cut after each heading outside a fence, at least markdownSegmentChars apart', () => {
    tuning.markdownSegmentChars = 1;
    const cuts = cutsOf(AWKWARD.join('\n'));
    expect(cuts).toEqual([1, 5, 11, 15, 19, 22, 25, 26]);
    tuning.markdownSegmentChars = 120;
    expect(cutsOf(AWKWARD.join('\n'))).toEqual([5, 11, 19, 25]);
  });

  it('notes no cuts when the items will not be read in segments', () => {
    tuning.markdownSegmentChars = 1;
    const sink: ReadSink = { newPaper: newRecordBuilder, findLinks, record() {}, problem() {} };
    let last: LineReader | null = null;
    for (const reader of markdownPasses('x.md', sink)) {
      AWKWARD.forEach((line, i) => reader.line(line, i + 1));
      void reader.end();
      last = reader;
    }
    expect((last as LineReader | null)?.segments).toBeUndefined();
  });

  it('prints the same bytes for awkward Markdown cut at every heading, in small chunks', async () => {
    const file = path.join(dir, 'awkward.md');
    // UTF-8 with one invalid byte where U+FFFD stands.
    const bytes = Buffer.concat(AWKWARD.join('\n').split('\uFFFD').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));
    writeFileSync(file, bytes);
    const one = await extractWith(file, 0);
    expect(one.text.split('\n').length).toBeGreaterThan(8);
    expect(one.problems).toEqual([`${file}:18: invalid UTF-8 replaced with U+FFFD`]);
    tuning.markdownSegmentChars = 1;
    for (const chunkBytes of [7, 97, 4096]) {
      tuning.readChunkBytes = chunkBytes;
      for (const workers of [1, 2]) expect(await extractWith(file, workers), `${workers} workers, ${chunkBytes}-byte chunks`).toEqual(one);
    }
  });

  it('prints the same bytes for a generated real-list-shaped file, segments of every size', async () => {
    const file = path.join(dir, 'list.md');
    await generateMarkdown(file, 600_000);
    const one = await extractWith(file, 0);
    const records = one.text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as PaperRecord);
    expect(records.length).toBeGreaterThan(1000);
    tuning.markdownSegmentChars = 20_000;
    expect(cutsOf(readFileSync(file, 'utf8')).length).toBeGreaterThan(5);
    for (const [segmentChars, chunkBytes] of [
      [1, 4096],
      [20_000, 997],
      [100_000, 256 * 1024],
    ] as const) {
      Object.assign(tuning, { markdownSegmentChars: segmentChars, readChunkBytes: chunkBytes });
      expect(await extractWith(file, 1), `segments of ${segmentChars}, chunks of ${chunkBytes}`).toEqual(one);
    }
  });

  it('leaves other output formats, small files and the default to the main thread', async () => {
    const file = path.join(dir, 'small.md');
    writeFileSync(file, AWKWARD.join('\n'));
    Object.assign(tuning, { markdownWorkerScript: worker.script, markdownWorkersFromBytes: 0, extractWorkers: null });
    expect(markdownWorkersFor(file)).toBe(0);
    tuning.extractWorkers = 1;
    expect(markdownWorkersFor(file)).toBe(1);
    tuning.markdownWorkersFromBytes = 1 << 20;
    expect(markdownWorkersFor(file)).toBe(0);
    tuning.markdownSegmentChars = 1;
    const json = await extractWith(file, 0, 'json');
    expect(await extractWith(file, 1, 'json')).toEqual(json);
  });
});
