import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('repo-audit --help', () => {
  it('lists the commands and the exit codes', () => {
    const help = run('--help');
    for (const command of ['audit', 'extract', 'harvest', 'report', 'sim']) expect(help).toContain(`repo-audit ${command}`);
    expect(help).toMatch(/Exit codes:[\s\S]*3\s+the run could not finish/);
  });

  it('prints the version from package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(run('--version').trim()).toBe(version);
  });
});
