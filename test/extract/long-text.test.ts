// A text of megabytes in one piece (one line of a minified page, one JSON string): RecordBuilder
// collects its links a megabyte at a time, cut after a blank, so the limits on links held are
// checked between pieces (extract/record.ts collectInPieces); splitLines joins a line that spans
// many chunks once (read/lines.ts). Nothing about the links may change: the same URLs, in order,
// once each, with the line each starts on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { collectLinks } from '../../src/extract/links.js';
import { RecordBuilder } from '../../src/extract/record.js';
import { tuning } from '../../src/read/tuning.js';
import { splitLines } from '../../src/read/lines.js';
import type { Link } from '../../src/types.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));
const dir = mkdtempSync(path.join(os.tmpdir(), 'long-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * ~2.6 MB of links separated by single blanks and newlines, URLs repeated far apart (kept once),
 * so pieces of a megabyte must be cut after a blank, not inside a URL, and count lines across cuts.
 */
function longText(): string {
  const parts: string[] = [];
  for (let i = 0; i < 80_000; i++) parts.push(`https://github.com/o${(i % 70_001) % 977}/r${i % 70_001}${i % 1000 === 999 ? '\n' : ' '}`);
  return `Code at ${parts.join('')}end.`;
}

const plain = (links: readonly Link[]) => links.map((l) => `${l.line} ${l.url}`);

describe('a text of megabytes', () => {
  it('gives the links collectLinks finds in it whole, in pieces and with the links moved to disk', () => {
    const text = longText();
    expect(text.length).toBeGreaterThan(2 * (1 << 20));
    const whole = plain(collectLinks(text, 7, []));
    expect(whole.length).toBe(70_001);
    expect(whole.at(-1)).toMatch(/^\d+ https:\/\/github\.com\/o\d+\/r\d+$/);
    const inMemory = new RecordBuilder('x.md', 7);
    inMemory.addText(text, 7);
    expect(plain(inMemory.finish().links)).toEqual(whole);
    // Few links held before they go to a file, and URLs to an index on disk: the limits are checked between pieces.
    tuning.recordLinksInMemory = 1000;
    tuning.recordUrlsInMemory = 5000;
    const onDisk = new RecordBuilder('x.md', 7);
    onDisk.addText(text, 7);
    expect(plain([...onDisk.finish().links])).toEqual(whole);
  });

  it('one line longer than many read chunks is read as it is, and an over-long one is skipped', async () => {
    const line = longText().replaceAll('\n', ' ');
    const file = path.join(dir, 'one-line.md');
    writeFileSync(file, `# List\n${line}\nafter https://github.com/after/line\n`);
    tuning.readChunkBytes = 64 * 1024; // the line spans ~40 chunks
    const { papers, problems } = await extractInputs([file]);
    expect(problems).toEqual([]);
    const links = papers.flatMap((p) => p.links);
    expect(links.filter((l) => l.line === 2)).toHaveLength(70_001);
    expect(links.at(-1)).toMatchObject({ url: 'https://github.com/after/line', line: 3 });
    // splitLines itself: the line comes whole, numbered, between its neighbours.
    const batches: [number, string][] = [];
    const chunks = async function* () {
      const bytes = Buffer.from(`a\n${line}\nb`);
      for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096);
    };
    await splitLines(chunks(), { batch: (bytes, first) => (batches.push([first, bytes.toString()]), bytes.toString().split('\n').length), problem: () => {} });
    expect(batches.map(([first, text]) => [first, text.length])).toEqual([
      [1, 1],
      [2, line.length],
      [3, 1],
    ]);
    const problems2: string[] = [];
    const seen: number[] = [];
    await splitLines(chunks(), { batch: (bytes, first) => (seen.push(first), bytes.toString().split('\n').length), problem: (l, m) => void problems2.push(`${l}: ${m}`) }, 1 << 20);
    expect(problems2).toEqual(['2: line longer than 1 MiB skipped']);
    expect(seen).toEqual([1, 3]);
  });
});
