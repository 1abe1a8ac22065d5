// The harvest file's `papers` and `repos` are the extraction's, key for key and in its key order:
// `harvest` holds what it read as the audit does (audit/compact-extract.ts: papers encoded off the
// heap, targets in a temporary file) and must write them back exactly as `extract --format json`
// prints them. Through the CLI (in-process) against the simulator on 127.0.0.1, web checks off.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { TOKEN, tokenEntry, withSim } from './helpers/sim.js';

/** A list with what a paper record can hold: ids and dates (JSON Lines), a path, a paper link, a promise, a claim, no link. */
const LINES = [
  { id: '2401.00001', title: 'One', abstract: 'Code: https://github.com/o/r/tree/main/src and https://arxiv.org/abs/2401.00001.', update_date: '2024-01-02' },
  { id: '2401.00002', title: 'Two', abstract: 'The code will be released soon.' },
  { title: 'Three', abstract: 'Our implementation is on GitHub. See https://github.com/o/r and https://github.com/o/gone.' },
  { title: 'Four', abstract: 'Nothing to see.' },
];

describe('harvest writes the papers and targets it read as the extraction does', () => {
  it('papers[] and repos[] equal `extract --format json`, text for text', async () => {
    await withSim({ now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], repos: [{ repo: 'o/r', stars: 7 }] }, async (sim, dir) => {
      const input = join(dir, 'papers.jsonl');
      await writeFile(input, LINES.map((l) => JSON.stringify(l)).join('\n'));
      const env = { GITHUB_TOKEN: TOKEN };
      const extracted = await runCli(['extract', input, '--format', 'json'], { env });
      expect(extracted.code).toBe(0);
      const harvested = await runCli(['harvest', input, '--api-url', sim.url, '--cache-dir', join(dir, 'cache'), '--no-web', '--quiet', '--check-paper-links'], { env });
      expect(harvested.stderr).toBe('');
      expect(harvested.code).toBe(0);
      const want = JSON.parse(extracted.stdout) as { papers: unknown[]; repos: unknown[] };
      const got = JSON.parse(harvested.stdout) as { papers: unknown[]; repos: unknown[]; facts: { key: string; outcome: string }[] };
      expect(want.papers).toHaveLength(4);
      // Compared as text: the same values in another key order would diff between two runs' files.
      expect(JSON.stringify(got.papers)).toBe(JSON.stringify(want.papers));
      expect(JSON.stringify(got.repos)).toBe(JSON.stringify(want.repos));
      expect(got.facts.map((f) => [f.key, f.outcome])).toEqual([
        ['github/o/r', 'found'],
        ['paper:arxiv/2401.00001', 'unknown'],
        ['github/o/gone', 'not-found'],
      ]);
    });
  });
});
