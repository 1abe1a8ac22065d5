import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countStatuses, formatOutputs, reportPath, writeOutputs } from '../../src/action/outputs.js';
import type { SnapshotRepo } from '../../src/types.js';

const repo = (status: SnapshotRepo['status']) => ({ status }) as SnapshotRepo;

describe('outputs', () => {
  it('counts dead (not-found, blocked) and empty (empty, placeholder) repositories', () => {
    const repos = ['ok', 'not-found', 'blocked', 'empty', 'placeholder', 'placeholder', 'unknown'].map((s) => repo(s as SnapshotRepo['status']));
    expect(countStatuses({ repos })).toEqual({ dead: 2, empty: 3 });
  });

  it('points report-path at health.md, else the first report, else the directory', () => {
    expect(reportPath(['out/snapshot.json', 'out/health.md'], 'out')).toBe('out/health.md');
    expect(reportPath(['out/snapshot.json'], 'out')).toBe('out/snapshot.json');
    expect(reportPath([], 'out')).toBe('out');
  });

  it('writes name=value lines, and a heredoc for a value with newlines', () => {
    expect(formatOutputs({ 'exit-code': 1, dead: 2 })).toBe('exit-code=1\ndead=2\n');
    const text = formatOutputs({ note: 'a\nb' });
    const m = /^note<<(ghadelimiter_[\w-]+)\na\nb\n(.+)\n$/.exec(text);
    expect(m?.[1]).toBe(m?.[2]);
  });

  it('appends to the $GITHUB_OUTPUT file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ra-out-'));
    try {
      const file = join(dir, 'output');
      writeOutputs(file, { a: 1 }, () => {});
      writeOutputs(file, { b: 'x' }, () => {});
      expect(readFileSync(file, 'utf8')).toBe('a=1\nb=x\n');
      const printed: string[] = [];
      writeOutputs(undefined, { c: 3 }, (t) => printed.push(t));
      expect(printed).toEqual(['c=3\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
