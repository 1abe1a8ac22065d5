// Per-minute pacing (pace.ts, gate.ts) against the simulator's per-minute secondary limits, over
// real HTTP. The limits are tiny (a few requests a minute) and the waits run on the simulator's
// virtual clock, so several simulated minutes take milliseconds.
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/harvest/clock.js';
import { RateGate } from '../../src/harvest/gate.js';
import { harvest } from '../../src/harvest/index.js';
import { MinuteWindow } from '../../src/harvest/pace.js';
import type { Scenario } from '../../src/sim/index.js';
import { githubRef, simClock, simOptions, tokenEntry, withSim } from './helpers/sim.js';

const REST_PER_MINUTE = 5;
const GRAPHQL_PER_MINUTE = 3;

/** 8 found repositories and 10 GraphQL cannot resolve (6 deleted, 4 DMCA): 10 REST follow-ups. */
function scenario(): Scenario {
  const repos = [
    ...Array.from({ length: 8 }, (_, i) => ({ repo: `lab/ok${i}` })),
    ...Array.from({ length: 6 }, (_, i) => ({ repo: `lab/gone${i}`, state: 'not-found' as const })),
    ...Array.from({ length: 4 }, (_, i) => ({ repo: `lab/dmca${i}`, state: 'dmca' as const })),
  ];
  return {
    now: '2026-11-01T00:00:00Z',
    tokens: [tokenEntry()],
    latency: { ms: 3, jitterMs: 2 },
    // `all`: every REST endpoint in one pool, /rate_limit included (stricter than GitHub's wording).
    limits: { restPointsPerMinute: REST_PER_MINUTE, graphqlPointsPerMinute: GRAPHQL_PER_MINUTE, pointsPerMinuteScope: 'all', unauthenticated: 1000 },
    repos,
  };
}

/** The most requests of one kind the simulator saw inside any 60-second window. */
function busiestMinute(times: number[]): number {
  let most = 0;
  for (const t of times) most = Math.max(most, times.filter((u) => u > t - 60_000 && u <= t).length);
  return most;
}

const refs = scenario().repos!.map((r) => githubRef(r.repo));
const expected = scenario().repos!.map((r) => (r.state === 'dmca' ? 'blocked' : r.state === 'not-found' ? 'not-found' : 'found'));

describe('per-minute pacing', () => {
  it('MinuteWindow: counts answers for 60 s, in-flight ones as now, and says when the next fits', () => {
    const w = new MinuteWindow(3);
    expect(w.nextSlot(0, 0)).toBe(0);
    w.record(1_000);
    w.record(500); // out of order: kept sorted
    expect(w.nextSlot(2_000, 1)).toBe(60_500); // 2 answered + 1 in flight: the oldest must leave
    expect(w.nextSlot(2_000, 3)).toBeNull(); // only answers still to land can tell
    expect(w.nextSlot(60_500, 1)).toBe(60_500);
    expect(w.used(60_999)).toBe(1);
    expect(w.used(61_000)).toBe(0);
  });

  it('a REST request waiting for its minute window does not share an hour-long wait for the GraphQL reset', async () => {
    const sleeps: number[] = [];
    let now = 1_000_000;
    const wakes: (() => void)[] = [];
    const clock: Clock = { now: () => now, sleep: (ms) => new Promise<void>((resolve) => (sleeps.push(ms), wakes.push(resolve))) };
    const gate = new RateGate(clock, true, undefined, 8, { core: 1 });
    gate.set('graphql', { limit: 10, remaining: 0, resetAt: now + 3_600_000 });
    const graphql = gate.ready('graphql'); // waits for the reset, one second past it
    await gate.ready('core');
    gate.release('core', 1);
    const rest = gate.ready('core'); // the minute window is full: 60 s, on its own
    await new Promise((r) => setTimeout(r, 10));
    expect(sleeps).toEqual([3_601_000, 60_000]);
    now += 60_000;
    wakes[1]!();
    await rest; // sent after a minute, while GraphQL still waits
    gate.release('core', 1);
    now += 3_541_000;
    wakes[0]!();
    await graphql;
  });

  it('with a token: GraphQL batches and REST follow-ups stay under tiny per-minute limits, zero violations, all decided', async () => {
    await withSim(scenario(), async (sim, dir) => {
      const start = sim.clock.now();
      const options = simOptions(sim, dir, { batchSize: 2, concurrency: 4, restPointsPerMinute: REST_PER_MINUTE, graphqlPointsPerMinute: GRAPHQL_PER_MINUTE });
      const run = await harvest(refs, options, { clock: simClock(sim) });
      expect(run.incomplete).toBeNull();
      expect(run.facts.map((f) => f.outcome)).toEqual(expected);
      expect(run.facts.filter((f) => f.outcome === 'blocked').every((f) => f.blockReason === 'dmca' && f.httpStatus === 451)).toBe(true);
      expect(sim.log.violations()).toEqual([]);
      // Said once per resource that had to wait (REST may or may not, as follow-ups trickle in).
      const paced = run.notices.filter((n) => /requests in the last minute, GitHub's per-minute limit: pacing/.test(n)).map((n) => n.split(':')[0]);
      expect(paced.filter((r) => r === 'GraphQL')).toHaveLength(1);
      expect(paced.filter((r) => r === 'REST').length).toBeLessThanOrEqual(1);
      const log = sim.log.entries();
      const gql = log.filter((e) => e.resource === 'graphql').map((e) => e.time);
      const rest = log.filter((e) => e.resource === 'core').map((e) => e.time);
      expect(gql).toHaveLength(9); // 18 repositories in batches of 2
      expect(rest).toHaveLength(11); // /rate_limit + one follow-up per NOT_FOUND, and no more (a 404 is final)
      expect(busiestMinute(gql)).toBe(GRAPHQL_PER_MINUTE);
      expect(busiestMinute(rest)).toBeLessThanOrEqual(REST_PER_MINUTE); // follow-ups trickle in as batches land
      // 9 queries at 3 a minute need at least two full minutes of waiting.
      expect(sim.clock.now() - start).toBeGreaterThanOrEqual(120_000);
    });
  });

  it('without a token: the REST path paces itself the same way', async () => {
    await withSim(scenario(), async (sim, dir) => {
      const options = simOptions(sim, dir, { token: null, concurrency: 4, restPointsPerMinute: REST_PER_MINUTE });
      const run = await harvest(refs, options, { clock: simClock(sim) });
      expect(run.incomplete).toBeNull();
      expect(run.facts.map((f) => f.outcome)).toEqual(expected);
      expect(run.facts.every((f) => f.error === null)).toBe(true); // found ones got their details too
      expect(sim.log.violations()).toEqual([]);
      expect(busiestMinute(sim.log.entries().map((e) => e.time))).toBe(REST_PER_MINUTE);
    });
  });

  it('unpaced (limits 0), the same run trips the limit and only retry-after saves it: the test can fail', async () => {
    await withSim(scenario(), async (sim, dir) => {
      const options = simOptions(sim, dir, { batchSize: 2, concurrency: 4, restPointsPerMinute: 0, graphqlPointsPerMinute: 0, retries: 10 });
      const run = await harvest(refs, options, { clock: simClock(sim) });
      expect(sim.log.violations().length).toBeGreaterThan(0);
      expect(sim.log.violations().every((e) => e.violation === 'secondary-limit')).toBe(true);
      expect(run.facts.map((f) => f.outcome)).toEqual(expected); // honoured retry-after, then went on
    });
  });
});
