// A line past tuning.maxLineBytes (64 MiB) is not held. In a format whose reader cannot take a line
// in pieces (Markdown, BibTeX, a daily-papers dump…) it was skipped, every link in it lost; it is
// now read as plain text as it comes, a record of its own, and said so. The other records are what
// they were. A JSON Lines line is a JSON object: still skipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { InputFormat } from '../../src/types.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));
const dir = mkdtempSync(path.join(os.tmpdir(), 'over-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ~6 KB on one line: 60 links, words past ASCII, a promise at its end. */
const longLine = `${Array.from({ length: 60 }, (_, i) => `Paper ${i} ünï ⭐ https://github.com/long-${i}/repo-${i}, see it.`).join(' ')} Code will be released soon.`;

const inputs: [InputFormat, string, (long: string) => string][] = [
  ['markdown', 'list.md', (long) => `# Papers\n\n- [A](https://arxiv.org/abs/2401.00001) [[Code](https://github.com/a/a)]\n\n${long}\n\n- [C](https://arxiv.org/abs/2401.00003) [[Code](https://github.com/c/c)]\n`],
  ['bibtex', 'refs.bib', (long) => `@article{a, title={A}, url={https://github.com/a/a}}\n${long}\n@article{c, title={C}, url={https://github.com/c/c}}\n`],
];

/** Each record as its line, title and links' URLs. */
const brief = (papers: { line: number; title: string | null; links: { url: string }[] }[]) => papers.map((p) => ({ line: p.line, title: p.title, urls: p.links.map((l) => l.url) }));

async function read(file: string, text: string) {
  writeFileSync(file, text);
  // Small chunks: the limit is checked when a chunk holds no line end.
  Object.assign(tuning, { maxLineBytes: 1000, readChunkBytes: 256 });
  const { papers, problems } = await extractInputs([file]);
  Object.assign(tuning, defaults);
  return { papers, problems: problems.map((p) => p.message.replace(`${file}:`, '')) };
}

describe('a line too long to hold', () => {
  for (const [format, name, input] of inputs) {
    it(`${format}: read as plain text, a record of its own; the others as without it`, async () => {
      const file = path.join(dir, name);
      const withLong = await read(file, input(longLine));
      const without = await read(file, input('Nothing here.'));
      const longLineNo = input(longLine).split('\n').indexOf(longLine) + 1;
      expect(withLong.problems).toEqual([`${longLineNo}: line longer than 0 MiB read as plain text, a record of its own`]);
      const longRecord = withLong.papers.find((p) => p.links.some((l) => l.url.includes('long-')))!;
      expect(longRecord).toMatchObject({ line: longLineNo, title: null, promised: true });
      expect(longRecord.links.map((l) => l.url)).toEqual(Array.from({ length: 60 }, (_, i) => `https://github.com/long-${i}/repo-${i}`));
      expect(brief(withLong.papers.filter((p) => p !== longRecord))).toEqual(brief(without.papers));
    });
  }

  it('a JSON Lines line is still skipped: it is one JSON object', async () => {
    const file = path.join(dir, 'papers.jsonl');
    const { papers, problems } = await read(file, `{"title": "A", "abstract": "https://github.com/a/a"}\n{"title": "Long", "abstract": "${longLine}"}\n{"title": "C"}\n`);
    expect(problems).toEqual(['2: line longer than 0 MiB skipped']);
    expect(papers.map((p) => p.title)).toEqual(['A', 'C']);
  });
});
