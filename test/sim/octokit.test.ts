// The simulator as the real `octokit` package sees it, with its default throttling and retry
// plugins ON (their waits shortened through retryAfterBaseValue so the test stays fast).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from 'octokit';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { smallScenario, TOKEN } from './fixtures.js';

const LIMITED = 'sim_token_limited_0003';
let sim: RunningSimulator;
const calls = { rate: 0, secondary: 0 };

function client(token: string | null = TOKEN, baseUrl = sim.url): Octokit {
  return new Octokit({
    ...(token ? { auth: token } : {}),
    baseUrl,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      retryAfterBaseValue: 1,
      onRateLimit: () => {
        calls.rate++;
        return false; // do not wait for the reset: the test advances the clock itself
      },
      onSecondaryRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) => (calls.secondary++, retryCount < 10),
    },
  });
}

beforeAll(async () => {
  const base = smallScenario();
  sim = await startSimulator(
    { ...base, tokens: [...base.tokens!, { token: LIMITED, login: 'limited', rest: 3, graphql: 5 }], latency: { ms: 20, jitterMs: 5 }, limits: { maxInFlight: 4, secondaryRetryAfter: 50 } },
    { clock: 'frozen' },
  );
});
afterAll(() => sim.close());

describe('octokit against the simulator', () => {
  it('follows a rename through the 301 and gets the canonical repository', async () => {
    const { data, status } = await client().rest.repos.get({ owner: 'SOMEONE', repo: 'old-name' });
    expect(status).toBe(200);
    expect(data.full_name).toBe('someone/new-name');
  });

  it('throws RequestError with GitHub’s status and body for 404 and 451, and 304 for a held ETag', async () => {
    await expect(client().rest.repos.get({ owner: 'someone', repo: 'deleted' })).rejects.toMatchObject({ status: 404 });
    await expect(client().rest.repos.get({ owner: 'someone', repo: 'taken-down' })).rejects.toMatchObject({ status: 451, response: { data: { block: { reason: 'dmca' } } } });
    const first = await client().rest.repos.get({ owner: 'OpenLab', repo: 'Focus-DETR' });
    await expect(client().rest.repos.get({ owner: 'OpenLab', repo: 'Focus-DETR', headers: { 'if-none-match': first.headers.etag! } })).rejects.toMatchObject({ status: 304 });
  });

  it('gives partial data and NOT_FOUND errors to octokit.graphql (GraphqlResponseError)', async () => {
    const q = '{ a: repository(owner: "openlab", name: "focus-detr") { nameWithOwner } b: repository(owner: "x", name: "missing") { nameWithOwner } }';
    const err = (await client().graphql(q).catch((e: unknown) => e)) as { data: Record<string, unknown>; errors: { type: string; path: string[] }[] };
    expect(err.data).toEqual({ a: { nameWithOwner: 'OpenLab/Focus-DETR' }, b: null });
    expect(err.errors).toMatchObject([{ type: 'NOT_FOUND', path: ['b'] }]);
  });

  it('retries a repository that fails its first requests with 503 (retry plugin) and then succeeds', async () => {
    const { data } = await client().rest.repos.get({ owner: 'someone', repo: 'flaky' });
    expect(data.full_name).toBe('someone/flaky');
    const statuses = sim.log.entries().filter((e) => e.path === '/repos/someone/flaky').map((e) => e.status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('answers too many requests in flight with a secondary limit the throttling plugin recognises', async () => {
    // A simulator of its own with slow answers, so the twelve requests overlap even when a loaded
    // machine sends them late (with 20 ms answers they sometimes did not, and nothing was refused).
    const slow = await startSimulator({ ...smallScenario(), latency: { ms: 400, jitterMs: 0 }, limits: { maxInFlight: 4, secondaryRetryAfter: 50 } }, { clock: 'frozen' });
    const before = calls.secondary;
    try {
      const octokit = client(TOKEN, slow.url);
      const all = await Promise.all(Array.from({ length: 12 }, () => octokit.rest.repos.get({ owner: 'OpenLab', repo: 'Focus-DETR' })));
      expect(all.every((r) => r.status === 200)).toBe(true);
      const violations = slow.log.violations();
      expect(violations.length).toBeGreaterThan(0);
      expect(violations.every((v) => v.violation === 'secondary-limit' && v.status === 403 && v.inFlight > 4)).toBe(true);
      expect(calls.secondary - before).toBe(violations.length);
    } finally {
      await slow.close();
    }
  });

  it('answers an exhausted primary budget with 403 and remaining 0 until the hourly reset', async () => {
    const octokit = client(LIMITED);
    for (let i = 0; i < 3; i++) await octokit.rest.repos.get({ owner: 'OpenLab', repo: 'Focus-DETR' });
    const err = (await octokit.rest.repos.get({ owner: 'OpenLab', repo: 'Focus-DETR' }).catch((e: unknown) => e)) as { status: number; response: { headers: Record<string, string>; data: { message: string } } };
    expect(err.status).toBe(403);
    expect(err.response.headers['x-ratelimit-remaining']).toBe('0');
    expect(err.response.data.message).toMatch(/^API rate limit exceeded for user ID \d+\.$/);
    expect(calls.rate).toBe(1);
    expect(sim.log.entries().at(-1)!.violation).toBe('primary-limit');
    sim.clock.advance(3_600_000);
    expect((await octokit.rest.repos.get({ owner: 'OpenLab', repo: 'Focus-DETR' })).headers['x-ratelimit-remaining']).toBe('2');
  });
});
