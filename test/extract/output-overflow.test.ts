// A reader that makes many records without a pause gives the output no chance to drain: one
// Markdown line of thousands of HTML table rows is read in one go. The stream then held every
// record's bytes (a 19 MB line of 200,000 rows peaked at 236 MiB). Past tuning.outputHeldBytes the
// rest waits in a temporary file (audit/output-overflow.ts) and is sent in order when the reader
// next waits: the stream holds about the bound, and the output is the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeExtract } from '../../src/audit/write-extract.js';
import type { ExtractFormat } from '../../src/report/extract/formatter.js';
import { tuning } from '../../src/read/tuning.js';
import { slowOutput } from '../helpers/slow-output.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));
const dir = mkdtempSync(path.join(os.tmpdir(), 'output-overflow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 4000;
/** 4,000 HTML rows on one line between a heading and an item: ~0.5–1.6 MB of output at once. */
const file = path.join(dir, 'one-line-table.md');
const rows = Array.from({ length: ROWS }, (_, i) => `<tr><td>Paper ${i} ⭐</td><td><a href="https://github.com/lab/r${i}">code</a></td></tr>`).join('');
writeFileSync(file, `# Papers\n\n<table>${rows}</table>\n\n- After https://github.com/lab/after\n`);

async function printed(format: ExtractFormat): Promise<{ text: string; mostHeld: number; papers: number }> {
  const { out, text, mostHeld } = slowOutput();
  const result = await writeExtract([file], { format }, out);
  return { text: await text(), mostHeld: mostHeld(), papers: result.papers };
}

/** What the writer may hold past the bound: one buffer of output (write-extract.ts BUFFER_SIZE) or one chunk read back. */
const ONE_BUFFER = 256 * 1024;

describe('output made faster than the stream takes it', () => {
  for (const format of ['jsonl', 'json', 'csv'] as const) {
    it(`${format}: the stream holds about the bound, the rest waits on disk and comes out the same, in order`, async () => {
      const unbounded = await printed(format);
      // Without the bound the stream held all of the line's output at once.
      expect(unbounded.mostHeld).toBeGreaterThan(400_000);
      tuning.outputHeldBytes = 64 * 1024;
      const bounded = await printed(format);
      expect(bounded.mostHeld).toBeLessThanOrEqual(64 * 1024 + ONE_BUFFER);
      expect(bounded.papers).toBe(ROWS + 1);
      expect(bounded.text).toBe(unbounded.text);
    });
  }

  it('the records are all there, in input order', async () => {
    tuning.outputHeldBytes = 16 * 1024;
    const lines = (await printed('jsonl')).text.trim().split('\n').map((l) => JSON.parse(l) as { title: string; links: { url: string }[] });
    expect(lines).toHaveLength(ROWS + 1);
    expect(lines.slice(0, ROWS).map((r) => r.title)).toEqual(Array.from({ length: ROWS }, (_, i) => `Paper ${i} ⭐`));
    expect(lines[ROWS]!.links.map((l) => l.url)).toEqual(['https://github.com/lab/after']);
  });
});
