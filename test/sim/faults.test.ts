// Faults: seeded latency jitter, fail-first-N per repository, seeded random 5xx, connection
// resets, the GraphQL timeout on heavy batches, and the JSONL request log.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { RunningSimulator } from '../../src/sim/index.js';
import { smallScenario, TOKEN, withSim } from './fixtures.js';

const auth = { authorization: `token ${TOKEN}` };
const status = async (sim: RunningSimulator, path: string) => {
  const res = await request(sim.url + path, { headers: auth });
  await res.body.dump();
  return res.statusCode;
};
const gql = async (sim: RunningSimulator, query: string) => {
  const res = await request(sim.graphqlUrl, { method: 'POST', headers: auth, body: JSON.stringify({ query }) });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, any> };
};

describe('faults', () => {
  it('adds latency with seeded jitter', () =>
    withSim(smallScenario({ latency: { ms: 30, jitterMs: 10 } }), async (sim) => {
      for (let i = 0; i < 4; i++) await status(sim, '/repos/someone/placeholder');
      const durations = sim.log.entries().map((e) => e.durationMs);
      expect(Math.min(...durations)).toBeGreaterThanOrEqual(19);
    }));

  it('fails the first N requests for a repository, in REST and in GraphQL batches', () =>
    withSim(smallScenario(), async (sim) => {
      expect(await status(sim, '/repos/someone/flaky')).toBe(503);
      const batch = await gql(sim, '{ a: repository(owner: "someone", name: "flaky") { name } b: repository(owner: "OpenLab", name: "Focus-DETR") { name } }');
      expect(batch.status).toBe(503);
      expect(await status(sim, '/repos/someone/flaky')).toBe(200);
      expect(sim.log.entries().map((e) => e.fault)).toEqual(['fail-first', 'fail-first', null]);
    }));

  it('answers a seeded share of requests with 5xx, the same ones for the same seed', async () => {
    const run = () =>
      withSim(smallScenario({ faults: { randomErrorRate: 0.3, randomStatuses: [500, 502] } }), async (sim) => {
        const out: number[] = [];
        for (let i = 0; i < 40; i++) out.push(await status(sim, '/repos/someone/placeholder'));
        return out;
      });
    const first = await run();
    const errors = first.filter((s) => s >= 500);
    expect(errors.length).toBeGreaterThan(4);
    expect(errors.length).toBeLessThan(24);
    expect(new Set(errors)).toEqual(new Set([500, 502]));
    expect(await run()).toEqual(first);
  });

  it('resets connections without an answer', () =>
    withSim(smallScenario({ faults: { resetRate: 1 } }), async (sim) => {
      await expect(request(sim.url + '/repos/someone/placeholder', { headers: auth })).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 20));
      expect(sim.log.entries()[0]).toMatchObject({ status: 0, fault: 'reset' });
    }));

  it('answers a GraphQL query with more than M repositories 502 after the delay; smaller ones pass', () =>
    withSim(smallScenario({ faults: { graphqlMaxRepos: 2, graphqlTimeoutMs: 40 } }), async (sim) => {
      const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: repository(owner: "OpenLab", name: "Focus-DETR") { name }`).join(' ')} }`;
      const started = Date.now();
      const heavy = await gql(sim, q(3));
      expect(Date.now() - started).toBeGreaterThanOrEqual(35);
      expect(heavy.status).toBe(502);
      expect(heavy.body.data).toBe('null');
      expect(heavy.body.errors[0].message).toMatch(/^Something went wrong while executing your query\. This may be the result of a timeout/);
      expect(sim.log.entries().at(-1)).toMatchObject({ fault: 'graphql-timeout', graphqlRepos: 3 });
      expect((await gql(sim, q(2))).status).toBe(200);
    }));
});

describe('request log', () => {
  it('writes JSONL with a short token hash, never the token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-log-'));
    const file = join(dir, 'log.jsonl');
    try {
      await withSim(smallScenario(), async (sim) => {
        await status(sim, '/repos/OpenLab/Focus-DETR');
        await request(sim.url + '/repos/x/y').then((r) => r.body.dump());
        expect(sim.log.counts).toMatchObject({ total: 2, byStatus: { 200: 1, 404: 1 }, violations: 0, rest: 2, graphql: 0 });
      }, file);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(TOKEN);
      const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ method: 'GET', path: '/repos/OpenLab/Focus-DETR', status: 200, cost: 1, inFlight: 1, violation: null });
      expect(lines[0]!.token).toMatch(/^[0-9a-f]{8}$/);
      expect(lines[1]!.token).toBe('none');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
