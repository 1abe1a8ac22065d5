// The bundled action, run as the runner runs a `node24` action: Node 24, a copy of the action that
// holds only action.yml and dist/, inputs as INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, and the simulator (bundled scenario, real HTTP) as GITHUB_API_URL. The workspace is a
// temporary folder holding the papers, as a checkout would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../src/sim/index.js';
import type { Snapshot } from '../../src/types.js';
import { ROOT, copyAction, runBundledAction, type ActionRun } from '../harness/action-runner.js';

const SCENARIO = join(ROOT, 'examples/scenarios/hf-papers.json');

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the bundled action under Node 24, run as the runner runs it', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let actionDir: string;
  let workspace: string;
  let token: string;
  let run: ActionRun;
  let env: Record<string, string>;

  beforeAll(async () => {
    sim = await startSimulator(SCENARIO);
    actionDir = copyAction();
    workspace = mkdtempSync(join(tmpdir(), 'ra-workspace-'));
    cpSync(join(ROOT, 'examples/hf-papers'), join(workspace, 'examples/hf-papers'), { recursive: true });
    const first = sim.scenario.tokens[0];
    if (!first) throw new Error('the scenario lists no token');
    token = first.token;
    // Archived copies are on by default in the Action: they too go to the simulator, never outside.
    env = { GITHUB_API_URL: sim.url, GITHUB_GRAPHQL_URL: sim.graphqlUrl, GITHUB_REPOSITORY: 'octo/papers', SWH_API_URL: sim.swhApiUrl, WAYBACK_API_URL: sim.waybackApiUrl };
    // No web checks: tests reach nothing but 127.0.0.1 (non-GitHub links are then `unknown`).
    run = await runBundledAction({ actionDir, workspace, env, githubToken: token, with: { paths: 'examples/hf-papers/', 'check-web': 'false' } });
  });

  afterAll(async () => {
    await sim?.close();
    for (const dir of [actionDir, workspace]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs from a folder holding only action.yml and dist/', () => {
    expect(readdirSync(actionDir).sort()).toEqual(['action.yml', 'dist']);
    expect(run.stderr).toBe('');
  });

  it('writes the reports in the workspace and says where they are', () => {
    expect(run.outputs['report-path']).toBe(join('reports', 'health.md'));
    expect(existsSync(join(workspace, 'reports', 'health.md'))).toBe(true);
    expect(existsSync(join(workspace, 'reports', 'snapshot.json'))).toBe(true);
    expect(existsSync(join(workspace, '.repo-audit'))).toBe(true);
    expect(run.outputs.changed).toBe('true');
  });

  it('sets dead, empty and exit-code from the audit, and exits with the exit code', () => {
    const snapshot = JSON.parse(readFileSync(join(workspace, 'reports', 'snapshot.json'), 'utf8')) as Snapshot;
    const count = (statuses: string[]) => snapshot.repos.filter((r) => statuses.includes(r.status)).length;
    expect(snapshot.repos.length).toBeGreaterThan(50);
    expect(Number(run.outputs.dead)).toBe(count(['not-found', 'blocked']));
    expect(Number(run.outputs.empty)).toBe(count(['empty', 'placeholder']));
    // The bundled scenario has dead repositories, so the default fail-on (not-found, blocked) flags the run.
    expect(Number(run.outputs.dead)).toBeGreaterThan(0);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.code).toBe(1);
  });

  it('looks up archived copies of the dead links by default (the archives input is on), in the simulator only', () => {
    expect(readFileSync(join(workspace, 'reports', 'health.md'), 'utf8')).toMatch(/\| Archived copy \|/);
    expect(sim.log.entries().some((e) => e.resource === 'swh')).toBe(true);
    expect(sim.log.entries().filter((e) => e.resource === 'swh').every((e) => e.token === 'swh-anonymous')).toBe(true);
  });

  it('appends the summary to the job summary', () => {
    expect(run.summary.length).toBeGreaterThan(200);
    expect(run.summary).toMatch(/^#/m);
    expect(run.summary).toContain('|');
  });

  it('annotates each dead or blocked link at the file and line where it is written', () => {
    const warnings = [...run.stdout.matchAll(/^::warning title=[^,]*,file=([^,]+),line=(\d+)::(\S+)/gm)];
    expect(warnings.length).toBeGreaterThanOrEqual(Number(run.outputs.dead));
    for (const [, file, line, url] of warnings) {
      const text = readFileSync(join(workspace, file ?? ''), 'utf8').split('\n')[Number(line) - 1] ?? '';
      const repo = new URL(url ?? '').pathname.split('/').slice(1, 3).join('/').toLowerCase();
      expect(text.toLowerCase(), `${file}:${line}`).toContain(repo);
    }
  });

  it('never shows the token: only the mask command the runner consumes carries it', () => {
    const lines = run.stdout.split('\n').filter((l) => l.includes(token));
    expect(lines).toEqual([`::add-mask::${token}`]);
    expect(run.stdout.indexOf('::add-mask::')).toBe(0);
    expect(run.stderr).not.toContain(token);
    for (const file of filesUnder(workspace)) expect(readFileSync(file, 'utf8'), file).not.toContain(token);
  });

  it('a second run with nothing new says changed=false; job-summary: false leaves the summary alone', async () => {
    const again = await runBundledAction({
      actionDir, workspace, env, githubToken: token,
      with: { paths: 'examples/hf-papers/', 'check-web': 'false', 'job-summary': 'false', fail: 'false' },
    });
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs['exit-code']).toBe('1');
    expect(again.code).toBe(0);
    expect(again.summary).toBe('');
  });

  it('debug: true logs the resolved options with the token masked', async () => {
    const r = await runBundledAction({
      actionDir, workspace, env, githubToken: token,
      with: { paths: 'examples/hf-papers/', 'check-web': 'false', debug: 'true', 'output-dir': 'debug-out' },
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('repo-audit options: '));
    expect(JSON.parse(line?.slice('repo-audit options: '.length) ?? '{}')).toMatchObject({ token: '***', outDir: 'debug-out', checkWeb: false });
  });

  it('ignore: an ignore file that accepts every problem makes the run pass without annotations', async () => {
    writeFileSync(join(workspace, 'accepted.txt'), '**   # every problem is known here\n');
    const r = await runBundledAction({
      actionDir, workspace, env, githubToken: token,
      with: { paths: 'examples/hf-papers/', 'check-web': 'false', ignore: 'accepted.txt', 'output-dir': 'ignored' },
    });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::warning/m);
    expect(readFileSync(join(workspace, 'ignored', 'health.md'), 'utf8')).toContain('Accepted');
  });

  it('with a rejected token and fail: false, says the run could not finish and lets the step pass', async () => {
    const bad = 'ghp_notAValidTokenForTheSimulator000000';
    const r = await runBundledAction({
      actionDir, workspace, env,
      with: { paths: 'examples/hf-papers/', 'output-dir': 'bad', 'cache-dir': 'bad-cache', token: bad, fail: 'false', 'check-web': 'false' },
    });
    expect(r.outputs['exit-code']).toBe('3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::error title=repo-audit could not finish::/m);
    expect(r.stdout.split('\n').filter((l) => l.includes(bad))).toEqual([`::add-mask::${bad}`]);
  });

  it('mode issue: GitHub refusing the token is exit 3 with one line saying what was refused, not a crash', async () => {
    const bad = 'ghp_notAValidTokenForTheSimulator111111';
    const r = await runBundledAction({ actionDir, workspace, env, with: { mode: 'issue', token: bad } });
    expect(r.code, r.stdout).toBe(3);
    expect(r.stdout).toMatch(/^::error title=repo-audit failed::the health issue: GitHub answered 401 \(Bad credentials/m);
    expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
    expect(r.stdout.split('\n').filter((l) => l.includes(bad))).toEqual([`::add-mask::${bad}`]);
  });

  it('a bad input is one error line naming it, exit code 2', async () => {
    const r = await runBundledAction({ actionDir, workspace, env, githubToken: token, with: { paths: 'x', format: 'pdf' } });
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.stdout).toContain('::error title=repo-audit%3A bad input::input "format"');
  });
});
