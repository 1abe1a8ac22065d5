// stdout redirected to a file (`repo-audit extract list.md > links.json`) is a stream that writes
// synchronously but calls back on a later tick. A reader that never waits for I/O (a file read in
// passes) gave it no tick until the input ended, so the writer took a fresh buffer for every flush
// and held them all: 64 MiB of Markdown peaked at 222 MiB as jsonl, 256 MiB at 606 (RSS) with
// ~1.8 GB of buffers (bench/extract/RESULTS.md run 42). A buffer whose bytes are written already is
// used again at once; the output must be the same.
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, type WriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExtract } from '../../src/audit/write-extract.js';
import type { ExtractFormat } from '../../src/report/extract/formatter.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sync-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ITEMS = 6000;
/** A Markdown list read from a file: ~1–3 MB of output, many of the writer's 64 KiB flushes. */
const list = path.join(dir, 'list.md');
writeFileSync(
  list,
  `# Papers\n\n${Array.from({ length: ITEMS }, (_, i) => `- [Paper ${i} ⭐](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}) [[Code](https://github.com/lab${i % 97}/r${i})]\n`).join('')}`,
);

/**
 * A file stream that writes as SyncWriteStream (stdout on a file) does: at once, calling back on a
 * later tick. `buffers` collects the memory each chunk was written from.
 */
function synchronousFileStream(file: string): { out: WriteStream; buffers: Set<ArrayBufferLike> } {
  const fd = openSync(file, 'w');
  const out = createWriteStream(file, { fd });
  const buffers = new Set<ArrayBufferLike>();
  out._write = (chunk: Buffer, _encoding, done) => {
    buffers.add(chunk.buffer);
    for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
    done();
  };
  return { out, buffers };
}

async function written(format: ExtractFormat, name: string): Promise<{ text: string; buffers: number }> {
  const file = path.join(dir, name);
  const { out, buffers } = synchronousFileStream(file);
  await writeExtract([list], { format }, out);
  await new Promise<void>((resolve) => out.end(resolve));
  return { text: readFileSync(file, 'utf8'), buffers: buffers.size };
}

describe('output to a stream that writes at once but calls back later', () => {
  for (const format of ['jsonl', 'json', 'csv'] as const) {
    it(`${format}: one buffer is used again and again, and the output is whole`, async () => {
      const { text, buffers } = await written(format, `out.${format}`);
      expect(text.length).toBeGreaterThan(1_000_000);
      // Before, a buffer per 64 KiB flush: ~20–50 here.
      expect(buffers).toBeLessThanOrEqual(2);
      if (format === 'jsonl') {
        const records = text.trim().split('\n').map((line) => JSON.parse(line) as { links: { url: string }[] });
        const code = records.flatMap((r) => r.links.filter((l) => l.url.startsWith('https://github.com/')).map((l) => l.url));
        expect(code).toEqual(Array.from({ length: ITEMS }, (_, i) => `https://github.com/lab${i % 97}/r${i}`));
      }
    });
  }

  it('the CLI writes the same bytes to stdout on a file as to --out', () => {
    const viaOut = path.join(dir, 'via-out.json');
    const viaStdout = path.join(dir, 'via-stdout.json');
    const run = (args: string[], stdout: 'pipe' | number) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', list, ...args], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    expect(run(['--format', 'json', '--out', viaOut], 'pipe').status).toBe(0);
    const fd = openSync(viaStdout, 'w');
    try {
      expect(run(['--format', 'json'], fd).status).toBe(0);
    } finally {
      closeSync(fd);
    }
    const expected = readFileSync(viaOut, 'utf8');
    expect(expected.length).toBeGreaterThan(1_000_000);
    expect(readFileSync(viaStdout, 'utf8')).toBe(expected);
  });
});
