// GitHub that cannot be reached ends the run as incomplete (exit 3 in the CLI, test/audit/unchecked.test.ts),
// whether the first request fails or every request after it: over real HTTP on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/index.js';
import { closedPort } from '../fixtures/cli.js';
import { githubRef, simClock, simOptions, tokenEntry, withSim } from './helpers/sim.js';

const repos = ['lab/a', 'lab/b', 'lab/c'];
const scenario = { now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], repos: repos.map((repo) => ({ repo })) };
const fast = { retries: 2, backoffMs: 1 };

describe('an unreachable GitHub', () => {
  it('REST answers /rate_limit but the GraphQL endpoint refuses every connection: incomplete, naming the GraphQL URL', async () => {
    const port = await closedPort();
    await withSim(scenario, async (sim, dir) => {
      const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, { graphqlUrl, ...fast }), { clock: simClock(sim) });
      expect(run.incomplete?.reason).toBe(`cannot reach ${graphqlUrl} (ECONNREFUSED)`);
      expect(run.facts.every((f) => f.outcome === 'unknown')).toBe(true);
    });
  });

  it('5xx on every retry, /rate_limit included: incomplete after a few tries, not after a backoff per target', async () => {
    await withSim({ ...scenario, faults: { randomErrorRate: 1, randomStatuses: [502] } }, async (sim, dir) => {
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, fast), { clock: simClock(sim) });
      expect(run.incomplete?.reason).toBe(`cannot reach ${sim.url} (HTTP 502 on every retry)`);
      expect(sim.log.entries().length).toBe(3); // the first try and two retries of GET /rate_limit, nothing else
    });
  });

  it('some targets failing while others are answered is not "unreachable": the run completes, they are unknown', async () => {
    const flaky = { ...scenario, repos: [{ repo: 'lab/a' }, { repo: 'lab/b', failFirst: { count: 99, status: 502 as const } }, { repo: 'lab/c' }] };
    await withSim(flaky, async (sim, dir) => {
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, { batchSize: 1, ...fast }), { clock: simClock(sim) });
      expect(run.incomplete).toBeNull();
      expect(run.facts.map((f) => f.outcome)).toEqual(['found', 'unknown', 'found']);
    });
  });
});
