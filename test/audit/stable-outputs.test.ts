// Issue #9 item 10: an audit re-run against an unchanged world leaves repos.csv byte-identical and
// changes only run-level lines of snapshot.json (per-repository times say when facts last changed).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';

let dir: string;
let sim: RunningSimulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-stable-'));
  sim = await startSimulator('examples/scenarios/hf-papers.json');
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Lines one text has and the other lacks, counted as multisets (a history entry shifts the lines after it). */
function changedLines(before: string, after: string): string[] {
  const count = new Map<string, number>();
  for (const line of before.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  for (const line of after.split('\n')) count.set(line, (count.get(line) ?? 0) - 1);
  return [...count].filter(([, n]) => n !== 0).map(([line]) => line);
}

describe('stable outputs across re-runs', () => {
  it('a second audit of an unchanged world: repos.csv byte-identical, only run-level snapshot lines change', async () => {
    const out = join(dir, 'out');
    // A fresh cache each run, so the second run asks the simulator again rather than answering from the cache.
    const run = (n: number) => runCli(
      ['audit', 'examples/hf-papers', '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, `cache-${n}`), '--out', out],
      { GITHUB_TOKEN: sim.scenario.tokens[0]!.token },
    );
    expect((await run(1)).code).toBe(1);
    const csv1 = readFileSync(join(out, 'repos.csv'), 'utf8');
    const snap1 = readFileSync(join(out, 'snapshot.json'), 'utf8');
    await new Promise((r) => setTimeout(r, 1100)); // a later second, so generatedAt differs
    expect((await run(2)).code).toBe(1);
    expect(readFileSync(join(out, 'repos.csv'), 'utf8')).toBe(csv1);
    const snap2 = readFileSync(join(out, 'snapshot.json'), 'utf8');
    const changed = changedLines(snap1, snap2);
    // Run-level only: the run's time (top-level `generatedAt`) and the history, which gains this
    // run's entry (`{`, `generatedAt`, `healthyShare`, `}`); no per-repository or per-paper line.
    const second = JSON.parse(snap2).generatedAt as string;
    expect(changed).toContain(`  "generatedAt": "${second}",`);
    expect(changed).toContain(`      "generatedAt": "${second}",`);
    for (const line of changed) expect(line).toMatch(/^ {2}"generatedAt": "[^"]+",$|^ {6}"generatedAt": "[^"]+",$|^ {6}"healthyShare": [\d.]+$|^ {4}[{}],?$/);
  }, 120_000);
});
