// Issue #9 item 3: a repository the token can see but readers cannot (`isPrivate`) is never `ok`.
// Through the CLI against the simulator over real HTTP, with a token (GraphQL) and without (REST).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';

const TOKEN = 'sim_token_private_0001';
let dir: string;
let sim: RunningSimulator;
let papers: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-private-'));
  papers = join(dir, 'papers.md');
  writeFileSync(papers, '- Open: https://github.com/lab/open\n- Hidden: https://github.com/lab/hidden\n');
  sim = await startSimulator({
    tokens: [{ token: TOKEN, login: 'lab' }],
    repos: [{ repo: 'lab/open', license: 'MIT' }, { repo: 'lab/hidden', license: 'MIT', private: true }],
  });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const repoOf = (name: string, key: string) => JSON.parse(readFileSync(join(dir, name, 'snapshot.json'), 'utf8')).repos.find((r: { key: string }) => r.key === key);

describe('private is not public', () => {
  it("the token's owner sees it (isPrivate): reported not found, 'private (visible only to the token's owner)', exit 1", async () => {
    const r = await runCli(['audit', papers, '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--cache-dir', join(dir, 'c1'), '--out', join(dir, 'token'), '--quiet'], { GITHUB_TOKEN: TOKEN });
    expect(r.code).toBe(1);
    const hidden = repoOf('token', 'github/lab/hidden');
    expect(hidden.status).toBe('not-found');
    expect(hidden.reasons.status).toBe("private (visible only to the token's owner)");
    expect(repoOf('token', 'github/lab/open').status).toBe('ok');
    expect(readFileSync(join(dir, 'token', 'repos.csv'), 'utf8')).toMatch(/github\/lab\/hidden.*not-found.*private \(visible only to the token's owner\)/);
    expect(r.stdout).toMatch(/1 ok, 1 not found/);
  });

  it('without a token GitHub answers 404, as for any missing repository', async () => {
    const r = await runCli(['audit', papers, '--api-url', sim.url, '--cache-dir', join(dir, 'c2'), '--out', join(dir, 'anon'), '--quiet']);
    expect(r.code).toBe(1);
    expect(repoOf('anon', 'github/lab/hidden').status).toBe('not-found');
  });
});
