// A big Markdown file read whole by one worker thread (extract/markdown-file-thread.ts) must print
// exactly what the main thread prints, byte for byte, with the same problems (file and line).
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../bench/extract/generate-markdown.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { markdownFileWorkerFor } from '../../src/extract/markdown-file-thread.js';
import { tuning } from '../../src/read/tuning.js';
import { buildMarkdownWorker } from '../helpers/markdown-worker-bundle.js';
import { slowOutput } from '../helpers/slow-output.js';

const defaults = { ...tuning };
const savedThreads = process.env.REPO_AUDIT_EXTRACT_THREADS;
let worker: Awaited<ReturnType<typeof buildMarkdownWorker>>;
let dir: string;

beforeAll(async () => {
  worker = await buildMarkdownWorker('markdown-file-worker');
  dir = mkdtempSync(path.join(os.tmpdir(), 'markdown-file-thread-'));
});
afterAll(() => {
  worker.remove();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  Object.assign(tuning, defaults);
  if (savedThreads === undefined) delete process.env.REPO_AUDIT_EXTRACT_THREADS;
  else process.env.REPO_AUDIT_EXTRACT_THREADS = savedThreads;
});

/** `extract --format FORMAT` of `file` as printed to a slow output, and its problems, in a worker or not. */
async function extractWith(file: string, inWorker: boolean, format: 'jsonl' | 'json' = 'jsonl') {
  Object.assign(tuning, { markdownFileWorkerScript: worker.script, markdownWorkersFromBytes: 0, markdownFileWorker: inWorker, extractWorkers: null });
  const { out, text } = slowOutput();
  const { problems, papers } = await writeExtract([file], { format }, out);
  return { text: await text(), papers, problems: problems.map((p) => p.message) };
}

/** A list with a bad byte (line 4), a reference used before its definition, a table and a fence. */
const AWKWARD = [
  '# List',
  '- item [code][shared] https://github.com/a/item',
  '  continued https://github.com/a/continued',
  '- bad byte \uFFFD here https://github.com/a/bad',
  '| Paper | Code |',
  '|---|---|',
  '| [Row](https://arxiv.org/abs/2301.00001) | [c](https://github.com/a/row) |',
  '```',
  '- not an item https://github.com/in/fence',
  '```',
  '- promise: code coming soon',
  '[shared]: https://github.com/def/shared',
];

describe('a Markdown file read whole by a worker thread = the main thread', () => {
  it('prints the same bytes and names the same problem at its file and line, in chunks of every size', async () => {
    const file = path.join(dir, 'awkward.md');
    // UTF-8 with one invalid byte where U+FFFD stands.
    const [before, after] = AWKWARD.join('\n').split('\uFFFD');
    writeFileSync(file, Buffer.concat([Buffer.from(before!), Buffer.from([0xff]), Buffer.from(after!)]));
    const one = await extractWith(file, false);
    expect(one.text.split('\n').filter((l) => l !== '').length).toBe(one.papers);
    expect(one.problems).toEqual([`${file}:4: invalid UTF-8 replaced with U+FFFD`]);
    for (const chunkBytes of [7, 97, 4096]) {
      tuning.readChunkBytes = chunkBytes;
      expect(await extractWith(file, true), `${chunkBytes}-byte chunks`).toEqual(one);
    }
  });

  it('prints the same bytes for a generated real-list-shaped file, through a slow output', async () => {
    const file = path.join(dir, 'list.md');
    await generateMarkdown(file, 1_500_000);
    const one = await extractWith(file, false);
    expect(one.papers).toBeGreaterThan(3000);
    // Many messages, so the worker waits for the slow output's answers many times.
    expect(one.text.length).toBeGreaterThan(20 * 64 * 1024);
    expect(await extractWith(file, true)).toEqual(one);
  });

  it('prints records longer than the output buffer, and multi-byte text, whole (each chunk written holds whole lines)', async () => {
    const file = path.join(dir, 'long.md');
    const items = Array.from({ length: 3000 }, (_, i) => `- Ünïcödé papér ${i} — 論文 https://github.com/a/r${i}`);
    // A record's JSON line past the output's 256 KiB buffer, between short ones.
    const many = Array.from({ length: 3000 }, (_, k) => `https://github.com/wörd/long${k}`).join(' ');
    items.splice(1500, 0, `- Long ${many}`);
    writeFileSync(file, `# List\n${items.join('\n')}\n`);
    const one = await extractWith(file, false);
    expect(Math.max(...one.text.split('\n').map((l) => Buffer.byteLength(l)))).toBeGreaterThan(256 * 1024);
    expect(one.text).not.toContain('\uFFFD');
    expect(await extractWith(file, true)).toEqual(one);
    // Every chunk the worker's records are written in ends a line.
    const chunks: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    await writeExtract([file], { format: 'jsonl' }, out);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.filter((c) => c[c.length - 1] !== 10)).toEqual([]);
    expect(Buffer.concat(chunks).toString()).toBe(one.text);
    // A file's buffers are filled again once written: what lands in the file is still the same.
    const outFile = path.join(dir, 'long.jsonl');
    const fileOut = createWriteStream(outFile);
    await writeExtract([file], { format: 'jsonl' }, fileOut);
    await new Promise((resolve) => fileOut.end(resolve));
    expect(readFileSync(outFile, 'utf8')).toBe(one.text);
  });

  it('says "no papers" for a file of blank lines only, as the main thread does', async () => {
    const file = path.join(dir, 'blank.md');
    writeFileSync(file, '\n\n  \n');
    const one = await extractWith(file, false);
    expect(one.problems).toEqual([`no papers in ${file} (the input is empty)`]);
    expect(await extractWith(file, true)).toEqual(one);
  });

  it('is used only when asked for, for a big file with JSON Lines out', async () => {
    const file = path.join(dir, 'small.md');
    writeFileSync(file, AWKWARD.join('\n'));
    Object.assign(tuning, { markdownFileWorkerScript: worker.script, markdownWorkersFromBytes: 0, markdownFileWorker: true });
    expect(markdownFileWorkerFor(file)).toBe(true);
    expect(markdownFileWorkerFor(path.join(dir, 'missing.md'))).toBe(false);
    tuning.markdownWorkersFromBytes = 1 << 20;
    expect(markdownFileWorkerFor(file)).toBe(false);
    Object.assign(tuning, { markdownWorkersFromBytes: 0, markdownFileWorker: null });
    expect(markdownFileWorkerFor(file)).toBe(false); // not by default (bench/extract/RESULTS.md run 16)
    process.env.REPO_AUDIT_EXTRACT_THREADS = '1';
    expect(markdownFileWorkerFor(file)).toBe(false);
    process.env.REPO_AUDIT_EXTRACT_THREADS = '2';
    expect(markdownFileWorkerFor(file)).toBe(false);
    tuning.markdownFileWorkerScript = null;
    tuning.markdownFileWorker = true;
    // Running from the sources: no built worker script, so the main thread.
    expect(markdownFileWorkerFor(file)).toBe(false);
    // Other output formats stay on the main thread (records as objects) and print the same.
    const json = await extractWith(file, false, 'json');
    expect(await extractWith(file, true, 'json')).toEqual(json);
  });
});
