// Thousands of inputs on the command line (a shell-expanded glob): past MANY_INPUTS all but the
// first are set aside before yargs parses (it copied the list once per input: 50,000 paths took
// 44 s) and handed to the command afterwards. Only when the inputs are certain: the flags with a
// value are the command's own, and yargs-parser finds the same inputs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { MANY_INPUTS, setAsideInputs } from '../../src/cli/many-inputs.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'many-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const count = MANY_INPUTS + 500;
const papers = path.join(dir, 'papers');
mkdirSync(papers);
const files = Array.from({ length: count }, (_, i) => path.join(papers, `p${String(i).padStart(5, '0')}.md`));
files.forEach((f, i) => writeFileSync(f, `- [Paper ${i}](https://github.com/lab/r${i})\n`));

describe('many inputs', () => {
  it('are set aside past MANY_INPUTS, flags kept wherever they stand, the order kept', () => {
    const half = files.length / 2;
    const argv = ['extract', ...files.slice(0, half), '--format', 'jsonl', '-o', 'out.jsonl', '--no-web', ...files.slice(half), '--', '--odd-name.md'];
    const aside = setAsideInputs(argv, commands);
    expect(aside?.key).toBe('inputs');
    expect(aside?.inputs).toEqual([...files, '--odd-name.md']);
    expect(aside?.argv).toEqual(['extract', files[0], '--format', 'jsonl', '-o', 'out.jsonl', '--no-web', '--']);
    expect(setAsideInputs(['merge', ...files], commands)?.key).toBe('snapshots');
  });

  it('are left to yargs when few, or when which words are inputs is not certain', () => {
    expect(setAsideInputs(['extract', ...files.slice(0, MANY_INPUTS - 1)], commands)).toBeNull();
    // `-qo x`: x is the value of -o in a group of short flags, which the plain walk cannot tell.
    expect(setAsideInputs(['extract', '-qo', 'x.jsonl', ...files], commands)).toBeNull();
    // A flag before the command, or a command without a list of inputs.
    expect(setAsideInputs(['--bogus', 'x', 'extract', ...files], commands)).toBeNull();
    expect(setAsideInputs(['report', ...files], commands)).toBeNull();
  });

  it('extract reads them all, as it reads their directory', async () => {
    const out = path.join(dir, 'listed.jsonl');
    const listed = await runCli(['extract', ...files.slice(0, 700), '--format', 'jsonl', ...files.slice(700), '--out', out]);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const whole = await runCli(['extract', papers, '--format', 'jsonl']);
    expect(whole.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(count);
    expect(text).toBe(whole.stdout);
  }, 60_000);
});
