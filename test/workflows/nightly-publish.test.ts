// The nightly's commit-back step, run with bash exactly as written in nightly.yml, in a clone of a
// local bare repository: it commits health.md and snapshot.json only when they differ, and pushes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readYaml, type Workflow } from './load.js';

const wf = readYaml(join(ROOT, '.github/workflows/nightly.yml')).doc as Workflow;
const step = (wf.jobs.publish?.steps ?? []).find((s) => s.run?.includes('git push'));

let dir: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }).trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-publish-'));
  git(dir, 'init', '-q', '--bare', '-b', 'main', 'remote.git');
  git(dir, 'clone', '-q', join(dir, 'remote.git'), 'work');
  const work = join(dir, 'work');
  mkdirSync(join(work, 'reports'));
  writeFileSync(join(work, 'reports', 'health.md'), '# old\n');
  writeFileSync(join(work, 'reports', 'snapshot.json'), '{"old":true}\n');
  writeFileSync(join(work, 'README.md'), 'x\n');
  git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '.');
  git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'start');
  git(work, 'push', '-q', 'origin', 'HEAD:main');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function publish(health: string, snapshot: string): string {
  const publishDir = join(dir, 'publish');
  mkdirSync(publishDir, { recursive: true });
  writeFileSync(join(publishDir, 'health.md'), health);
  writeFileSync(join(publishDir, 'snapshot.json'), snapshot);
  return execFileSync('bash', ['-e', '-c', step?.run ?? 'exit 1'], {
    cwd: join(dir, 'work'),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, RUNNER_TEMP: dir, DEFAULT_BRANCH: 'main', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    timeout: 10_000,
  });
}

describe('nightly.yml: committing the refreshed reports', () => {
  it('commits and pushes health.md and snapshot.json when they changed', () => {
    publish('# new\n', '{"new":true}\n');
    const remote = join(dir, 'remote.git');
    expect(git(remote, 'log', '--format=%s', '-1', 'main')).toBe('nightly: refresh repository health reports');
    expect(git(remote, 'log', '--format=%an <%ae>', '-1', 'main')).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(git(remote, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual(['reports/health.md', 'reports/snapshot.json']);
    expect(git(remote, 'show', 'main:reports/health.md')).toBe('# new');
  });

  it('does nothing when they are the same', () => {
    const before = git(join(dir, 'remote.git'), 'rev-parse', 'main');
    expect(publish('# new\n', '{"new":true}\n')).toContain('reports unchanged');
    expect(git(join(dir, 'remote.git'), 'rev-parse', 'main')).toBe(before);
  });
});
