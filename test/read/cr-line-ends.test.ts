// Text whose lines end in CR alone (classic Mac; CommonMark counts a lone CR as a line ending):
// every reader splits at LF, and such a file was one line — a Markdown list of many items one
// paper. Its chunks now get each CR turned into LF, so it reads as its LF twin does: the same
// records, on the same lines, in every format and on every path (a small file read whole, a big
// one in chunks over several passes, JSON Lines that would go to the workers, stdin).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cr-line-ends-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));

/** The records as they would be printed, without the file's name. */
const plain = (papers: PaperRecord[]) => papers.map((p) => JSON.stringify({ ...p, source: '' }));

/** `text` as an LF file and as a CR file; both extracted. */
async function both(name: string, text: string): Promise<{ lf: PaperRecord[]; cr: PaperRecord[] }> {
  const lfFile = path.join(dir, `lf-${name}`);
  const crFile = path.join(dir, `cr-${name}`);
  writeFileSync(lfFile, text);
  writeFileSync(crFile, text.replaceAll('\n', '\r'));
  const lf = await extractInputs([lfFile]);
  const cr = await extractInputs([crFile]);
  expect(cr.problems).toEqual(lf.problems.map((p) => ({ ...p, source: p.source.replace('lf-', 'cr-'), message: p.message.replace('lf-', 'cr-') })));
  return { lf: lf.papers, cr: cr.papers };
}

const items = (n: number) => `# Papers\n\n${Array.from({ length: n }, (_, i) => `- [Paper ${i}](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}) [code](https://github.com/lab/r${i})\n`).join('')}`;

describe('lines that end in CR alone', () => {
  it('a small Markdown list (read whole) has its items, on their lines', async () => {
    const { lf, cr } = await both('small.md', items(5));
    expect(cr).toHaveLength(5);
    expect(cr.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(plain(cr)).toEqual(plain(lf));
  });

  it('a big one read in chunks, over its passes', async () => {
    tuning.readChunkBytes = 4096; // ~60 chunks
    const { lf, cr } = await both('big.md', items(3000));
    expect(cr).toHaveLength(3000);
    expect(plain(cr)).toEqual(plain(lf));
  });

  it('JSON Lines big enough for the workers, a JSON array and BibTeX', async () => {
    tuning.workersFromBytes = 0; // the workers would take it, were its lines LF-ended
    const jsonl = Array.from({ length: 2000 }, (_, i) => `${JSON.stringify({ id: `p${i}`, title: `Paper ${i}`, abstract: `Code: https://github.com/lab/j${i}` })}\n`).join('');
    const jsonlRun = await both('papers.jsonl', jsonl);
    expect(jsonlRun.cr).toHaveLength(2000);
    expect(plain(jsonlRun.cr)).toEqual(plain(jsonlRun.lf));
    const array = await both('papers.json', `[\n${Array.from({ length: 50 }, (_, i) => `  {\n    "title": "P${i}",\n    "url": "https://github.com/lab/a${i}"\n  }`).join(',\n')}\n]\n`);
    expect(array.cr.map((p) => p.links[0]?.line)).toEqual(Array.from({ length: 50 }, (_, i) => 4 + 4 * i));
    expect(plain(array.cr)).toEqual(plain(array.lf));
    const bib = await both('refs.bib', '% Encoding: UTF-8\n\n@article{a,\n  title={A},\n  url={https://github.com/lab/b}\n}\n');
    expect(bib.cr.map((p) => [p.id, p.line, p.links[0]?.line])).toEqual([['a', 3, 5]]);
    expect(plain(bib.cr)).toEqual(plain(bib.lf));
  });

  it('standard input', async () => {
    const text = items(3).replaceAll('\n', '\r');
    const run = await extractInputs(['-'], { inputFormat: 'markdown', stdin: Readable.from([Buffer.from(text)]) });
    expect(run.papers.map((p) => [p.line, p.title])).toEqual([
      [3, 'Paper 0'],
      [4, 'Paper 1'],
      [5, 'Paper 2'],
    ]);
  });
});
