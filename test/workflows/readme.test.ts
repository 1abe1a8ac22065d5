// The README is the newcomer's entry point: its quick start stays the two commands CI runs, every
// command of the CLI is documented with an example, and every file it links to exists.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '../../src/cli/commands/index.js';
import { ROOT } from './load.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('keeps the two-command quick start', () => {
    expect(readme).toContain('## Quick start\n\n```sh\nnpm ci && npm start\nnpm test\n```\n');
  });

  it('documents every command with an example', () => {
    for (const command of commands) {
      const name = String(command.command).split(' ')[0] ?? '';
      expect(readme, name).toContain(`### \`${name}\``);
      expect(readme, name).toMatch(new RegExp(`^repo-audit ${name}\\b`, 'm'));
    }
  });

  it('links only to files that exist', () => {
    const targets = [...readme.matchAll(/\]\(((?!https?:)[^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(existsSync(join(ROOT, target)), target).toBe(true);
  });

  it('lists the exit codes the CLI defines', async () => {
    const { ExitCode } = await import('../../src/errors.js');
    for (const code of Object.values(ExitCode)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});
