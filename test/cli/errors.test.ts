// One error model through the CLI (src/errors.ts): a usage error is one line and exit 2; a bug —
// here a TypeError thrown inside the harvester — is exit 70 with its stack, the token hidden, and
// never an "incomplete run" (exit 3) with reports that hide it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';

const TOKEN = 'ghp_errorsTestToken0123456789abcdefABCD';
const INJECT = resolve('test/fixtures/errors/inject-bug.mjs');
let dir: string;
let sim: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-errors-'));
  writeFileSync(join(dir, 'papers.md'), '- https://github.com/lab/a\n- https://github.com/lab/b\n');
  sim = await startSimulator({ tokens: [{ token: TOKEN, login: 'lab' }], repos: [{ repo: 'lab/a' }, { repo: 'lab/b' }] });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI as a child process; `bugIn` (a source folder) gets a TypeError injected (test/fixtures/errors/inject-bug.mjs). */
function cli(args: string[], bugIn: string | null = null): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const imports = ['--import', 'tsx', ...(bugIn ? ['--import', INJECT] : [])];
  const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), GITHUB_TOKEN: TOKEN, ...(bugIn ? { INJECT_BUG_IN: bugIn } : {}) };
  const child = spawn(process.execPath, [...imports, 'src/cli/main.ts', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const audit = (out: string): string[] => ['audit', join(dir, 'papers.md'), '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, `cache-${out}`), '--out', join(dir, out)];

describe('errors through the CLI', () => {
  it('a bug inside the harvester is exit 70 with its stack and a request for a bug report, token hidden; no reports pretend the run was incomplete', async () => {
    const r = await cli(audit('bug'), 'src/harvest/');
    expect(r.code, r.stderr).toBe(70);
    expect(r.stderr).toContain('repo-audit: internal error — a bug in repo-audit. Please open an issue');
    expect(r.stderr).toMatch(/TypeError: Cannot read properties of undefined \(reading '\*\*\*'\)\n\s+at /);
    expect(r.stderr).toMatch(/src\/harvest\//);
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.stderr).not.toMatch(/could not finish|harvest failed/);
    expect(existsSync(join(dir, 'bug', 'health.md'))).toBe(false);
  }, 60_000);

  it('a bug inside a reader is exit 70 with its stack, not an input that "cannot be read" (exit 2)', async () => {
    const r = await cli(['extract', join(dir, 'papers.md'), '--format', 'json'], 'src/read/');
    expect(r.code, r.stderr).toBe(70);
    expect(r.stderr).toContain('repo-audit: internal error — a bug in repo-audit.');
    expect(r.stderr).toMatch(/src\/read\//);
    expect(r.stderr).not.toMatch(/cannot be read/);
    expect(r.stderr).not.toContain(TOKEN);
  }, 60_000);

  it('the same audit without the fault succeeds (the fault, not the setup, made the bug)', async () => {
    const r = await cli(audit('ok'));
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'ok', 'health.md'))).toBe(true);
  }, 60_000);

  it('a usage error is one line naming the option, exit 2, no stack', async () => {
    const r = await cli([...audit('usage'), '--fail-on', 'dead']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^repo-audit: --fail-on: unknown "dead" \(use any of: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
