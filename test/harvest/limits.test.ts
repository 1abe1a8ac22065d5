// Rate limits and faults, against the simulator over real HTTP. Waits run on the simulator's
// virtual clock (simClock), so crossing an hourly reset takes milliseconds.
import { describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/index.js';
import { generateScenario, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { githubRef, simClock, simOptions, TOKEN, tokenEntry, withSim } from './helpers/sim.js';

const names = (n: number, prefix = 'lab/r') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const simple = (repos: string[], extra: Partial<Scenario> = {}): Scenario => ({ now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], repos: repos.map((repo) => ({ repo })), ...extra });

/**
 * Another client spends `points` of the token's GraphQL budget. Sent at once: they arrive while
 * the harvester's next query waits out the simulated latency, and are charged right after it.
 */
function drainGraphql(sim: RunningSimulator, points: number): Promise<void> {
  const headers = { authorization: `token ${TOKEN}`, 'content-type': 'application/json' };
  const query = JSON.stringify({ query: 'query { rateLimit { remaining } }' });
  return Promise.all(Array.from({ length: points }, () => fetch(sim.graphqlUrl, { method: 'POST', headers, body: query }).then((r) => r.text()))).then(() => {});
}

describe('limits and faults', () => {
  it('a RATE_LIMITED answer mid-run is waited out (--wait) and the run continues after the reset', async () => {
    const repos = names(12);
    const scenario = simple(repos, { tokens: [tokenEntry('t', 30)], latency: { ms: 40, jitterMs: 0 }, limits: { maxInFlight: 100 } });
    await withSim(scenario, async (sim, dir) => {
      let drained: Promise<void> | null = null;
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, { batchSize: 1, concurrency: 1, wait: true }), {
        clock: simClock(sim),
        // Another client spends the whole budget while the harvest runs: the harvester cannot know.
        onProgress: (p) => void (p.done === 3 && !drained && (drained = drainGraphql(sim, 30))),
      });
      await drained;
      expect(run.incomplete).toBeNull();
      expect(run.facts.map((f) => f.outcome)).toEqual(repos.map(() => 'found'));
      const ours = sim.log.entries().filter((e) => e.path === '/graphql' && e.graphqlRepos === 1);
      const limited = ours.filter((e) => e.violation === 'primary-limit');
      expect(limited.length).toBe(1); // one RATE_LIMITED answer, then a wait, not a hammering
      const after = ours.slice(ours.indexOf(limited[0]!) + 1);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((e) => e.status === 200 && e.violation === null && e.time >= limited[0]!.time + 1000)).toBe(true);
      expect(run.stats.graphqlRequests).toBe(13);
    });
  });

  it('a budget that cannot cover the work: says so, checks what fits, the rest is unknown, exit reason given', async () => {
    const repos = names(10);
    await withSim(simple(repos, { tokens: [tokenEntry('t', 2)] }), async (sim, dir) => {
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, { batchSize: 2, concurrency: 1 }), { clock: simClock(sim) });
      expect(run.notices.join('\n')).toMatch(/10 GitHub targets need ~5 GraphQL points in 5 queries; 2 left\n.*does not cover it: checking what fits/);
      expect(run.facts.filter((f) => f.outcome === 'found')).toHaveLength(4);
      const unknown = run.facts.filter((f) => f.outcome === 'unknown');
      expect(unknown).toHaveLength(6);
      expect(unknown[0]?.error).toMatch(/rate limit exhausted \(graphql\).*--wait/);
      expect(run.incomplete?.reason).toMatch(/rate limit exhausted/);
      expect(sim.log.violations()).toEqual([]); // it stopped before GitHub had to say no
    });
  });

  it('the plan counts the queries the run sends: batch sizes outside 1-100 are clamped for both', async () => {
    const repos = names(3);
    await withSim(simple(repos), async (sim, dir) => {
      const run = await harvest(repos.map((r) => githubRef(r)), { ...simOptions(sim, dir), batchSize: 0 }, { clock: simClock(sim) }); // past resolveOptions, which rejects 0
      expect(run.notices[0]).toMatch(/3 GitHub targets need ~3 GraphQL points in 3 queries/);
      expect(run.stats.graphqlRequests).toBe(3);
    });
  });

  it('without a token, outcomes come first: a short budget decides every repository, details follow next window', async () => {
    const repos = names(10);
    await withSim(simple(repos, { limits: { unauthenticated: 12 } }), async (sim, dir) => {
      const options = simOptions(sim, dir, { token: null, concurrency: 2 });
      const run = await harvest(repos.map((r) => githubRef(r)), options, { clock: simClock(sim) });
      expect(run.facts.every((f) => f.outcome === 'found')).toBe(true);
      const complete = run.facts.filter((f) => f.error === null);
      expect(complete).toHaveLength(2);
      expect(complete.every((f) => f.rootEntries !== null)).toBe(true);
      expect(run.facts.filter((f) => /^details not fetched \(rate limit exhausted \(core\)/.test(f.error ?? ''))).toHaveLength(8);
      expect(run.incomplete?.reason).toMatch(/rate limit exhausted/);
      expect(sim.log.violations()).toEqual([]);
      // Next window: the two complete answers are reused; the others cost one request each
      // (their repository GET comes back as a free 304).
      sim.clock.advance(3_601_000);
      const before = sim.log.entries().length;
      const again = await harvest(repos.map((r) => githubRef(r)), options, { clock: simClock(sim) });
      expect(again.incomplete).toBeNull();
      expect(again.facts.every((f) => f.outcome === 'found' && f.error === null && f.rootEntries !== null)).toBe(true);
      expect(again.stats.cacheHits).toBe(2);
      const charged = sim.log.entries().slice(before).reduce((n, e) => n + e.cost, 0);
      expect(charged).toBe(8);
    });
  });

  it('a secondary-limit answer is honoured: nothing is sent before retry-after, and concurrency drops', async () => {
    const repos = names(16);
    const limits = { maxInFlight: 2, secondaryRetryAfter: 30 };
    await withSim(simple(repos, { limits, latency: { ms: 30, jitterMs: 0 } }), async (sim, dir) => {
      const start = sim.clock.now();
      const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, { batchSize: 1, concurrency: 6 }), { clock: simClock(sim) });
      expect(run.incomplete).toBeNull();
      expect(run.facts.every((f) => f.outcome === 'found')).toBe(true);
      const entries = sim.log.entries();
      const first = entries.find((e) => e.violation === 'secondary-limit')!;
      expect(first).toBeDefined();
      // Requests already in flight arrived at the start; every later one waited the 30 s.
      for (const e of entries) expect(e.time === start || e.time >= first.time + 30_000, `${e.path} at +${e.time - start} ms`).toBe(true);
      const tail = entries.slice(-8);
      expect(tail.every((e) => e.violation === null)).toBe(true);
    });
  });

  for (const status of [502, 504, 200] as const) {
    it(`a GraphQL timeout (${status}) splits the batch, and the size that passed is kept for the rest of the run`, async () => {
      const repos = names(10);
      await withSim(simple(repos, { faults: { graphqlMaxRepos: 3, graphqlTimeoutMs: 0, graphqlTimeoutStatus: status } }), async (sim, dir) => {
        const run = await harvest(repos.map((r) => githubRef(r)), simOptions(sim, dir, { batchSize: 10, concurrency: 2 }), { clock: simClock(sim) });
        expect(run.incomplete).toBeNull();
        expect(run.facts.every((f) => f.outcome === 'found' && f.error === null)).toBe(true);
        const gql = sim.log.entries().filter((e) => e.path === '/graphql');
        // 10 refused → 5 refused → 3 passes; the second half is sent in threes at once (no second refusal of 5).
        expect(gql.filter((e) => e.fault === 'graphql-timeout').map((e) => e.graphqlRepos)).toEqual([10, 5]);
        expect(gql.filter((e) => e.fault === null).map((e) => e.graphqlRepos).sort()).toEqual([3, 2, 3, 2].sort());
      });
    });
  }

  it('a repository that fails its first requests is retried with backoff and decided', async () => {
    const scenario = simple(['lab/a', 'lab/b']);
    scenario.repos![1] = { repo: 'lab/b', failFirst: { count: 2, status: 503 } };
    await withSim(scenario, async (sim, dir) => {
      const run = await harvest([githubRef('lab/a'), githubRef('lab/b')], simOptions(sim, dir, { batchSize: 1 }), { clock: simClock(sim) });
      expect(run.facts.map((f) => f.outcome)).toEqual(['found', 'found']);
    });
  });

  for (const withToken of [true, false]) {
    it(`random 5xx at 10% and resets: every repository is decided as without faults, or unknown (${withToken ? 'GraphQL' : 'REST'})`, async () => {
      const base = generateScenario({ repos: 80, seed: 11 });
      const listed = (base.repos ?? []).map((r) => r.repo).filter((r) => !r.includes('-renamed') && !r.startsWith('new-'));
      const refs = listed.map((r) => githubRef(r));
      const scenario = (faults: Scenario['faults']): Scenario => ({ ...base, tokens: [tokenEntry()], limits: { unauthenticated: 5000 }, faults });
      const opts = { batchSize: 10, token: withToken ? TOKEN : null };
      const clean = await withSim(scenario({}), (sim, dir) => harvest(refs, simOptions(sim, dir, opts), { clock: simClock(sim) }));
      const faulty = await withSim(scenario({ randomErrorRate: 0.1, resetRate: 0.02 }), (sim, dir) =>
        harvest(refs, simOptions(sim, dir, { ...opts, retries: 2, backoffMs: 10 }), { clock: simClock(sim) }),
      );
      expect(clean.facts.every((f) => f.outcome !== 'unknown')).toBe(true);
      expect(new Set(clean.facts.map((f) => f.outcome))).toEqual(new Set(['found', 'not-found', 'blocked']));
      faulty.facts.forEach((f, i) => {
        if (f.outcome === 'unknown') expect(f.error, f.key).toBeTruthy();
        else expect(f.outcome, f.key).toBe(clean.facts[i]!.outcome);
      });
      expect(faulty.facts.filter((f) => f.outcome === 'unknown').length).toBeLessThan(refs.length / 4);
    });
  }

  it('a wrong token stops the run with a clear reason that does not contain it', async () => {
    await withSim(simple(['lab/a']), async (sim, dir) => {
      const wrong = 'ghp_wrongWrongWrong0123456789abcdefXYZ';
      const run = await harvest([githubRef('lab/a')], simOptions(sim, dir, { token: wrong }), { clock: simClock(sim) });
      expect(run.incomplete?.reason).toMatch(/bad credentials/);
      expect(JSON.stringify(run)).not.toContain(wrong);
      expect(run.facts[0]).toMatchObject({ outcome: 'unknown' });
    });
  });
});
