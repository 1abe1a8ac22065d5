// Inputs that cannot be read are reported one line each; everything else is still read.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'repo-audit-inputs-'));
  mkdirSync(path.join(dir, 'nested/deeper'), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'empty/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(dir, 'a.txt'), 'see https://github.com/a/a\n');
  writeFileSync(path.join(dir, 'nested/b.md'), '- [b](https://github.com/b/b)\n');
  writeFileSync(path.join(dir, 'nested/deeper/c.txt'), 'see https://github.com/c/c\n');
  writeFileSync(path.join(dir, 'nested/skip.png'), 'not read from a directory');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x68, 0x69, 0x00, 0x01, 0x02]));
  // Line 2 holds a lone 0xff byte: invalid UTF-8.
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('ok https://github.com/d/d\nbad \xff byte\n', 'latin1')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const repos = (run: { repos: { repo: string | null }[] }) => run.repos.map((r) => r.repo).sort();

describe('extractInputs: files, directories, globs, stdin', () => {
  it('walks directories recursively, picking input files only', async () => {
    const run = await extractInputs([path.join(dir, 'nested')]);
    expect(repos(run)).toEqual(['b/b', 'c/c']);
    expect(run.problems).toEqual([]);
  });

  it('expands globs', async () => {
    expect(repos(await extractInputs([`${dir}/**/*.txt`]))).toEqual(expect.arrayContaining(['a/a', 'c/c', 'd/d']));
    expect(repos(await extractInputs([`${dir}/*.txt`]))).not.toContain('c/c');
    expect(repos(await extractInputs([`${dir}/**/*.{md,txt}`]))).toEqual(expect.arrayContaining(['a/a', 'b/b', 'c/c']));
  });

  it('reads stdin for -', async () => {
    const run = await extractInputs(['-'], { stdin: Readable.from(['text with https://github.com/s/s\n']) });
    expect(run.papers[0]).toMatchObject({ source: '-', links: [{ repo: 's/s', line: 1 }] });
  });

  it('reports every unreadable input and still reads the rest', async () => {
    const run = await extractInputs([
      path.join(dir, 'missing.txt'),
      path.join(dir, 'empty'),
      path.join(dir, 'binary.txt'),
      path.join(dir, 'latin1.txt'),
      `${dir}/nothing-*.zzz`,
      path.join(dir, 'a.txt'),
    ]);
    expect(run.problems.map((p) => p.message.replace(dir, 'DIR'))).toEqual([
      'DIR/missing.txt: no such file or directory',
      expect.stringMatching(/^DIR\/empty: directory has no inputs/),
      'DIR/nothing-*.zzz: no file matches this pattern',
      'DIR/binary.txt: binary file skipped',
      'DIR/latin1.txt:2: invalid UTF-8 replaced with U+FFFD',
    ]);
    expect(run.problems.every((p) => !p.message.includes('\n'))).toBe(true);
    expect(repos(run)).toEqual(['a/a', 'd/d']);
  });
});

describe('problems never echo credentials', () => {
  it('redacts user:token@ in an input name', async () => {
    const run = await extractInputs(['https://alice:s3cret@github.com/o/r']);
    expect(run.problems).toHaveLength(1);
    expect(JSON.stringify(run.problems)).not.toContain('s3cret');
    expect(run.problems[0]!.message).toBe('https://github.com/o/r: no such file or directory');
  });
});
