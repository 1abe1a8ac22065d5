// The streamed, bounded-memory path (what `repo-audit extract` runs: line batches, back-pressure,
// a Markdown file read in three passes, Markdown from stdin spilled to disk, JSON Lines on worker
// threads) must give exactly what the plain in-memory path gives (`extractText`: the whole text,
// nothing held back), record for record.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/extract/generate.js';
import { generateMarkdown } from '../../bench/extract/generate-markdown.js';
import { extractInputs, extractText } from '../../src/extract/index.js';
import { jsonlWorkersFor } from '../../src/extract/jsonl-workers.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';
import { buildJsonlWorker } from '../helpers/jsonl-worker-bundle.js';
import { runCli } from '../helpers/run-cli.js';
import { slowOutput } from '../helpers/slow-output.js';

const CORPUS = 'examples/hf-papers';
const FIXTURES = 'test/fixtures/extract';
const defaults = { ...tuning };

/** `file` streamed as stdin in pieces of 1 to 13 bytes: every line break, CR LF pair and UTF-8 sequence gets cut somewhere. */
function choppedStdin(file: string): Readable {
  const bytes = readFileSync(file);
  let at = 0;
  let n = 0;
  return new Readable({
    read() {
      // Big pieces too, or a large list would take minutes; the small ones come every few.
      const size = n++ % 4 === 0 ? 1 + (n % 13) : 4096 + (n % 7);
      this.push(at < bytes.length ? bytes.subarray(at, (at += size)) : null);
    },
  });
}

async function streamed(file: string, stdin?: Readable): Promise<PaperRecord[]> {
  const { out, text } = slowOutput();
  // Fixtures hold bad lines on purpose; the records are what is compared.
  await writeExtract([stdin ? '-' : file], stdin ? { format: 'jsonl', stdin, inputFormat: 'markdown' } : { format: 'jsonl' }, out);
  return (await text())
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as PaperRecord);
}

const plain = (file: string, source = file) => extractText(readFileSync(file, 'utf8'), source, file.endsWith('.md') ? 'markdown' : undefined).papers;

/** A Markdown file read three ways — three passes over the file, stdin in one pass (spilling), in memory — gives one result. */
async function expectSameMarkdown(file: string): Promise<PaperRecord[]> {
  const papers = await streamed(file);
  expect(papers, file).toEqual(plain(file));
  tuning.markdownHeldInMemory = Math.min(tuning.markdownHeldInMemory, 3);
  expect(await streamed(file, choppedStdin(file)), `${file} from stdin`).toEqual(plain(file, '-'));
  return papers;
}

let dir = '';
const generated: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fast-path-'));
  // Large enough to spill with the default limits shrunk below, in the shapes real lists use.
  await generateMarkdown(path.join(dir, 'list.md'), 400_000);
  await generate(path.join(dir, 'abstracts.jsonl'), 400_000);
  generated.push(path.join(dir, 'list.md'), path.join(dir, 'abstracts.jsonl'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => Object.assign(tuning, defaults));

const corpus = () => [
  ...readdirSync(CORPUS).map((f) => path.join(CORPUS, f)),
  ...['awesome.md', 'arxiv.jsonl', 'arxiv.json', 'papers.bib'].map((f) => path.join(FIXTURES, f)),
];

describe('fast path = plain path', () => {
  it('on every corpus file and fixture, with the default limits', async () => {
    for (const file of corpus()) expect(await streamed(file), file).toEqual(plain(file));
  });

  it('on generated real-list-shaped Markdown and arXiv-style JSONL, from a file and from stdin (spilling held items to disk)', async () => {
    const papers = await expectSameMarkdown(generated[0]!);
    expect(papers.length).toBeGreaterThan(1000);
    // Reference-style links, resolved after the items, are among the links found.
    expect(papers.some((p) => p.links.some((l) => l.line > p.line + 10))).toBe(true);
    // Badge-wrapped links, <details> abstracts and "code coming soon" items are in the list.
    expect(papers.some((p) => p.promised)).toBe(true);
    await expectSameMarkdown(path.join(FIXTURES, 'awesome.md'));
    for (const file of generated.slice(1)) expect(await streamed(file), file).toEqual(plain(file));
  });

  it('on a generated list with CRLF line ends, multi-byte text and a file record, cut at every kind of place', async () => {
    const crlf = path.join(dir, 'crlf.md');
    const text = readFileSync(generated[0]!, 'utf8').slice(0, 120_000);
    // Text outside the items (a file record with a promise), non-ASCII titles, a NO-BREAK SPACE before a bullet.
    const extra = '\nThe code will be released soon — 代码即将发布。\n\n\u00a0- Ünïcödé ⭐ [code](https://github.com/u/ü)\n- 模型 https://gitee.com/a/b\n';
    writeFileSync(crlf, (text.slice(0, text.lastIndexOf('\n') + 1) + extra).replace(/\n/g, '\r\n'));
    const papers = await expectSameMarkdown(crlf);
    expect(papers[0]!.promised).toBe(true);
    expect(papers.some((p) => p.title?.includes('Ünïcödé'))).toBe(true);
  });

  it('on Markdown files read in small chunks (each pass reads into one reused buffer), cut inside lines and characters', async () => {
    const file = path.join(dir, 'chunks.md');
    const text = readFileSync(generated[0]!, 'utf8').slice(0, 60_000);
    writeFileSync(file, `${text.slice(0, text.lastIndexOf('\n') + 1)}\u00a0- Ünïcödé ⭐ [code](https://github.com/u/ü)\n[s]: https://github.com/ref/def\n`);
    for (const chunkBytes of [97, 4096]) {
      tuning.readChunkBytes = chunkBytes;
      expect(await streamed(file), `${chunkBytes}-byte chunks`).toEqual(plain(file));
    }
  });

  it('on Markdown whose structure each pass must see alike: fences, definitions, tables, grouping items, odd white space', async () => {
    const file = path.join(dir, 'structure.md');
    writeFileSync(
      file,
      [
        '# Title # ',
        'Intro with [a shortcut][s] and [Shortcut].',
        '```',
        '[s]: https://github.com/in/fence',
        '- not an item',
        '```',
        '   [s]: https://github.com/a/first',
        '[S]:  <https://github.com/a/second>  "title"',
        '[shortcut]: https://gitlab.com/g/shortcut',
        '* Group',
        '  + Child [x][s]',
        '    1) Grandchild https://github.com/a/grand',
        '  ~~~',
        '  [n]: https://github.com/a/indented-fence',
        '  ~~~',
        'lazy continuation https://github.com/a/lazy',
        '',
        'A paragraph that ends the list https://github.com/a/para',
        '| Paper | Code |',
        '|:--|--:|',
        '| [Row one](https://arxiv.org/abs/2301.00001) | [code][n] |',
        '|Row two|https://github.com/a/row2|',
        'not a row',
        '| Name [h][shortcut] | x |',
        '| --- | --- |',
        '| *Header ref row* | 1 |',
        '- [n]: https://github.com/a/bullet-not-definition',
        '\u00a0\u00a0- nbsp item https://github.com/a/nbsp',
        '\u3000# not a heading https://github.com/a/ideographic-space',
        '\t-\ttab item https://github.com/a/tab',
        '    indented code https://github.com/a/code',
        '-',
        '10. numbered [code][unknown]',
        '- refs [Tab\tLabel][] [a [b] c] [ Spaced \u00a0  ID ][] [empty][] [x][ ] [unclosed',
        '[tab label]: https://github.com/a/tab-label',
        '[b]: https://github.com/a/b',
        '[spaced id]: https://github.com/a/spaced',
        '[n]: https://github.com/a/n',
        '[unused]: https://github.com/a/unused',
        '',
      ].join('\n'),
    );
    const papers = await expectSameMarkdown(file);
    // What the one-pass reader gave before lines were classified by their first character.
    expect(papers.map((p) => [p.line, p.title, p.links.map((l) => l.url.replace('https://', ''))])).toEqual([
      [1, 'Title', ['github.com/in/fence', 'github.com/a/para', 'github.com/a/ideographic-space', 'gitlab.com/g/shortcut', 'github.com/a/b', 'github.com/a/unused']],
      [11, 'Child x', ['github.com/a/second']],
      [12, 'Grandchild', ['github.com/a/grand', 'github.com/a/indented-fence', 'github.com/a/lazy', 'github.com/a/n']],
      [21, 'Row one', ['arxiv.org/abs/2301.00001', 'github.com/a/n']],
      [22, 'Row two', ['github.com/a/row2']],
      [26, 'Header ref row', []],
      [27, 'n', ['github.com/a/bullet-not-definition', 'github.com/a/n']],
      [28, 'nbsp item', ['github.com/a/nbsp']],
      [30, 'tab item', ['github.com/a/tab', 'github.com/a/code']],
      [32, null, []],
      [33, 'numbered', []],
      [34, 'refs Tab Label a b c Spaced ID empty x unclosed', ['github.com/a/tab-label', 'github.com/a/spaced']],
    ]);
  });

  it('resolves thousands of reference definitions with multi-byte ids and URLs, redefined and unused ones, alike', async () => {
    const file = path.join(dir, 'many-refs.md');
    const lines = ['# Many refs'];
    for (let i = 0; i < 3000; i++) lines.push(`- Paper ${i} [code][Ré ${i}] [paper][p${i}]`);
    for (let i = 2999; i >= 0; i--) {
      lines.push(`[ré ${i}]: https://github.com/o/r${i}/tree/main/ü${i}`, `[P${i}]: <https://arxiv.org/abs/2301.${String(i).padStart(5, '0')}>`);
      if (i % 500 === 0) lines.push(`[ré ${i}]: https://gitlab.com/g/redefined${i}`, `[unused ${i}]: https://github.com/u/unused${i}`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const papers = await expectSameMarkdown(file);
    expect(papers).toHaveLength(3001);
    expect(papers[0]!.links.map((l) => l.url)).toEqual(Array.from({ length: 6 }, (_, k) => `https://github.com/u/unused${2500 - k * 500}`));
    expect(papers[1]!.links.map((l) => l.url)).toEqual(['https://gitlab.com/g/redefined0', 'https://arxiv.org/abs/2301.00000']);
    expect(papers[2]!.links.map((l) => [l.url, l.line])).toEqual([
      ['https://github.com/o/r1/tree/main/%C3%BC1', 9008],
      ['https://arxiv.org/abs/2301.00001', 9009],
    ]);
  });

  it('reads a Markdown file whose grouping items and claims depend on later reference definitions', async () => {
    const file = path.join(dir, 'refs.md');
    writeFileSync(
      file,
      [
        '# Refs',
        '- Group with a later reference [code][g]',
        '  - child https://github.com/a/child',
        '- Group without',
        '  - child2',
        '- The code is available on our GitHub [repo][c]',
        '- The code is available on our GitHub, no link',
        '| a | b |',
        '|---|---|',
        '| row [x][r] | 1 |',
        '',
        '[g]: https://github.com/a/group',
        '[c]: https://github.com/a/claimed',
        '[r]: https://gitlab.com/g/row',
        '[unused]: https://github.com/a/unused',
        '',
      ].join('\n'),
    );
    tuning.markdownHeldInMemory = 1;
    const papers = await expectSameMarkdown(file);
    expect(papers.map((p) => [p.line, p.claimsCodeWithoutLink, p.links.map((l) => l.url)])).toEqual([
      [1, false, ['https://github.com/a/unused']],
      [2, false, ['https://github.com/a/group']],
      [3, false, ['https://github.com/a/child']],
      [5, false, []],
      [6, false, ['https://github.com/a/claimed']],
      [7, true, []],
      [10, false, ['https://gitlab.com/g/row']],
    ]);
  });
});

describe('worker threads (JSON Lines) = one thread = plain path', () => {
  let worker: Awaited<ReturnType<typeof buildJsonlWorker>>;
  beforeAll(async () => {
    worker = await buildJsonlWorker();
  });
  afterAll(() => worker.remove());

  /** `extract --format jsonl` of `file` as text, and its problems, with `workers` threads besides the main one. */
  async function extractWith(file: string, workers: number, chunkBytes = defaults.readChunkBytes, batchBytes = defaults.workerBatchBytes) {
    Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: workers, readChunkBytes: chunkBytes, workerBatchBytes: batchBytes });
    expect(jsonlWorkersFor(file)).toBe(workers);
    const { out, text } = slowOutput();
    const { problems } = await writeExtract([file], { format: 'jsonl' }, out);
    return { text: await text(), problems: problems.map((p) => p.message) };
  }

  /** Every awkward thing a JSON Lines file holds, each where a chunk may cut it. */
  const awkward = [
    '\uFEFF{"id":"1","title":"BOM first","abstract":"https://github.com/a/bom"}',
    '{"id":"2","title":"CRLF","abstract":"code at https://github.com/a/crlf."}\r',
    '',
    '   ',
    '{"id":"3","title":"Ünïcödé — 日本語 ✓","abstract":"见 https://github.com/a/ü and https://gitlab.com/g/日本"}',
    '{"id":"4","title":"Broken", "abstract": "https://github.com/a/broken',
    '[1,2]',
    '{"id":"5","title":"bad <ff><fe> bytes","abstract":"https://github.com/a/bad"}',
    '{"id":"6","title":"Emoji 🚀","abstract":"The code will be released soon."}\r',
    '{"id":"7","title":"bad again <c3>","abstract":"https://github.com/a/again"}',
    'not json at all',
    '{"id":"8","title":"Last, truncated","abstract":"https://github.com/a/la',
  ];

  it('gives byte-identical output and the same problems on the fixture, the corpus pins and generated arXiv JSONL', async () => {
    for (const file of [path.join(FIXTURES, 'arxiv.jsonl'), generated[1]!]) {
      const one = await extractWith(file, 0);
      expect(one.text.length).toBeGreaterThan(100);
      for (const workers of [1, 2]) expect(await extractWith(file, workers), `${file}, ${workers} workers`).toEqual(one);
      expect(one.text.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(plain(file));
    }
  });

  it('cuts chunks at every awkward place: BOM, CRLF, multi-byte UTF-8, invalid bytes, malformed and truncated lines', async () => {
    const file = path.join(dir, 'awkward.jsonl');
    // UTF-8 text, with each <xx> one raw byte (invalid UTF-8 there); no newline after the last line.
    const bytes = Buffer.concat(
      awkward.join('\n').split(/(<[0-9a-f]{2}>)/).map((part) => (/^<[0-9a-f]{2}>$/.test(part) ? Buffer.from([parseInt(part.slice(1, 3), 16)]) : Buffer.from(part, 'utf8'))),
    );
    writeFileSync(file, bytes);
    // As today's one-thread path says them: a batch's invalid UTF-8 is found when it is decoded,
    // before its lines are read; the second invalid line (10) is not repeated.
    expect((await extractWith(file, 0)).problems).toEqual([
      `${file}:8: invalid UTF-8 replaced with U+FFFD`,
      `${file}:6: malformed JSON line skipped (column 69)`,
      `${file}:7: JSON line is not an object; skipped`,
      `${file}:11: malformed JSON line skipped`,
      `${file}:12: malformed JSON line skipped (column 72)`,
    ]);
    for (const chunk of [1, 2, 3, 5, 7, 64, 100, 4096]) {
      const one = await extractWith(file, 0, chunk);
      expect(one.text.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(plain(file));
      // Each chunk's batches in a message of their own, several chunks' together, all in one.
      for (const workers of [1, 2]) {
        for (const batch of [chunk, 3 * chunk, defaults.workerBatchBytes]) {
          expect(await extractWith(file, workers, chunk, batch), `chunks of ${chunk} bytes, messages of ${batch}, ${workers} workers`).toEqual(one);
        }
      }
    }
  });

  it('reads into buffers it reuses, lent to the workers and back, without mixing up their bytes', async () => {
    // Many more messages than buffers: every buffer is read into again and again while others are
    // out, and so is every buffer of the workers' JSON lines (sent back once written).
    const file = generated[1]!;
    const one = await extractWith(file, 0, 4096);
    for (const [chunk, batch] of [
      [4096, 4096],
      [4096, 3 * 4096 + 1],
      [65_537, 65_537],
    ] as const) {
      for (const workers of [1, 2, 3]) expect(await extractWith(file, workers, chunk, batch), `chunks of ${chunk}, messages of ${batch}, ${workers} workers`).toEqual(one);
    }
  });

  it('a UTF-16 file is read as the one-thread path reads it (the stream turns it into UTF-8)', async () => {
    const file = path.join(dir, 'utf16.jsonl');
    const text = `${readFileSync(path.join(FIXTURES, 'arxiv.jsonl'), 'utf8')}{"title":"Ünïcödé","abstract":"https://github.com/a/utf16"}\n`;
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const one = await extractWith(file, 0, 4096);
    expect(one.text).toContain('https://github.com/a/utf16');
    expect(await extractWith(file, 2, 4096)).toEqual(one);
  });

  it('through the CLI: `extract` (json, with repos[]) prints the same', async () => {
    const file = generated[1]!;
    const run = async (workers: number) => {
      Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: workers, readChunkBytes: 4096 });
      return runCli(['extract', file, path.join(FIXTURES, 'arxiv.jsonl'), '--format', 'json']);
    };
    const one = await run(0);
    expect(one.code).toBe(2); // the fixture's bad lines, one stderr line each
    expect(one.stderr).toContain('arxiv.jsonl:2: malformed JSON line skipped (column ');
    expect(JSON.parse(one.stdout).papers.length).toBeGreaterThan(100);
    expect(await run(2)).toEqual(one);
  });

  it("in extractInputs, the extraction `audit` and `harvest` run first", async () => {
    const inputs = [generated[1]!, path.join(FIXTURES, 'arxiv.jsonl')];
    Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: 0, readChunkBytes: 4096 });
    const one = await extractInputs(inputs);
    Object.assign(tuning, { extractWorkers: 2 });
    expect(jsonlWorkersFor(inputs[0]!)).toBe(2);
    expect(await extractInputs(inputs)).toEqual(one);
  });

  it('a worker that fails stops the extraction with its error (a bug reaches the top), never a hang', async () => {
    const broken = path.join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('worker bug'); });\n");
    Object.assign(tuning, { workersFromBytes: 0, extractWorkers: 2, readChunkBytes: 4096 });
    tuning.workerScript = pathToFileURL(broken);
    await expect(extractInputs([generated[1]!])).rejects.toThrow('worker bug');
  });
});
