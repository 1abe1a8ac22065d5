// `repo-audit completion` prints a bash completion script (yargs' own); the script asks the CLI
// (`--get-yargs-completions`) for what may follow the words typed. Checked as a user meets it: bash
// sources the script and runs its completion function, with `repo-audit` on PATH.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = mkdtempSync(path.join(os.tmpdir(), 'completion-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const main = path.resolve('src/cli/main.ts');
writeFileSync(path.join(bin, 'repo-audit'), `#!/bin/sh\nexec "${process.execPath}" --import tsx "${main}" "$@"\n`);
chmodSync(path.join(bin, 'repo-audit'), 0o755);
const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: bin, SHELL: '/bin/bash' };

/** What bash offers after `words` (the last one being typed), through the printed script. */
function complete(words: string[]): string[] {
  const script = [
    'source <(repo-audit completion)',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    '_repo-audit_yargs_completions',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env, cwd: path.resolve('.'), timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

describe('shell completion', () => {
  it('prints a script that completes commands', () => {
    expect(complete(['repo-audit', 'ex'])).toEqual(['extract']);
    expect(complete(['repo-audit', 'm'])).toEqual(['merge']);
  }, 60_000);

  it("completes a command's own options, not another's", () => {
    expect(complete(['repo-audit', 'extract', '--input-f'])).toEqual(['--input-format']);
    expect(complete(['repo-audit', 'audit', '--fail'])).toEqual(['--fail-on']);
    expect(complete(['repo-audit', 'extract', '--fail'])).toEqual([]);
  }, 60_000);
});
