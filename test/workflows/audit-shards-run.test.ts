// examples/workflows/audit-shards.yml run by the harness as the runner runs it (#13): the matrix is
// expanded into one job per shard, each with its own token secret, their snapshots become artifacts
// (folders), and the merge job downloads them by pattern, runs `repo-audit merge` and commits the
// reports to the default branch of a scheduled run. The merged snapshot equals a single run's.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { ROOT } from '../harness/action-runner.js';
import { TestRepository } from '../harness/repository.js';
import { runWorkflow } from '../harness/workflow.js';
import { runCli } from '../fixtures/cli.js';

const REPO = 'octo/papers';
const SHARD_TOKENS = [1, 2, 3, 4].map((i) => `sim_token_shard_${i}_000000000`);
const started = new Date().toISOString();

/** Times of this test run are the only differences allowed between the merged and the single run. */
function runTimeFree(text: string): string {
  // trimEnd: the test repository's `show` trims the file's last newline.
  return text.trimEnd().replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, (t) => (t >= started.slice(0, 19) ? '<now>' : t));
}

describe('audit-shards.yml, run as the runner runs it', { timeout: 300_000 }, () => {
  let sim: RunningSimulator;
  let dir: string;

  beforeAll(async () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'examples/scenarios/hf-papers.json'), 'utf8')) as Scenario & { repos: object[]; tokens: object[] };
    // One account per shard's token: tokens of one account would share one budget (docs/scale.md).
    const tokens = [...base.tokens, ...SHARD_TOKENS.map((token, i) => ({ token, login: `shard-owner-${i + 1}` })), { token: 'sim_token_job_write_0001', login: 'github-actions[bot]' }];
    sim = await startSimulator({ ...base, tokens, repos: [...base.repos, { repo: REPO }] } as Scenario);
    dir = mkdtempSync(join(tmpdir(), 'ra-shards-'));
  });

  afterAll(async () => {
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('four shard jobs and a merge job commit the reports a single run writes', async () => {
    // The workflow as a user copies it, plus --no-web: the corpus links pages outside GitHub, and a
    // test must not reach beyond 127.0.0.1.
    const original = readFileSync(join(ROOT, 'examples/workflows/audit-shards.yml'), 'utf8');
    const offline = original.replace('--format json --fail-on none', '--format json --fail-on none --no-web');
    expect(offline).not.toBe(original);
    const workflow = join(dir, 'audit-shards.yml');
    writeFileSync(workflow, offline);
    const repo = new TestRepository(dir, REPO, ['package.json', 'examples/hf-papers']);
    const before = repo.head();

    const run = await runWorkflow(
      {
        workflow,
        repository: REPO,
        remote: repo.remote,
        apiUrl: sim.url,
        graphqlUrl: sim.graphqlUrl,
        token: 'sim_token_job_write_0001',
        secrets: Object.fromEntries(SHARD_TOKENS.map((t, i) => [`AUDIT_TOKEN_${i + 1}`, t])),
        cacheStore: join(dir, 'cache'),
        runRoot: join(dir, 'run'),
        runId: 7,
      },
      repo.schedule('41 2 * * 0'),
    );

    // The matrix became four jobs, each with its own shard and token, and all succeeded.
    const legs = run.legs.filter((l) => l.id.startsWith('shard'));
    expect(legs.map((l) => [l.matrix, l.result])).toEqual([1, 2, 3, 4].map((shard) => [{ shard }, 'success']));
    expect(run.jobs.merge?.result, run.jobs.merge?.steps.map((s) => s.log).join('\n')).toBe('success');
    const graphqlTokens = new Set(sim.log.entries().filter((e) => e.resource === 'graphql').map((e) => e.token));
    expect(graphqlTokens.size).toBe(4);
    for (const leg of legs) for (const step of leg.steps) for (const token of SHARD_TOKENS) expect(step.log).not.toContain(token);
    // Each shard uploaded its own snapshot as an artifact of its name.
    for (const shard of [1, 2, 3, 4]) expect(readFileSync(join(dir, 'run', 'artifacts', `shard-${shard}`, 'snapshot.json'), 'utf8')).toContain(`"index": ${shard}`);

    // Each shard saved its cache of answers under its own key (the save step runs under always()).
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual([1, 2, 3, 4].map((i) => `repo-audit-shard-${i}-7`));

    // The merge job committed to the default branch (a schedule payload has no repository).
    expect(repo.head()).not.toBe(before);
    expect(repo.log()[0]).toBe('audit-shards: refresh repository health reports');
    const merged = repo.show('reports/snapshot.json');

    // The same papers audited in one run, from this checkout, give the same snapshot and CSV.
    const single = join(dir, 'single');
    const r = await runCli(['audit', 'examples/hf-papers/', '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, 'single-cache'), '--out', single, '--format', 'json,csv', '--fail-on', 'none'], { GITHUB_TOKEN: SHARD_TOKENS[0]! });
    expect(r.code, r.stderr).toBe(0);
    const one = JSON.parse(readFileSync(join(single, 'snapshot.json'), 'utf8'));
    expect(JSON.parse(merged).repos.length).toBe(one.repos.length);
    expect(runTimeFree(merged)).toBe(runTimeFree(readFileSync(join(single, 'snapshot.json'), 'utf8')));
    expect(runTimeFree(repo.show('reports/repos.csv'))).toBe(runTimeFree(readFileSync(join(single, 'repos.csv'), 'utf8')));
  });
});
