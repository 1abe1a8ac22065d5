// The few things only a real process shows: the bin starts and sets the exit code, a pipe on stdin
// reaches a lone `-`. (Ctrl-C on a real process: test/harvest/resume.test.ts; every other CLI test
// calls run() in-process through test/helpers/run-cli.ts.)
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

const bin = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input, env: { PATH: process.env.PATH ?? '', HOME: tmpdir() }, timeout: 30_000 });

describe('the repo-audit bin', () => {
  it('starts: --version prints the version from package.json, --help the commands and exit codes', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const v = bin(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(version);
    const help = bin(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['audit', 'extract', 'harvest', 'report', 'merge', 'fix', 'sim', 'demo']) expect(help.stdout).toContain(`repo-audit ${command}`);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*3\s+the run could not finish/);
  });

  it('exits with the code run() returns: a usage error is 2, one line and a pointer to --help', () => {
    const r = bin(['audit', 'x.md', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('repo-audit: Unknown argument: bogus\nRun `repo-audit --help` for usage.\n');
  });

  it('reads a pipe on stdin for a lone -', () => {
    const r = bin(['extract', '-', '--input-format', 'markdown', '--format', 'jsonl'], '- [a](https://github.com/o/a)\n- [b](https://github.com/o/b)\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).links[0].url)).toEqual(['https://github.com/o/a', 'https://github.com/o/b']);
  });
});
