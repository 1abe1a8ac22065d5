// The audit's targets and repositories live in temporary files (spill-file.ts) for as long as
// their stores are reachable: a library caller reads a returned snapshot after the run. The
// files must not outlive the process however it ends: where the system allows, they have no name
// from the start (nothing to clean up after a killed run or test worker).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RefStore } from '../../src/audit/ref-store.js';
import { RepoStore } from '../../src/audit/repo-store.js';
import type { RepoRef, SnapshotRepo } from '../../src/types.js';

const saved = process.env.TMPDIR;
afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

const ref = (i: number): RepoRef => ({ key: `github/o/r${i}`, forge: 'github', kind: 'repo', repo: `o/R${i}`, url: `https://github.com/o/R${i}`, paths: i % 2 ? ['sub'] : [], papers: [i, i + 1] });

describe('spill files', () => {
  it.skipIf(process.platform === 'win32')('leave nothing named in the temp folder, and still read back what was written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spill-test-'));
    try {
      process.env.TMPDIR = dir;
      const targets = new RefStore();
      const repos = new RepoStore();
      for (let i = 0; i < 3000; i++) targets.add(ref(i)); // past one chunk of the file
      const repo = { key: 'github/o/r1', url: 'https://github.com/o/R1', status: 'ok', flags: ['stale'], reasons: {}, papers: [] } as unknown as SnapshotRepo;
      repos.add(repo, undefined);
      expect(readdirSync(dir)).toEqual([]);
      const view = targets.view();
      expect(view[2999]).toEqual(ref(2999));
      expect([...view].map((r) => r.key)).toEqual(Array.from({ length: 3000 }, (_, i) => ref(i).key));
      expect(view[7]).toEqual(ref(7)); // back after reading on
      expect(repos.view()[0]).toEqual(repo);
      expect(repos.healthOf('GITHUB/O/R1')).toEqual({ status: 'ok', flags: ['stale'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
