// A long line is not held whole. In a format whose reader cannot take a line in pieces (Markdown,
// BibTeX, a daily-papers dump…) a line past tuning.heldLineBytes (4 MiB) is read as plain text as
// it comes, a record of its own, and said so (it was held, then past 64 MiB skipped with every link
// in it). The other records are what they were. A JSON Lines line is a JSON object: held up to
// tuning.jsonValueHeldBytes (4 MiB), read as it comes past it (read/json-object-stream.ts).
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

async function read(file: string, text: string, limits: Partial<typeof tuning> = { heldLineBytes: 1000, maxLineBytes: 4000 }) {
  writeFileSync(file, text);
  // Small chunks: a long line spans several.
  Object.assign(tuning, { readChunkBytes: 256, ...limits });
  const { papers, problems } = await extractInputs([file]);
  Object.assign(tuning, defaults);
  return { papers, problems: problems.map((p) => p.message.replace(`${file}:`, '')) };
}

describe('a line too long to hold', () => {
  // YAML's parser takes ~40 bytes a character of a long one-line scalar: its lines are held up to
  // tuning.yamlHeldLineBytes (1 MiB), not heldLineBytes (RESULTS.md run 65).
  it('yaml: its own limit, yamlHeldLineBytes', async () => {
    const file = path.join(dir, 'papers.yaml');
    const text = `- title: A\n  code: https://github.com/a/a\n# ${longLine}\n- title: C\n  code: https://github.com/c/c\n`;
    const past = await read(file, text, { yamlHeldLineBytes: 1000, heldLineBytes: 1 << 30 });
    expect(past.problems).toEqual(['3: line longer than 1000 bytes read as plain text, a record of its own']);
    expect(brief(past.papers).map((p) => p.title)).toEqual([null, 'A', 'C']);
    expect(past.papers[0]!.links).toHaveLength(60);
    const within = await read(file, text, { yamlHeldLineBytes: 1 << 30, heldLineBytes: 1000 });
    expect(within.problems).toEqual([]);
    expect(brief(within.papers).map((p) => p.title)).toEqual(['A', 'C']);
  });

  for (const [format, name, input] of inputs) {
    it(`${format}: read as plain text, a record of its own; the others as without it`, async () => {
      const file = path.join(dir, name);
      const withLong = await read(file, input(longLine));
      const without = await read(file, input('Nothing here.'));
      const longLineNo = input(longLine).split('\n').indexOf(longLine) + 1;
      expect(withLong.problems).toEqual([`${longLineNo}: line longer than 1000 bytes read as plain text, a record of its own`]);
      const longRecord = withLong.papers.find((p) => p.links.some((l) => l.url.includes('long-')))!;
      expect(longRecord).toMatchObject({ line: longLineNo, title: null, promised: true });
      expect(longRecord.links.map((l) => l.url)).toEqual(Array.from({ length: 60 }, (_, i) => `https://github.com/long-${i}/repo-${i}`));
      expect(brief(withLong.papers.filter((p) => p !== longRecord))).toEqual(brief(without.papers));
    });
  }

  it('a JSON Lines line is one JSON object: read as it comes past jsonValueHeldBytes, never skipped for its length', async () => {
    const file = path.join(dir, 'papers.jsonl');
    const text = `{"title": "A", "abstract": "https://github.com/a/a"}\n{"title": "Long", "abstract": "${longLine}"}\n{"title": "C"}\n`;
    const held = await read(file, text, { heldLineBytes: 1000, maxLineBytes: 8000 });
    expect(held.problems).toEqual([]);
    expect(held.papers.map((p) => [p.title, p.links.length])).toEqual([['A', 1], ['Long', 60], ['C', 0]]);
    const streamed = await read(file, text, { heldLineBytes: 1000, maxLineBytes: 2000, linePieceBytes: 500, jsonValueHeldBytes: 1000 });
    expect(streamed).toEqual(held);
  });

  // The limit was checked only when a whole chunk held no line end: a line over it by less than
  // what the chunk ending it brought (the line starts at byte 10, the chunks end at multiples of
  // 256: at 1 and 13 bytes over, the 1,000th byte and the newline are both in the chunk 768–1023)
  // was held and read as usual.
  for (const over of [1, 13, 100]) {
    it(`a line ${over} bytes over the limit is caught wherever it ends`, async () => {
      const file = path.join(dir, `just-over-${over}.md`);
      const lineOf = (bytes: number) => {
        const start = '- https://github.com/just/over ';
        return start + 'x'.repeat(bytes - start.length);
      };
      const text = (line: string) => `# Papers\n\n${line}\n\n- [C](https://arxiv.org/abs/2401.00003) [[Code](https://github.com/c/c)]\n`;
      const over1 = await read(file, text(lineOf(1000 + over)));
      expect(over1.problems).toEqual(['3: line longer than 1000 bytes read as plain text, a record of its own']);
      expect(over1.papers.filter((p) => p.links.some((l) => l.url.endsWith('/just/over')))).toMatchObject([{ line: 3, title: null }]);
      // At the limit the line is a list item, read as Markdown: titled by its text.
      const atLimit = await read(file, text(lineOf(1000)));
      expect(atLimit.problems).toEqual([]);
      const item = atLimit.papers.filter((p) => p.links.some((l) => l.url.endsWith('/just/over')));
      expect(item).toMatchObject([{ line: 3 }]);
      expect(item[0]!.title).toMatch(/^x{100}/);
    });
  }
});
