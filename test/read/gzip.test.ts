// Gzip-compressed inputs (paper dumps ship as `.jsonl.gz`, `.json.gz`): read as what they hold —
// the same records as the plain file, on every path (a file read in passes, a JSON array cut as
// bytes, stdin, a directory) — and a cut-off or corrupt one says so in one line, keeping what it read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeExtract } from '../../src/audit/write-extract.js';
import { extractInputs } from '../../src/extract/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';
import { slowOutput } from '../helpers/slow-output.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));

const plain = (papers: PaperRecord[]) => papers.map((p) => JSON.stringify({ ...p, source: '' }));

const jsonl = Array.from({ length: 300 }, (_, i) => `${JSON.stringify({ id: `p${i}`, title: `Paper ${i} — ünïcödé`, abstract: `Code: https://github.com/lab/j${i}` })}\n`).join('');
const markdown = `# List\n\n${Array.from({ length: 300 }, (_, i) => `- [Paper ${i}](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}) [code][c${i}]\n`).join('')}\n${Array.from({ length: 300 }, (_, i) => `[c${i}]: https://github.com/lab/m${i}\n`).join('')}`;
const array = `[\n${Array.from({ length: 300 }, (_, i) => `  {"title": "P${i}", "url": "https://github.com/lab/a${i}"}`).join(',\n')}\n]\n`;

/** `text` written plain as `name` and gzipped as `name.gz`; both extracted through writeExtract (files read in passes). */
async function both(name: string, text: string | Buffer) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  writeFileSync(`${file}.gz`, gzipSync(text));
  const run = async (f: string) => {
    const { out, text: printed } = slowOutput();
    const { problems } = await writeExtract([f], { format: 'jsonl' }, out);
    return { lines: (await printed()).split('\n').filter(Boolean).map((l) => JSON.stringify({ ...JSON.parse(l), source: '' })), problems: problems.map((p) => p.message) };
  };
  return { plain: await run(file), gz: await run(`${file}.gz`) };
}

describe('gzip-compressed inputs', () => {
  it('give the plain file\'s records: JSON Lines, Markdown (in passes), a JSON array, UTF-16 inside', async () => {
    tuning.readChunkBytes = 4096; // many chunks, on both sides of the decompression
    for (const [name, text, records] of [
      ['papers.jsonl', jsonl, 300],
      ['list.md', markdown, 300],
      ['papers.json', array, 300],
      ['windows.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(array, 'utf16le')]), 300],
    ] as const) {
      const run = await both(name, text);
      expect(run.gz.problems, name).toEqual([]);
      expect(run.gz.lines, name).toHaveLength(records);
      expect(run.gz.lines, name).toEqual(run.plain.lines);
    }
  });

  it('from stdin, whatever the name; and a directory reads its .gz inputs', async () => {
    const fromStdin = await extractInputs(['-'], { stdin: Readable.from([gzipSync(jsonl)]) });
    const fromFile = await extractInputs([path.join(dir, 'papers.jsonl')]);
    expect(fromStdin.problems).toEqual([]);
    expect(plain(fromStdin.papers)).toEqual(plain(fromFile.papers));
    const sub = path.join(dir, 'dumps');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'part-0.jsonl.gz'), gzipSync(jsonl));
    writeFileSync(path.join(sub, 'notes.bin.gz'), gzipSync('not an input'));
    const run = await extractInputs([sub]);
    expect(run.problems).toEqual([]);
    expect(run.papers).toHaveLength(300);
  });

  it('a cut-off file says so once and keeps every record before the cut; corrupt data likewise', async () => {
    const whole = gzipSync(jsonl);
    const cut = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const run = await extractInputs([cut]);
    expect(run.papers.length).toBeGreaterThan(100);
    expect(run.papers.length).toBeLessThan(300);
    expect(plain(run.papers)).toEqual(plain((await extractInputs([path.join(dir, 'papers.jsonl')])).papers).slice(0, run.papers.length));
    const messages = run.problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages[0]).toBe(`null: ${cut}: gzip data corrupt or cut off (Z_BUF_ERROR); read as far as it went`);
    // The line the cut fell in is a broken line, named as such (it may also have fallen between two lines).
    expect(messages.slice(1).every((m) => m.startsWith(`${run.papers.length + 1}: ${cut}:${run.papers.length + 1}: malformed JSON line skipped`))).toBe(true);
    const corrupt = path.join(dir, 'corrupt.json.gz');
    writeFileSync(corrupt, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('this is no deflate stream at all')]));
    const bad = await extractInputs([corrupt]);
    expect(bad.papers).toEqual([]);
    expect(bad.problems.map((p) => p.message)).toEqual([`${corrupt}: gzip data corrupt or cut off (Z_DATA_ERROR); read as far as it went`]);
  });

  it('a zip, bzip2, xz or zstd input is skipped with the command that reads it; short or free of NUL bytes too', async () => {
    // The magic bytes decide, not a NUL byte: each body here is plain text.
    const packed = { 'papers.zip': [0x50, 0x4b, 0x03, 0x04], 'papers.jsonl.bz2': [0x42, 0x5a, 0x68], 'papers.jsonl.xz': [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'papers.jsonl.zst': [0x28, 0xb5, 0x2f, 0xfd] };
    const files = Object.entries(packed).map(([name, magic]) => {
      const file = path.join(dir, name);
      writeFileSync(file, Buffer.concat([Buffer.from(magic), Buffer.from('{"title":"x","code":"https://github.com/a/b"}\n')]));
      return file;
    });
    const run = await extractInputs(files);
    expect(run.papers).toEqual([]);
    expect(run.problems.map((p) => p.message)).toEqual([
      `${files[0]}: zip archive skipped; read what it holds with \`unzip -p FILE | repo-audit extract -\``,
      `${files[1]}: bzip2-compressed skipped; read what it holds with \`bzcat FILE | repo-audit extract -\``,
      `${files[2]}: xz-compressed skipped; read what it holds with \`xzcat FILE | repo-audit extract -\``,
      `${files[3]}: zstd-compressed skipped; read what it holds with \`zstdcat FILE | repo-audit extract -\``,
    ]);
  });
});
