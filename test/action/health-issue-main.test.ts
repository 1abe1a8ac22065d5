// The script nightly.yml runs between the audit and the issue: run as the workflow runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'src/action/health-issue-main.ts');

const repo = (key: string, status: string, checkedAt: string) => ({
  key,
  url: `https://github.com/${key.slice('github/'.length)}`,
  status,
  flags: [],
  reasons: {},
  error: null,
  checkedAt,
  papers: [{ source: 'examples/hf-papers/000.txt', line: 3, title: 'A paper' }],
});
const snapshot = (generatedAt: string, repos: unknown[]) => ({
  schemaVersion: 1,
  generatedAt,
  tool: { name: 'repo-audit', version: '0.1.0' },
  summary: { papers: 0, links: 0, repos: repos.length, byStatus: {}, byFlag: {} },
  repos,
  papers: [],
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-issue-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(current: unknown, previous: unknown | null, failOn = 'not-found,blocked') {
  const files = { current: join(dir, 'current.json'), previous: join(dir, 'previous.json'), body: join(dir, 'body.md'), output: join(dir, 'output') };
  writeFileSync(files.current, JSON.stringify(current));
  rmSync(files.previous, { force: true });
  if (previous) writeFileSync(files.previous, JSON.stringify(previous));
  writeFileSync(files.output, '');
  const args = ['--import', 'tsx', SCRIPT, '--current', files.current, '--previous', files.previous, '--fail-on', failOn, '--body-out', files.body];
  execFileSync(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: files.output }, timeout: 20_000 });
  const outputs = Object.fromEntries(readFileSync(files.output, 'utf8').trim().split('\n').map((l) => l.split('=')));
  return { outputs, body: readFileSync(files.body, 'utf8') };
}

describe('health-issue-main', () => {
  it('counts problems and new problems and says whether the reports changed', () => {
    const before = snapshot('2026-11-22T03:17:00Z', [repo('github/a/x', 'not-found', 't1'), repo('github/a/y', 'ok', 't1')]);
    const now = snapshot('2026-11-23T03:17:00Z', [repo('github/a/x', 'not-found', 't2'), repo('github/a/y', 'blocked', 't2')]);
    const r = run(now, before);
    expect(r.outputs).toEqual({ problems: '2', 'new-problems': '1', changed: 'true' });
    expect(r.body).toContain('a/y');
  });

  it('reports no change when only the run times moved, and no previous snapshot as a change', () => {
    const before = snapshot('2026-11-22T03:17:00Z', [repo('github/a/x', 'ok', 't1')]);
    const now = snapshot('2026-11-23T03:17:00Z', [repo('github/a/x', 'ok', 't2')]);
    expect(run(now, before).outputs).toEqual({ problems: '0', 'new-problems': '0', changed: 'false' });
    expect(run(now, null).outputs.changed).toBe('true');
  });

  it('refuses a misspelt fail-on name instead of finding no problems', () => {
    const now = snapshot('2026-11-23T03:17:00Z', [repo('github/a/x', 'not-found', 't2')]);
    expect(() => run(now, null, 'not-found,blokced')).toThrow(/unknown "blokced"/);
    expect(run(now, null, 'none').outputs.problems).toBe('0');
  });

  it('refuses a file that is not a snapshot with one line naming it', () => {
    expect(() => run({ repos: [] }, null)).toThrow(/current\.json: not a repo-audit snapshot/);
  });
});
