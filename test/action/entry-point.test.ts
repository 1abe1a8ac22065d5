// Runs the action's entry point the way the runner runs action.yml's step: a separate process whose
// environment is action.yml's own `env:` mapping evaluated with this test's `with:` values, plus
// what the runner always sets (GITHUB_ACTIONS, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL,
// GITHUB_GRAPHQL_URL). GitHub is the simulator with the bundled scenario, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../src/sim/index.js';
import type { Snapshot } from '../../src/types.js';
import { ROOT, actionEnv } from './runner-env.js';

const SCENARIO = join(ROOT, 'examples/scenarios/hf-papers.json');
const ENTRY = join(ROOT, 'src/action/main.ts');

interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function runStep(env: Record<string, string>, dir: string): Promise<StepRun> {
  const output = join(dir, 'github_output');
  const summary = join(dir, 'step_summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: ROOT,
    // Nothing of this process's own GitHub environment leaks in (no GITHUB_TOKEN from outside).
    env: { PATH: process.env.PATH ?? '', HOME: dir, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      resolve({ code, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') });
    });
  });
}

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the action entry point, run as the runner runs it', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let dir: string;
  let token: string;
  let run: StepRun;

  beforeAll(async () => {
    sim = await startSimulator(SCENARIO);
    dir = mkdtempSync(join(tmpdir(), 'ra-entry-'));
    const first = sim.scenario.tokens[0];
    if (!first) throw new Error('the scenario lists no token');
    token = first.token;
    const env = actionEnv(
      // No web checks: tests reach nothing but 127.0.0.1 (non-GitHub links are then `unknown`).
      { paths: 'examples/hf-papers/', 'output-dir': join(dir, 'reports'), 'cache-dir': join(dir, 'cache'), 'check-web': 'false' },
      token, // what `${{ github.token }}` gives the default `token` input
    );
    run = await runStep({ ...env, GITHUB_API_URL: sim.url, GITHUB_GRAPHQL_URL: sim.graphqlUrl }, dir);
  });

  afterAll(async () => {
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the reports and reports where they are', () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.outputs['report-path']).toBe(join(dir, 'reports', 'health.md'));
    expect(existsSync(join(dir, 'reports', 'health.md'))).toBe(true);
    expect(existsSync(join(dir, 'reports', 'snapshot.json'))).toBe(true);
  });

  it('sets dead, empty and exit-code from the audit, and exits with the exit code', () => {
    const snapshot = JSON.parse(readFileSync(join(dir, 'reports', 'snapshot.json'), 'utf8')) as Snapshot;
    const count = (statuses: string[]) => snapshot.repos.filter((r) => statuses.includes(r.status)).length;
    expect(snapshot.repos.length).toBeGreaterThan(50);
    expect(Number(run.outputs.dead)).toBe(count(['not-found', 'blocked']));
    expect(Number(run.outputs.empty)).toBe(count(['empty', 'placeholder']));
    // The bundled scenario has dead repositories, so the default fail-on (not-found, blocked) flags the run.
    expect(Number(run.outputs.dead)).toBeGreaterThan(0);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.code).toBe(1);
  });

  it('appends the summary to the job summary', () => {
    expect(run.summary.length).toBeGreaterThan(200);
    expect(run.summary).toMatch(/^#/m);
    expect(run.summary).toContain('|');
  });

  it('annotates each dead or blocked link at the file and line where it is written', () => {
    const warnings = [...run.stdout.matchAll(/^::warning file=([^,]+),line=(\d+)[^:]*::(\S+)/gm)];
    expect(warnings.length).toBeGreaterThanOrEqual(Number(run.outputs.dead));
    for (const [, file, line, url] of warnings) {
      const text = readFileSync(join(ROOT, file ?? ''), 'utf8').split('\n')[Number(line) - 1] ?? '';
      const repo = new URL(url ?? '').pathname.split('/').slice(1, 3).join('/').toLowerCase();
      expect(text.toLowerCase(), `${file}:${line}`).toContain(repo);
    }
  });

  it('never shows the token: only the mask command the runner consumes carries it', () => {
    const lines = run.stdout.split('\n').filter((l) => l.includes(token));
    expect(lines).toEqual([`::add-mask::${token}`]);
    expect(run.stdout.indexOf('::add-mask::')).toBe(0);
    expect(run.stderr).not.toContain(token);
    for (const file of filesUnder(dir)) expect(readFileSync(file, 'utf8'), file).not.toContain(token);
  });

  it('with a rejected token and fail: false, says the run could not finish and lets the step pass', async () => {
    const bad = 'ghp_notAValidTokenForTheSimulator000000';
    const env = actionEnv({ paths: 'examples/hf-papers/', 'output-dir': join(dir, 'bad'), 'cache-dir': join(dir, 'bad-cache'), token: bad, fail: 'false', 'check-web': 'false' });
    const r = await runStep({ ...env, GITHUB_API_URL: sim.url, GITHUB_GRAPHQL_URL: sim.graphqlUrl }, dir);
    expect(r.outputs['exit-code']).toBe('3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::error title=repo-audit could not finish::/m);
    expect(r.stdout.split('\n').filter((l) => l.includes(bad))).toEqual([`::add-mask::${bad}`]);
  });
});
