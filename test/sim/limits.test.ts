// Primary budgets (REST requests, GraphQL points), the virtual clock and GitHub's cost formula.
import { describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { RunningSimulator } from '../../src/sim/index.js';
import { OTHER_TOKEN, smallScenario, TOKEN, withSim } from './fixtures.js';

async function get(sim: RunningSimulator, path: string, token: string | null = null) {
  const res = await request(sim.url + path, { headers: token ? { authorization: `token ${token}` } : {} });
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: (await res.body.json()) as Record<string, any> };
}

async function gql(sim: RunningSimulator, query: string, token = TOKEN) {
  const res = await request(sim.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${token}` }, body: JSON.stringify({ query }) });
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: (await res.body.json()) as Record<string, any> };
}

describe('primary rate limits', () => {
  it('gives unauthenticated callers their own small budget, then 403 with remaining 0', () =>
    withSim(smallScenario({ limits: { unauthenticated: 2 } }), async (sim) => {
      expect((await get(sim, '/repos/someone/placeholder')).headers['x-ratelimit-limit']).toBe('2');
      await get(sim, '/repos/nobody/none');
      const r = await get(sim, '/repos/someone/placeholder');
      expect(r.status).toBe(403);
      expect(r.headers['x-ratelimit-remaining']).toBe('0');
      expect(r.body.message).toMatch(/^API rate limit exceeded for 127\.0\.0\.1\. \(But here's the good news/);
      expect((await get(sim, '/rate_limit')).status).toBe(200); // free even when exhausted
      expect((await get(sim, '/repos/someone/placeholder', TOKEN)).status).toBe(200); // tokens have their own budget
    }));

  it('can answer 429 instead of 403, and resets after the window on the virtual clock', () =>
    withSim(smallScenario({ limits: { unauthenticated: 1, primaryStatus: 429 } }), async (sim) => {
      const first = await get(sim, '/repos/someone/placeholder');
      expect((await get(sim, '/repos/someone/placeholder')).status).toBe(429);
      expect(sim.log.violations().map((e) => e.violation)).toEqual(['primary-limit']);
      sim.clock.advance(Number(first.headers['x-ratelimit-reset']) * 1000 - sim.clock.now());
      const after = await get(sim, '/repos/someone/placeholder');
      expect(after.status).toBe(200);
      expect(Number(after.headers['x-ratelimit-reset'])).toBe(Number(first.headers['x-ratelimit-reset']) + 3600);
    }));

  it('charges GraphQL points and answers RATE_LIMITED (HTTP 200) once they run out', () =>
    withSim(smallScenario({ tokens: [{ token: TOKEN, login: 't', rest: 10, graphql: 2 }] }), async (sim) => {
      await gql(sim, '{ viewer { login } }');
      const second = await gql(sim, '{ rateLimit { remaining used } }');
      expect(second.body.data.rateLimit).toEqual({ remaining: 0, used: 2 });
      const third = await gql(sim, '{ viewer { login } }');
      expect(third.status).toBe(200);
      expect(third.body).toEqual({ errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1000.' }] });
      expect(third.headers['x-ratelimit-remaining']).toBe('0');
      expect(third.headers['x-ratelimit-resource']).toBe('graphql');
      expect((await get(sim, '/repos/someone/placeholder', TOKEN)).status).toBe(200); // REST budget apart
      sim.clock.advance(3_600_000);
      expect((await gql(sim, '{ viewer { login } }')).body.data.viewer.login).toBe('t');
    }));

  it('can use the newer RATE_LIMIT error variant', () =>
    withSim(smallScenario({ tokens: [{ token: TOKEN, login: 't', graphql: 0 }], limits: { graphqlRateLimitedType: 'RATE_LIMIT' } }), async (sim) => {
      expect((await gql(sim, '{ viewer { login } }')).body.errors[0]).toMatchObject({ type: 'RATE_LIMIT', code: 'graphql_rate_limit' });
    }));
});

describe('per-minute secondary limits', () => {
  it('refuses REST and GraphQL points beyond the minute budget with retry-after, then lets them through', () =>
    withSim(smallScenario({ limits: { restPointsPerMinute: 3, graphqlPointsPerMinute: 2, pointsPerMinuteScope: 'all' } }), async (sim) => {
      for (let i = 0; i < 3; i++) {
        expect((await get(sim, '/repos/someone/placeholder', TOKEN)).status).toBe(200);
        sim.clock.advance(10_000);
      }
      const refused = await get(sim, '/repos/someone/placeholder', TOKEN);
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/secondary rate limit/);
      expect(refused.headers['retry-after']).toBe('30'); // the first request leaves the window 60 s after it came
      expect(sim.log.entries().at(-1)).toMatchObject({ violation: 'secondary-limit', cost: 0 });
      await gql(sim, '{ viewer { login } }');
      await gql(sim, '{ viewer { login } }');
      expect((await gql(sim, '{ viewer { login } }')).status).toBe(403); // GraphQL has its own minute budget
      sim.clock.advance(30_000);
      expect((await get(sim, '/repos/someone/placeholder', TOKEN)).status).toBe(200);
    }));
});

describe('per-endpoint minute budgets', () => {
  it('count each REST endpoint apart by default', () =>
    withSim(smallScenario({ limits: { restPointsPerMinute: 2 } }), async (sim) => {
      expect((await get(sim, '/repos/someone/placeholder', TOKEN)).status).toBe(200);
      expect((await get(sim, '/repos/OpenLab/Focus-DETR', TOKEN)).status).toBe(200);
      expect((await get(sim, '/repos/OpenLab/Focus-DETR/contents/models', TOKEN)).status).toBe(200); // another endpoint
      expect((await get(sim, '/repos/someone/new-name', TOKEN)).status).toBe(403); // third GET /repos/{owner}/{repo}
    }));

  it('name endpoints by their route template', async () => {
    const { endpointOf } = await import('../../src/sim/minute-window.js');
    expect(endpointOf('/repos/a/b')).toBe('/repos/{owner}/{repo}');
    expect(endpointOf('/repositories/1000')).toBe('/repos/{owner}/{repo}');
    expect(endpointOf('/api/v3/repos/a/b/contents/x/y.py')).toBe('/repos/{owner}/{repo}/contents/{path}');
    expect(endpointOf('/repos/a/b/commits')).toBe('/repos/{owner}/{repo}/commits');
    expect(endpointOf('/users/x')).toBe('/users/{login}');
  });
});

describe('GraphQL cost', () => {
  const aliases = (n: number, inner: string) => Array.from({ length: n }, (_, i) => `r${i}: repository(owner: "OpenLab", name: "Focus-DETR") { ${inner} }`).join('\n');

  it('follows GitHub’s formula: connections per parent, divided by 100, rounded, at least 1', () =>
    withSim(smallScenario(), async (sim) => {
      const cost = async (q: string) => (await gql(sim, q, OTHER_TOKEN), sim.log.entries().at(-1)!.cost);
      expect(await cost(`{ ${aliases(100, 'nameWithOwner stargazerCount')} }`)).toBe(1);
      expect(await cost(`{ ${aliases(100, 'repositoryTopics(first: 5) { nodes { topic { name } } } issues(states: OPEN) { totalCount }')} }`)).toBe(2);
      // GitHub's documented example: 1 + 100 + 100×50 = 5,101 requests → 51 points.
      expect(await cost('{ viewer { repositories(first: 100) { nodes { issues(first: 50) { nodes { labels(first: 60) { nodes { name } } } } } } } }')).toBe(51);
      expect(sim.log.entries().at(-1)!.graphqlRepos).toBe(0);
      expect((await gql(sim, `{ ${aliases(3, 'name')} }`), sim.log.entries().at(-1)!.graphqlRepos)).toBe(3);
    }));

  it('rejects first/last above 100 and connections without them', () =>
    withSim(smallScenario(), async (sim) => {
      const big = await gql(sim, '{ repository(owner: "OpenLab", name: "Focus-DETR") { repositoryTopics(first: 101) { nodes { topic { name } } } } }');
      expect(big.body.errors[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION', message: 'Requesting 101 records on the `repositoryTopics` connection exceeds the `first` limit of 100 records.' });
      const none = await gql(sim, '{ repository(owner: "OpenLab", name: "Focus-DETR") { repositoryTopics { nodes { topic { name } } } } }');
      expect(none.body.errors[0].type).toBe('MISSING_PAGINATION_BOUNDARIES');
    }));
});

describe('the in-flight (concurrency) limit', () => {
  // GitHub counts concurrent requests per user, not per token string: two tokens of one account
  // share the limit. Slow answers (1 s) so the requests overlap even on a loaded machine.
  const SAME_ACCOUNT = 'sim_token_test_0003';
  const scenario = () => {
    const base = smallScenario({ latency: { ms: 1000, jitterMs: 0 }, limits: { maxInFlight: 6, secondaryRetryAfter: 5 } });
    return { ...base, tokens: [...base.tokens!, { token: SAME_ACCOUNT, login: 'tester' }] };
  };
  const burst = (sim: RunningSimulator, tokens: string[]) =>
    Promise.all(tokens.flatMap((t) => Array.from({ length: 5 }, () => get(sim, '/repos/OpenLab/Focus-DETR', t))));

  it('is shared by two tokens of one account: five each, together over six, are refused with a secondary limit', () =>
    withSim(scenario(), async (sim) => {
      const answers = await burst(sim, [TOKEN, SAME_ACCOUNT]);
      const refused = answers.filter((a) => a.status === 403);
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused) {
        expect(r.body.message).toMatch(/secondary rate limit/);
        expect(r.headers['retry-after']).toBe('5');
      }
      const violations = sim.log.violations();
      expect(violations).toHaveLength(refused.length);
      expect(violations.every((v) => v.violation === 'secondary-limit' && v.inFlight > 6)).toBe(true);
      // Both tokens were used, and the account's count went past the five either sent alone.
      expect(new Set(sim.log.entries().map((e) => e.token)).size).toBe(2);
      expect(Math.max(...sim.log.entries().map((e) => e.inFlight))).toBeGreaterThan(5);
    }));

  it('is apart for tokens of two accounts: five each are all answered', () =>
    withSim(scenario(), async (sim) => {
      const answers = await burst(sim, [TOKEN, OTHER_TOKEN]);
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
      expect(sim.log.violations()).toEqual([]);
      expect(Math.max(...sim.log.entries().map((e) => e.inFlight))).toBeLessThanOrEqual(5);
    }));
});
