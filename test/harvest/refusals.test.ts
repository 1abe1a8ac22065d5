// Issue #9 item 2: GraphQL refusals are learnt once. Through the CLI (`repo-audit harvest`) against
// the simulator over real HTTP: RESOURCE_LIMITS_EXCEEDED above 4 repositories per query.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/index.js';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';
import { githubRef, simClock, simOptions, tokenEntry, withSim } from './helpers/sim.js';

const TOKEN = 'sim_token_refusals_0001';
const REPOS = Array.from({ length: 12 }, (_, i) => `lab/r${i}`);
const scenario = (data: 'null' | 'nulls'): Scenario => ({
  tokens: [{ token: TOKEN, login: 'tester' }],
  limits: { graphqlResourceLimitRepos: 4, graphqlResourceLimitData: data },
  repos: REPOS.map((repo) => ({ repo })),
});

let dir: string;
let sim: RunningSimulator | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-refusals-'));
  writeFileSync(join(dir, 'papers.md'), REPOS.map((r) => `- https://github.com/${r}\n`).join(''));
});
afterEach(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

const harvestCli = (s: RunningSimulator) =>
  runCli(['harvest', join(dir, 'papers.md'), '--api-url', s.url, '--graphql-url', s.graphqlUrl, '--batch-size', '10', '--cache-dir', join(dir, 'cache'), '--out', join(dir, 'facts.json')], { GITHUB_TOKEN: TOKEN });

describe('GraphQL refusals', () => {
  for (const data of ['null', 'nulls'] as const) {
    it(`RESOURCE_LIMITS_EXCEEDED (data ${data}): the batch is split, the size that passed is kept for the run and the next one`, async () => {
      sim = await startSimulator(scenario(data));
      const first = await harvestCli(sim);
      expect(first.code, first.stderr).toBe(0);
      const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'));
      expect(facts.facts.map((f: { outcome: string }) => f.outcome)).toEqual(REPOS.map(() => 'found'));
      const refused = sim.log.entries().filter((e) => e.fault === 'resource-limits');
      // 10 refused → 5 refused → 3 passes, and every later batch is cut at 3: two refusals in all.
      expect(refused.map((e) => e.graphqlRepos)).toEqual([10, 5]);
      expect(refused.every((e) => e.status === 200 && e.cost === 1)).toBe(true); // the points are charged all the same
      expect(first.stderr).toMatch(/GitHub refused a GraphQL query of 10 repositories \(RESOURCE_LIMITS_EXCEEDED\): batches of 5 from now on/);
      expect(first.stderr).toMatch(/GraphQL: \d+ points spent, 2 of them on 2 refused queries/);
      expect(facts.stats).toMatchObject({ refusedQueries: 2, refusedPoints: 2 });

      const before = sim.log.entries().length;
      const second = await harvestCli(sim);
      expect(second.code).toBe(0);
      expect(second.stderr).toMatch(/12 GitHub targets need ~4 GraphQL points in 4 queries; [\d,]+ left \(batches of 3: GitHub refused larger ones on \d{4}-\d\d-\d\d, RESOURCE_LIMITS_EXCEEDED\)/);
      const again = sim.log.entries().slice(before).filter((e) => e.path === '/graphql');
      expect(again.map((e) => e.graphqlRepos)).toEqual([3, 3, 3, 3]);
      expect(again.every((e) => e.fault === null)).toBe(true);
    }, 120_000); // two CLI runs
  }
});

describe('a secondary limit GraphQL answers with 200', () => {
  it('is waited out like a 403 one, not split or taken for an answer', async () => {
    const repos = ['lab/a', 'lab/b', 'lab/c', 'lab/d'];
    const s: Scenario = { now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], limits: { maxInFlight: 1, graphqlSecondaryStatus: 200, secondaryRetryAfter: 20 }, latency: { ms: 30, jitterMs: 0 }, repos: repos.map((repo) => ({ repo })) };
    await withSim(s, async (sim, cache) => {
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, cache, { batchSize: 1, concurrency: 4 }), { clock: simClock(sim) });
      const limited = sim.log.entries().filter((e) => e.violation === 'secondary-limit');
      expect(limited.length).toBeGreaterThan(0);
      expect(limited.every((e) => e.status === 200)).toBe(true);
      expect(run.facts.map((f) => f.outcome)).toEqual(repos.map(() => 'found'));
      expect(run.stats.refusedQueries).toBe(0);
    });
  });
});
