// A pool of tokens through the CLI against the simulator over HTTP: two tokens finish a run that
// either alone could not finish without waiting; a rejected token is dropped by position (never
// by value); two tokens of one account are caught; GITHUB_TOKENS is read comma- or newline-separated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateScenario, startSimulator, tokenLabel, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import type { RepoFacts } from '../../src/types.js';
import { runCli } from '../fixtures/cli.js';

let dir: string;
let sim: RunningSimulator | null = null;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'repo-audit-pool-'))));
afterEach(async () => {
  await sim?.close();
  sim = null;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 300 repositories; each token has 4 GraphQL points and 40 REST requests an hour: 6 queries and ~50 follow-ups need both. */
function smallBudgets(tokens: number): Scenario {
  return generateScenario({ repos: 300, seed: 7, tokens, graphql: 4, rest: 40 });
}

function inputFor(scenario: Scenario, name: string): string {
  const names = (scenario.repos ?? []).map((r) => r.repo).filter((r) => !/-renamed$/.test(r) && !r.startsWith('new-') && !r.startsWith('upstream-'));
  const file = join(dir, `${name}.md`);
  writeFileSync(file, names.map((n, i) => `- Paper ${i}: https://github.com/${n}\n`).join(''));
  return file;
}

async function harvest(scenario: Scenario, name: string, tokenArgs: string[], env: Record<string, string> = {}) {
  // The simulator's clock on real time (a generated scenario starts it on a fixed date): the CLI
  // compares x-ratelimit-reset with its own clock.
  sim = await startSimulator({ ...scenario, now: undefined });
  const out = join(dir, `${name}.json`);
  const r = await runCli(['harvest', inputFor(scenario, name), '--api-url', sim.url, '--no-web', '--cache-dir', join(dir, `${name}-cache`), '--out', out, ...tokenArgs], env);
  const facts = r.code === 0 || r.code === 3 ? (JSON.parse(readFileSync(out, 'utf8')).facts as RepoFacts[]) : [];
  return { ...r, facts, log: sim.log.entries() };
}

describe('a pool of tokens', () => {
  it('two tokens finish a run that either alone cannot finish without waiting', async () => {
    const scenario = smallBudgets(2);
    const [a, b] = (scenario.tokens ?? []).map((t) => t.token) as [string, string];
    for (const [name, token] of [['alone-a', a], ['alone-b', b]] as const) {
      const alone = await harvest(scenario, name, ['--token', token]);
      expect(alone.code, alone.stderr).toBe(3);
      expect(alone.stderr).toMatch(/rate limit exhausted/);
      expect(alone.facts.filter((f) => f.outcome === 'unknown').length).toBeGreaterThan(0);
    }
    const pool = await harvest(scenario, 'pool', ['--token', a, '--token', b]);
    expect(pool.code, pool.stderr).toBe(0);
    expect(pool.facts).toHaveLength(300);
    expect(pool.facts.filter((f) => f.outcome === 'unknown')).toEqual([]);
    expect(pool.stderr).toMatch(/a pool of 2 tokens; 78 REST requests left in all/); // 80, less one GET /user each
    expect(pool.stderr).toMatch(/needs? ~6 GraphQL points in 6 queries; 8 left/);
    // Both tokens did work, nothing went over any limit, and neither value was printed.
    const byToken = (t: string) => pool.log.filter((e) => e.token === tokenLabel(t));
    expect(byToken(a).filter((e) => e.resource === 'graphql').length).toBeGreaterThan(1);
    expect(byToken(b).filter((e) => e.resource === 'graphql').length).toBeGreaterThan(1);
    expect(pool.log.filter((e) => e.violation !== null)).toEqual([]);
    expect(pool.stderr + pool.stdout).not.toContain(a);
    expect(pool.stderr + pool.stdout).not.toContain(b);
  }, 300_000);

  it('drops a rejected token with a notice naming its position, and finishes with the others (GITHUB_TOKENS, newline-separated)', async () => {
    const scenario = generateScenario({ repos: 60, seed: 3, tokens: 2 });
    const [a, b] = (scenario.tokens ?? []).map((t) => t.token) as [string, string];
    const wrong = 'ghp_notAKnownToken0123456789abcdefABCD';
    const r = await harvest(scenario, 'rejected', [], { GITHUB_TOKENS: `${a}\n${wrong}\n${b}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('token 2 of 3 was rejected (401 bad credentials): dropped, 2 left');
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expect(r.facts.filter((f) => f.outcome === 'unknown')).toEqual([]);
    const all = await harvest(scenario, 'all-wrong', ['--token', wrong, '--token', `${wrong}x`]);
    expect(all.code).toBe(3);
    expect(all.stderr).toContain('bad credentials');
    expect(all.stderr).not.toContain(wrong);
  }, 180_000);

  it('warns about two tokens of one account (they share one budget) and uses one of them', async () => {
    const scenario = generateScenario({ repos: 60, seed: 5, tokens: 3 });
    scenario.tokens![2]!.login = scenario.tokens![0]!.login; // tokens 1 and 3: one user
    const tokens = scenario.tokens!.map((t) => t.token);
    const r = await harvest(scenario, 'same-account', [], { GITHUB_TOKENS: tokens.join(',') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: tokens 1 and 3 belong to the same account (${scenario.tokens![0]!.login}), which has one budget and one per-minute limit for both: using token 1 only`);
    const third = r.log.filter((e) => e.token === tokenLabel(tokens[2]!));
    expect(third.map((e) => e.path)).toEqual(['/rate_limit', '/user']);
    expect(r.stderr + r.stdout).not.toContain(tokens[2]!);
  }, 120_000);

  it('catches two app tokens of one installation by their budgets moving together (GET /user cannot tell)', async () => {
    const scenario = generateScenario({ repos: 60, seed: 6, tokens: 3 });
    for (const t of scenario.tokens!) t.app = true;
    scenario.tokens![1]!.login = scenario.tokens![0]!.login; // tokens 1 and 2: one installation
    const tokens = scenario.tokens!.map((t) => t.token);
    const r = await harvest(scenario, 'same-installation', ['--token', tokens[0]!, '--token', tokens[1]!, '--token', tokens[2]!]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: tokens 1 and 2 belong to one account, it seems (GET /user could not say; their x-ratelimit-used moved together)');
    expect(r.stderr).not.toMatch(/tokens \d and 3/);
    // Token 2 sent nothing after the check; tokens 1 and 3 shared the work.
    const of = (t: string) => r.log.filter((e) => e.token === tokenLabel(t)).map((e) => e.path);
    expect(of(tokens[1]!)).toEqual(['/rate_limit', '/user', '/rate_limit']);
    expect(of(tokens[2]!).filter((p) => p === '/graphql').length).toBeGreaterThan(0);
    expect(r.log.filter((e) => e.violation !== null)).toEqual([]);
  }, 120_000);
});
