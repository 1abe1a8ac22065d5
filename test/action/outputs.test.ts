import { describe, expect, it } from 'vitest';
import { countStatuses, reportPath } from '../../src/action/outputs.js';
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
});
