// A JSON array read by worker threads (extract/json-workers.ts: the main thread cuts the elements
// as bytes, the JSON Lines workers read them) must give exactly what the one-thread path gives:
// the same output bytes, the same problems on the same lines, in the same order.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateFormat } from '../../bench/extract/generate-formats.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { extractText } from '../../src/extract/index.js';
import { startsWithArray } from '../../src/extract/json-workers.js';
import { defaultWorkers } from '../../src/extract/jsonl-workers.js';
import { tuning } from '../../src/read/tuning.js';
import { buildJsonlWorker } from '../helpers/jsonl-worker-bundle.js';
import { runCli } from '../helpers/run-cli.js';
import { slowOutput } from '../helpers/slow-output.js';

const FIXTURES = 'test/fixtures/extract';
const defaults = { ...tuning };

let dir = '';
let generated = '';
let worker: Awaited<ReturnType<typeof buildJsonlWorker>>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'json-workers-'));
  generated = path.join(dir, 'papers.json');
  await generateFormat('json', generated, 300_000);
  worker = await buildJsonlWorker();
});
afterAll(() => {
  worker.remove();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => Object.assign(tuning, defaults));

/** `extract --format jsonl` of `file` as text, and its problems, with `workers` threads besides the main one. */
async function extractWith(file: string, workers: number, chunkBytes = defaults.readChunkBytes, messageBytes = defaults.workerBatchBytes) {
  Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: workers, readChunkBytes: chunkBytes, workerBatchBytes: messageBytes });
  const { out, text } = slowOutput();
  const { problems } = await writeExtract([file], { format: 'jsonl' }, out);
  return { text: await text(), problems: problems.map((p) => p.message) };
}

/** UTF-8 text with each <xx> one raw byte (invalid UTF-8 there). */
function withRawBytes(text: string): Buffer {
  return Buffer.concat(text.split(/(<[0-9a-f]{2}>)/).map((part) => (/^<[0-9a-f]{2}>$/.test(part) ? Buffer.from([parseInt(part.slice(1, 3), 16)]) : Buffer.from(part, 'utf8'))));
}

/** Every awkward thing a pretty-printed array holds, each where a chunk or a message may cut it. */
const awkward = [
  '\uFEFF [',
  '  {"id": "1", "title": "Brackets ] and } and , in a string \\" still", "abstract": "https://github.com/a/one"},',
  '  {',
  '    "id": "2",\r',
  '    "title": "CRLF and Ünïcödé — 日本語 ✓",\r',
  '    "abstract": "见 https://github.com/a/ü and https://gitlab.com/g/日本 \\\\"\r',
  '  },\r',
  '  {"id": "3", "title": "bad <ff><fe> bytes", "abstract": "https://github.com/a/bad"},',
  '  [1, 2],',
  '  {"id": "4", "title": "Broken" "abstract": "https://github.com/a/broken"},',
  '  "a string",',
  '  {"id": "5", "title": "Emoji 🚀", "abstract": "The code will be released soon.", "nested": {"deep": ["https://github.com/a/deep"]}},',
  '  {"id": "6", "title": "bad again <c3>", "abstract": "https://github.com/a/again"},',
  '',
  '  {',
  '    "id": "7",',
  '    "abstract": "A long one: ' + 'words and more words, '.repeat(40) + 'https://github.com/a/long"',
  '  }',
  '] trailing',
  'more after',
].join('\n');

describe('JSON arrays on worker threads = one thread = plain path', () => {
  it('gives byte-identical output and the same problems on the fixture and a generated array', async () => {
    for (const file of [path.join(FIXTURES, 'arxiv.json'), generated]) {
      const one = await extractWith(file, 0);
      expect(one.text.length).toBeGreaterThan(100);
      expect(one.text.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(extractText(readFileSync(file, 'utf8'), file).papers);
      for (const workers of [1, 2]) {
        for (const messageBytes of [256, 64 * 1024, defaults.workerBatchBytes]) {
          expect(await extractWith(file, workers, 4096, messageBytes), `${file}, ${workers} workers, messages of ${messageBytes}`).toEqual(one);
        }
      }
    }
  });

  it('cuts chunks and messages at every awkward place: BOM, CRLF, multi-byte UTF-8, invalid bytes, bad and truncated elements, text after the array', async () => {
    const file = path.join(dir, 'awkward.json');
    writeFileSync(file, withRawBytes(awkward));
    // As the one-thread path says them: a batch's invalid UTF-8 before its elements are read.
    expect((await extractWith(file, 0)).problems).toEqual([
      `${file}:8: invalid UTF-8 replaced with U+FFFD`,
      `${file}:9: array element 4 is not an object; skipped`,
      `${file}:10: malformed JSON array element skipped`,
      `${file}:11: array element 6 is not an object; skipped`,
      `${file}:19: text after the JSON array ignored`,
    ]);
    for (const chunk of [1, 2, 3, 7, 64, 100, 4096]) {
      const one = await extractWith(file, 0, chunk);
      expect(one.text).toContain('https://github.com/a/long');
      for (const workers of [1, 2]) {
        for (const messageBytes of [1, 200, defaults.workerBatchBytes]) {
          expect(await extractWith(file, workers, chunk, messageBytes), `chunks of ${chunk} bytes, messages of ${messageBytes}, ${workers} workers`).toEqual(one);
        }
      }
    }
  });

  it('in this thread, a file (cut as bytes, each element decoded once) gives what stdin gives, and what the in-memory reader finds', async () => {
    const fromStdin = async (file: string, chunkBytes: number) => {
      const { Readable } = await import('node:stream');
      const bytes = readFileSync(file);
      const chunks = Array.from({ length: Math.ceil(bytes.length / chunkBytes) }, (_, i) => bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes));
      const { out, text } = slowOutput();
      const { problems } = await writeExtract(['-'], { format: 'jsonl', inputFormat: 'json', stdin: Readable.from(chunks) }, out);
      return {
        text: (await text()).replaceAll('"source":"-"', `"source":${JSON.stringify(file)}`),
        problems: problems.map((p) => p.message.replace(/^-:/, `${file}:`)),
      };
    };
    const awkwardFile = path.join(dir, 'awkward-stdin.json');
    writeFileSync(awkwardFile, withRawBytes(awkward));
    // Stdin is cut as bytes too (so that minified JSON, one long line, is read in pieces): the
    // in-memory reader (read/json.ts ArrayElements, on decoded lines) is the independent check.
    const inMemory = extractText(readFileSync(awkwardFile, 'utf8'), awkwardFile);
    const awkwardRun = await extractWith(awkwardFile, 0);
    expect(inMemory.papers.length).toBeGreaterThan(2);
    expect(awkwardRun.text.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(inMemory.papers);
    for (const file of [awkwardFile, path.join(FIXTURES, 'arxiv.json'), generated]) {
      for (const chunk of [7, 4096]) {
        const lines = await fromStdin(file, chunk);
        expect(lines.text.length).toBeGreaterThan(100);
        for (const messageBytes of [1, 200, defaults.workerBatchBytes]) {
          expect(await extractWith(file, 0, chunk, messageBytes), `${file}, chunks of ${chunk}, messages of ${messageBytes}`).toEqual(lines);
        }
      }
    }
  });

  it('minified JSON (the whole array on one line) is read in pieces as it comes, never held or skipped whole', async () => {
    const oneLine = path.join(dir, 'minified.json');
    // The awkward array on one line: escapes, multi-byte UTF-8, invalid bytes, bad elements and
    // trailing text, with pieces small enough to cut each of them somewhere.
    // (Without its CRs: a file of CRs and no LF is read as lines ended by CR.)
    writeFileSync(oneLine, withRawBytes(`${awkward.replaceAll('\r', '').split('\n').join('')} ["\\\\\\\"", "日本語🚀"]`));
    // The line held whole (pieces larger than the file): what the reader gave before pieces.
    Object.assign(tuning, { linePieceBytes: 1 << 30 });
    const whole = await extractWith(oneLine, 0, 4096);
    expect(whole.problems).toEqual([
      `${oneLine}:1: invalid UTF-8 replaced with U+FFFD`,
      `${oneLine}:1: array element 4 is not an object; skipped`,
      `${oneLine}:1: malformed JSON array element skipped`,
      `${oneLine}:1: array element 6 is not an object; skipped`,
      `${oneLine}:1: text after the JSON array ignored`,
    ]);
    expect(whole.text).toContain('https://github.com/a/long');
    for (const pieceBytes of [1, 2, 3, 5, 16, 100]) {
      for (const workers of [0, 2]) {
        Object.assign(tuning, { linePieceBytes: pieceBytes });
        expect(await extractWith(oneLine, workers, 7, 300), `pieces of ${pieceBytes}, ${workers} workers`).toEqual(whole);
      }
    }
    // Past the longest line a reader may hold (shrunk here from 64 MiB), a minified array is still
    // read whole, in pieces; so is a JSON Lines line that long (read/json-object-stream.ts).
    Object.assign(tuning, { maxLineBytes: 1000, linePieceBytes: 4096 });
    for (const workers of [0, 2]) expect(await extractWith(oneLine, workers, 512, 300), `a line over the limit, ${workers} workers`).toEqual(whole);
    const longLine = path.join(dir, 'long-line.jsonl');
    writeFileSync(longLine, `${JSON.stringify({ title: 'Long', abstract: `${'x '.repeat(2000)}https://github.com/a/long` })}\n{"title": "Short", "abstract": "https://github.com/a/short"}\n`);
    Object.assign(tuning, { jsonValueHeldBytes: 1000 });
    const read = await extractWith(longLine, 0, 512);
    expect(read.problems).toEqual([]);
    expect(read.text).toContain('https://github.com/a/short');
    expect(read.text).toContain('https://github.com/a/long');
    // The generated array minified: the same records, each on line 1 (its links too), as the pretty one's.
    const minified = path.join(dir, 'generated-min.json');
    writeFileSync(minified, JSON.stringify(JSON.parse(readFileSync(generated, 'utf8'))));
    Object.assign(tuning, { linePieceBytes: 4096 });
    const pretty = (await extractWith(generated, 0, 4096)).text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const fromPieces = await extractWith(minified, 2, 4096, 65536);
    expect(fromPieces.problems).toEqual([]);
    const atLineOne = (p: { source: string; line: number; links: { line: number }[] }) => ({ ...p, source: '', line: 1, links: p.links.map((l) => ({ ...l, line: 1 })) });
    expect(fromPieces.text.split('\n').filter(Boolean).map((l) => atLineOne(JSON.parse(l)))).toEqual(pretty.map(atLineOne));
  });

  it('an array cut off inside an element, and an empty array, read as in one thread', async () => {
    const truncated = path.join(dir, 'truncated.json');
    const text = readFileSync(generated, 'utf8');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    const one = await extractWith(truncated, 0, 4096);
    expect(one.problems).toHaveLength(1);
    expect(one.problems[0]).toMatch(/truncated\.json:\d+: malformed JSON array element skipped$/);
    expect(await extractWith(truncated, 2, 4096, 1000)).toEqual(one);
    const empty = path.join(dir, 'empty.json');
    writeFileSync(empty, '\n  [\n  ]\n');
    expect(await extractWith(empty, 2)).toEqual(await extractWith(empty, 0));
    expect((await extractWith(empty, 2)).problems).toEqual([`no papers in ${empty}`]);
  });

  it('only documents that start with `[` go to the workers; the others are read in this thread as before', async () => {
    expect(startsWithArray(Buffer.from('\uFEFF \r\n\t[{}]'))).toBe(true);
    expect(startsWithArray(Buffer.from('{"papers": []}'))).toBe(false);
    // White space beyond ASCII's: read/json.ts judges it (in one thread).
    expect(startsWithArray(Buffer.from('\u00a0[]'))).toBe(false);
    expect(startsWithArray(Buffer.from('   '))).toBe(false);
    const object = path.join(dir, 'object.json');
    writeFileSync(object, '{"title": "One", "abstract": "https://github.com/a/object"}\n');
    expect(await extractWith(object, 2)).toEqual(await extractWith(object, 0));
  });

  it('a JSON array smaller than workersFromBytes is read in this thread (no worker starts); from that size the workers read it', async () => {
    const one = await extractWith(generated, 0);
    const broken = path.join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('worker bug'); });\n");
    Object.assign(tuning, { workerScript: pathToFileURL(broken), workersFromBytes: statSync(generated).size + 1, extractWorkers: 2 });
    const { out, text } = slowOutput();
    const { problems } = await writeExtract([generated], { format: 'jsonl' }, out);
    expect({ text: await text(), problems: problems.map((p) => p.message) }).toEqual(one);
    // As big as the threshold, the (broken) workers do read it.
    Object.assign(tuning, { workersFromBytes: statSync(generated).size });
    await expect(writeExtract([generated], { format: 'jsonl' }, slowOutput().out)).rejects.toThrow('worker bug');
    // Unasked (no REPO_AUDIT_EXTRACT_THREADS): as many as JSON Lines gets by default — none on a busy machine.
    const env = process.env.REPO_AUDIT_EXTRACT_THREADS;
    delete process.env.REPO_AUDIT_EXTRACT_THREADS;
    try {
      // A quiet machine with two cores or more: workers.
      Object.assign(tuning, { extractWorkers: null, loadAverage: 0 });
      if (os.availableParallelism() >= 2) await expect(writeExtract([generated], { format: 'jsonl' }, slowOutput().out)).rejects.toThrow('worker bug');
      // A busy one (load at least twice the cores): one thread.
      Object.assign(tuning, { loadAverage: 2 * os.availableParallelism() });
      expect(defaultWorkers()).toBe(0);
      const output = slowOutput();
      const unasked = await writeExtract([generated], { format: 'jsonl' }, output.out);
      expect({ text: await output.text(), problems: unasked.problems.map((p) => p.message) }).toEqual(one);
    } finally {
      if (env !== undefined) process.env.REPO_AUDIT_EXTRACT_THREADS = env;
    }
  });

  it('through the CLI: `extract --format json` (with repos[]) prints the same', async () => {
    const run = async (workers: number) => {
      Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: workers, readChunkBytes: 4096, workerBatchBytes: 8192 });
      return runCli(['extract', generated, path.join(FIXTURES, 'arxiv.json'), '--format', 'json']);
    };
    const one = await run(0);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).papers.length).toBeGreaterThan(100);
    expect(await run(2)).toEqual(one);
  });
});
