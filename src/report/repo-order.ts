// The snapshot's repositories by key, as every report lists them, and found by key — without
// copying them: an audit's repositories are read from a file as they are used
// (audit/repo-store.ts), and a copy or a map of them would hold them all.
import type { Snapshot, SnapshotRepo } from '../types.js';
import { cmp } from '../util/cmp.js';
import { isMarkedOrdered, lookupOf } from '../util/lazy-array.js';

const byKey = (a: SnapshotRepo, b: SnapshotRepo): number => cmp(a.key, b.key);

/** The repositories by key: the list itself when it already is (a snapshot built by repo-audit always is), else a sorted copy. */
export function reposInOrder(repos: readonly SnapshotRepo[]): readonly SnapshotRepo[] {
  if (isMarkedOrdered(repos)) return repos; // an audit's RepoStore: in key order by construction, each check a full read
  let previous: SnapshotRepo | undefined;
  for (const r of repos) {
    if (previous && byKey(previous, r) > 0) return [...repos].sort(byKey);
    previous = r;
  }
  return repos;
}

/**
 * Finds a repository of the snapshot by key (compared without case). The repositories it finds are
 * to be read, not changed: one read from a store is handed out again.
 */
export function repoFinder(snapshot: Pick<Snapshot, 'repos'>): (key: string) => SnapshotRepo | undefined {
  const lookup = lookupOf(snapshot.repos);
  if (lookup) return recentlyFound(lookup);
  const map = new Map(snapshot.repos.map((r) => [r.key.toLowerCase(), r]));
  return (key) => map.get(key.toLowerCase());
}

/**
 * Repositories found last, kept by key. The reports look a repository up once per paper linking to
 * it, and a store reads the whole entry each time, its list of citing papers included: 10,000
 * papers citing one repository took 100 s to write repos.csv (quadratic). Recent ones are kept,
 * so a repository many papers cite is read once — up to RECENT_REPOS of them and RECENT_PAPERS
 * citing papers in all (the one found last is kept whatever its size). 64 repositories were too
 * few: 20,000 papers citing 130 repositories in turn read an entry for each paper.
 */
const RECENT_REPOS = 4096;
const RECENT_PAPERS = 100_000;

function recentlyFound(lookup: (key: string) => SnapshotRepo | undefined): (key: string) => SnapshotRepo | undefined {
  const recent = new Map<string, SnapshotRepo | undefined>();
  const weight = (repo: SnapshotRepo | undefined) => 1 + (repo?.papers.length ?? 0);
  let held = 0;
  return (key) => {
    const id = key.toLowerCase();
    if (recent.has(id)) {
      const repo = recent.get(id);
      recent.delete(id); // to the back: the least recently found go first
      recent.set(id, repo);
      return repo;
    }
    const repo = lookup(key);
    recent.set(id, repo);
    held += weight(repo);
    for (const [oldest, kept] of recent) {
      if ((recent.size <= RECENT_REPOS && held <= RECENT_PAPERS) || oldest === id) break;
      recent.delete(oldest);
      held -= weight(kept);
    }
    return repo;
  };
}
