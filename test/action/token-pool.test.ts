// The Action's `token` input with several tokens (comma- or newline-separated) makes a pool: the
// bundle under Node 24, run as the runner runs it, against the simulator. Each token alone has too
// small a budget for the papers; together they finish, and neither value shows anywhere.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScenario, startSimulator, tokenLabel, type RunningSimulator } from '../../src/sim/index.js';
import type { Snapshot } from '../../src/types.js';
import { copyAction, runBundledAction, type ActionRun } from '../harness/action-runner.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('the Action with a pool of tokens in its token input', () => {
  let sim: RunningSimulator;
  let actionDir: string;
  let workspace: string;
  let run: ActionRun;
  let tokens: string[];

  beforeAll(async () => {
    // 300 repositories; 4 GraphQL points and 40 REST requests an hour per token: one alone runs out.
    const scenario = generateScenario({ repos: 300, seed: 7, tokens: 2, graphql: 4, rest: 40 });
    tokens = scenario.tokens!.map((t) => t.token);
    // On real time: the action compares x-ratelimit-reset with its own clock.
    sim = await startSimulator({ ...scenario, now: undefined });
    actionDir = copyAction();
    workspace = mkdtempSync(join(tmpdir(), 'ra-pool-'));
    mkdirSync(join(workspace, 'papers'));
    const names = (scenario.repos ?? []).map((r) => r.repo).filter((r) => !/-renamed$/.test(r) && !r.startsWith('new-') && !r.startsWith('upstream-'));
    writeFileSync(join(workspace, 'papers', 'list.md'), names.map((n, i) => `- Paper ${i}: https://github.com/${n}\n`).join(''));
    run = await runBundledAction({
      actionDir,
      workspace,
      env: { GITHUB_API_URL: sim.url, GITHUB_GRAPHQL_URL: sim.graphqlUrl, GITHUB_REPOSITORY: 'octo/papers', SWH_API_URL: sim.swhApiUrl, WAYBACK_API_URL: sim.waybackApiUrl },
      githubToken: 'unused-job-token',
      with: { paths: 'papers/', token: `${tokens[0]},\n${tokens[1]}\n`, 'check-web': 'false', archives: 'false', 'fail-on': 'none' },
      timeoutMs: 180_000,
    });
  }, 240_000);

  afterAll(async () => {
    await sim?.close();
    for (const dir of [actionDir, workspace]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finishes with both tokens and leaves nothing unknown', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('a pool of 2 tokens');
    const snapshot = JSON.parse(readFileSync(join(workspace, 'reports', 'snapshot.json'), 'utf8')) as Snapshot;
    expect(snapshot.repos).toHaveLength(300);
    expect(snapshot.repos.filter((r) => r.status === 'unknown')).toEqual([]);
    const graphqlBy = (t: string) => sim.log.entries().filter((e) => e.token === tokenLabel(t) && e.resource === 'graphql').length;
    expect(graphqlBy(tokens[0]!)).toBeGreaterThan(0);
    expect(graphqlBy(tokens[1]!)).toBeGreaterThan(0);
    expect(sim.log.entries().filter((e) => e.token === tokenLabel('unused-job-token'))).toEqual([]);
    expect(sim.log.entries().filter((e) => e.violation !== null)).toEqual([]);
  });

  it('masks every token for the runner and never shows one: not in the log, the summary, the outputs, the reports or the cache', () => {
    // `::add-mask::` lines are the runner's to read (it hides those values from then on), not shown.
    for (const t of tokens) expect(run.stdout).toContain(`::add-mask::${t}\n`);
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    const written = [shown, run.stderr, run.summary, JSON.stringify(run.outputs), ...filesUnder(workspace).map((f) => readFileSync(f, 'utf8'))].join('\n');
    for (const t of tokens) expect(written).not.toContain(t);
  });
});
