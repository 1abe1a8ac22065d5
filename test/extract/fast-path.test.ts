// The streamed, bounded-memory path (what `repo-audit extract` runs: line batches, back-pressure,
// Markdown items spilled to disk) must give exactly what the plain in-memory path gives
// (`extractText`: the whole text, nothing held back or spilled), record for record.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/extract/generate.js';
import { generateMarkdown } from '../../bench/extract/generate-markdown.js';
import { extractText } from '../../src/extract/index.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';

const CORPUS = 'examples/hf-papers';
const FIXTURES = 'test/fixtures/extract';
const defaults = { ...tuning };

async function streamed(file: string): Promise<PaperRecord[]> {
  const chunks: string[] = [];
  const out = new Writable({
    // A slow consumer, so that the readers really wait for the output.
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  // Fixtures hold bad lines on purpose; the records are what is compared.
  await writeExtract([file], { format: 'jsonl' }, out);
  return chunks
    .join('')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as PaperRecord);
}

const plain = (file: string) => extractText(readFileSync(file, 'utf8'), file).papers;

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

  it('on generated real-list-shaped Markdown and arXiv-style JSONL, spilling held items to disk', async () => {
    tuning.markdownHeldInMemory = 7;
    const papers = await streamed(generated[0]!);
    expect(papers.length).toBeGreaterThan(1000);
    // Reference-style links, resolved after the spill, are among the links found.
    expect(papers.some((p) => p.links.some((l) => l.line > p.line + 10))).toBe(true);
    expect(papers).toEqual(plain(generated[0]!));
    for (const file of [...generated.slice(1), path.join(FIXTURES, 'awesome.md')]) expect(await streamed(file), file).toEqual(plain(file));
  });

  it('spills a Markdown file whose grouping items and claims depend on later reference definitions', async () => {
    tuning.markdownHeldInMemory = 1;
    const file = path.join(dir, 'refs.md');
    const { writeFileSync } = await import('node:fs');
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
    const papers = await streamed(file);
    expect(papers).toEqual(plain(file));
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
