// repoFinder over an audit's RepoStore (repositories read from a temporary file as used): the
// reports look a repository up once per paper linking to it, and each read parses the whole entry,
// its list of citing papers included. A repository many papers cite must be read once, not once
// per paper (10,000 such papers took 100 s to write repos.csv).
import { describe, expect, it, vi } from 'vitest';
import { RepoStore } from '../../src/audit/repo-store.js';
import { repoFinder } from '../../src/report/repo-order.js';
import type { SnapshotRepo } from '../../src/types.js';

function repo(key: string, citedBy: number): SnapshotRepo {
  return {
    key,
    url: `https://${key.replace('github/', 'github.com/')}`,
    forge: 'github',
    kind: 'repo',
    status: 'ok',
    flags: [],
    reasons: {},
    canonicalUrl: null,
    stars: 1,
    forks: 0,
    license: null,
    archived: false,
    pushedAt: null,
    lastCommitAt: null,
    checkedAt: null,
    error: null,
    papers: Array.from({ length: citedBy }, (_, i) => ({ source: 'list.md', line: i + 1, title: `Paper ${i}` })),
  };
}

function storeOf(repos: SnapshotRepo[]): { store: RepoStore; reads: ReturnType<typeof vi.spyOn> } {
  const store = new RepoStore();
  for (const r of repos) store.add(r, undefined);
  return { store, reads: vi.spyOn(store, 'get') };
}

describe('repoFinder over a RepoStore', () => {
  it('reads a repository that many papers cite once', () => {
    const { store, reads } = storeOf([repo('github/a/hot', 2000), repo('github/b/cold', 1)]);
    const find = repoFinder({ repos: store.view() });
    for (let i = 0; i < 1000; i++) {
      expect(find(i % 2 ? 'github/a/hot' : 'GitHub/A/Hot')?.papers).toHaveLength(2000);
      if (i % 100 === 0) expect(find('github/b/cold')?.key).toBe('github/b/cold');
    }
    expect(find('github/nobody/nothing')).toBeUndefined();
    expect(find('github/nobody/nothing')).toBeUndefined();
    expect(reads).toHaveBeenCalledTimes(2); // hot once, cold once; a key not there is never read
  });

  it('keeps 4,096 repositories found last: one found 4,096 lookups ago is read again', () => {
    const keys = Array.from({ length: 4097 }, (_, i) => `github/o/r${String(i).padStart(4, '0')}`);
    const { store, reads } = storeOf(keys.map((k) => repo(k, 1)));
    const find = repoFinder({ repos: store.view() });
    for (const k of keys.slice(0, 4096)) expect(find(k)?.key).toBe(k);
    expect(find(keys[0]!)?.key).toBe(keys[0]); // still kept
    expect(reads).toHaveBeenCalledTimes(4096);
    expect(find(keys[4096]!)?.key).toBe(keys[4096]); // one more: the least recently found (r0001) goes
    expect(find(keys[0]!)?.key).toBe(keys[0]);
    expect(reads).toHaveBeenCalledTimes(4097);
    expect(find(keys[1]!)?.key).toBe(keys[1]);
    expect(reads).toHaveBeenCalledTimes(4098);
  });

  it('keeps at most 100,000 citing papers in all, and the repository found last whatever its size', () => {
    const { store, reads } = storeOf([repo('github/a/a', 40_000), repo('github/b/b', 40_000), repo('github/c/c', 40_000), repo('github/h/huge', 150_000)]);
    const find = repoFinder({ repos: store.view() });
    find('github/a/a');
    find('github/b/b');
    find('github/c/c'); // 120,000 papers: a goes
    find('github/b/b');
    expect(reads).toHaveBeenCalledTimes(3);
    find('github/a/a');
    expect(reads).toHaveBeenCalledTimes(4);
    find('github/h/huge'); // more than the bound alone: kept alone
    find('github/h/huge');
    expect(reads).toHaveBeenCalledTimes(5);
    find('github/c/c');
    expect(reads).toHaveBeenCalledTimes(6);
  });
});
