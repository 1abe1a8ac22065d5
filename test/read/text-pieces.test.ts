// A plain-text line longer than tuning.linePieceBytes comes to the text reader in pieces, each given
// to the record as it comes (held whole, a 53 MB line of links took 240 MiB; past maxLineBytes it
// was skipped). Cut anywhere — inside a link, inside a promise, inside a UTF-8 sequence — the
// record must be the one the whole line gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractInputs, extractText } from '../../src/extract/index.js';
import { tuning } from '../../src/read/tuning.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));
const dir = mkdtempSync(path.join(os.tmpdir(), 'text-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One long line: links of every length, words past ASCII, and a promise that ends the line. */
const longLine = [
  ...Array.from({ length: 300 }, (_, i) => `Work ${i} ünï ⭐ at https://github.com/owner-${i}/${'r'.repeat(i % 40)}x-${i}.`),
  'The code will be released soon.',
].join(' ');

async function read(text: string, pieceBytes: number) {
  const file = path.join(dir, `in-${pieceBytes}.txt`);
  writeFileSync(file, text);
  Object.assign(tuning, { linePieceBytes: pieceBytes, readChunkBytes: Math.max(7, pieceBytes >> 1) });
  const result = await extractInputs([file], { inputFormat: 'text' });
  Object.assign(tuning, defaults);
  return { papers: result.papers.map((p) => ({ ...p, source: 'in.txt' })), problems: result.problems.map((p) => p.message.replace(file, 'in.txt')) };
}

describe('plain text in pieces', () => {
  const inputs: [string, string][] = [
    ['a long line between short ones', `before https://gitlab.com/a/b\n${longLine}\nafter https://github.com/after/line\n`],
    ['the input ending inside the long line', `intro\n${longLine}`],
    ['a long blank line between paragraphs', `Code will be\n${' '.repeat(5000)}\nhttps://github.com/x/y released.\n`],
    ['nothing but a long line', longLine],
  ];
  for (const [name, text] of inputs) {
    it(`${name}: the record the whole line gives, in pieces of any size`, async () => {
      const whole = extractText(text, 'in.txt', 'text');
      expect(whole.papers).toHaveLength(1);
      for (const pieceBytes of [16, 100, 4096]) {
        const { papers, problems } = await read(text, pieceBytes);
        expect(problems).toEqual([]);
        expect(papers).toEqual(whole.papers);
      }
    });
  }

  it('what the pieces are compared with: 300 links, each on the long line, and its promise', async () => {
    const whole = extractText(`intro\n${longLine}`, 'in.txt', 'text').papers[0]!;
    expect(whole.promised).toBe(true);
    expect(whole.links).toHaveLength(300);
    expect(new Set(whole.links.map((l) => l.line))).toEqual(new Set([2]));
    expect(whole.links.at(-1)!.url).toBe(`https://github.com/owner-299/${'r'.repeat(299 % 40)}x-299`);
  });

  it('a line past maxLineBytes is read, not skipped', async () => {
    const file = path.join(dir, 'over-long.txt');
    writeFileSync(file, `${longLine}\n`);
    Object.assign(tuning, { maxLineBytes: 1000, linePieceBytes: 512, readChunkBytes: 256 });
    const { papers, problems } = await extractInputs([file], { inputFormat: 'text' });
    expect(problems).toEqual([]);
    expect(papers[0]!.links).toHaveLength(300);
  });
});
