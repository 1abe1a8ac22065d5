// Issue #9 item 1: a run that could not check never reads as healthy. Through the CLI against the
// simulator (or a port nothing listens on) over real HTTP on 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { closedPort, runCli } from '../fixtures/cli.js';

const TOKEN = 'sim_token_unchecked_0001';
const REPOS = ['lab/alpha', 'lab/beta', 'lab/gamma', 'lab/delta'];
const SCENARIO: Scenario = {
  tokens: [{ token: TOKEN, login: 'tester' }],
  // GET /rate_limit is free: 3 requests decide 3 of the 4, no details. Real time (no `now`): the CLI runs on it.
  limits: { unauthenticated: 3 },
  repos: REPOS.map((repo) => ({ repo, license: 'MIT', pushedAt: '2026-10-01T00:00:00Z' })),
};

let dir: string;
let sim: RunningSimulator;
let papers: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-unchecked-'));
  papers = join(dir, 'papers.md');
  writeFileSync(papers, ['# Papers', '', ...REPOS.map((r, i) => `- Paper ${i}: code at https://github.com/${r}`), '- A project page: https://lab.example.org/page', ''].join('\n'));
  sim = await startSimulator(SCENARIO);
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const outArgs = (name: string) => ['--no-web', '--cache-dir', join(dir, `${name}-cache`), '--out', join(dir, name)];
const read = (name: string, file: string) => readFileSync(join(dir, name, file), 'utf8');
const verdict = (name: string) => read(name, 'health.md').split('\n')[2] ?? '';

describe('never a false healthy', () => {
  it('GitHub unreachable: exit 3, one stderr line naming the host and the cause, a verdict that says nothing was checked', async () => {
    const port = await closedPort();
    const api = `http://127.0.0.1:${port}`;
    const r = await runCli(['audit', papers, '--api-url', api, '--graphql-url', `${api}/graphql`, ...outArgs('down')], { GITHUB_TOKEN: 'x' });
    expect(r.code).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('repo-audit:'));
    expect(lines).toEqual([`repo-audit: the run could not finish: cannot reach ${api} (ECONNREFUSED)`]);
    expect(verdict('down')).toMatch(/^\*\*This run did not finish: 4 of 5 linked repositories were not checked\*\* \(cannot reach http:.*127\.0\.0\.1:\d+ \(ECONNREFUSED\)\)\./);
    expect(read('down', 'health.md')).not.toMatch(/reachable and hold code|are healthy/);
    expect(r.stdout).toMatch(/^5 repositories from 5 papers: 4 not checked, 1 skipped \(--no-web\) \(incomplete run\)$/m);
    expect(JSON.parse(read('down', 'snapshot.json')).incomplete.reason).toBe(`cannot reach ${api} (ECONNREFUSED)`);
  });

  it('a rejected token: exit 3, and the verdict says what was not checked, first', async () => {
    const r = await runCli(['audit', papers, '--api-url', sim.url, ...outArgs('badtoken')], { GITHUB_TOKEN: 'sim_wrong_token_42' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^repo-audit: the run could not finish: bad credentials: GitHub rejected the token \(401\)/m);
    expect(verdict('badtoken')).toMatch(/^\*\*This run did not finish: 4 of 5 linked repositories were not checked\*\* \(bad credentials/);
    expect(verdict('badtoken')).not.toMatch(/reachable and hold code/);
  });

  it('a spent no-token budget: the verdict leads with how many were not checked and why', async () => {
    const r = await runCli(['audit', papers, '--api-url', sim.url, ...outArgs('notoken')]);
    expect(r.code).toBe(3);
    expect(verdict('notoken')).toMatch(/^\*\*This run did not finish: 1 of 5 linked repositories was not checked\*\* \(rate limit exhausted \(core\)/);
    expect(verdict('notoken')).toContain('**All 3 checked repositories are reachable**; whether they hold code was not checked (details not fetched).');
    expect(verdict('notoken')).toMatch(/1 link outside GitHub was skipped on purpose \(--no-web\)\.$/);
    const snapshot = JSON.parse(read('notoken', 'snapshot.json'));
    expect(snapshot.summary.byStatus).toMatchObject({ ok: 3, unknown: 2 });
  });

  it('--fail-on unknown is accepted and matches what was not checked', async () => {
    const r = await runCli(['audit', papers, '--api-url', sim.url, ...outArgs('failon'), '--fail-on', 'unknown', '--quiet'], { GITHUB_TOKEN: TOKEN });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Found what --fail-on lists: unknown 1 repository.');
    expect(r.code).toBe(1);
    expect(verdict('failon')).toMatch(/^\*\*All 4 checked repositories are reachable and hold code\.\*\*/);
  });
});
