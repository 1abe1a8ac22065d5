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

/** Finds a repository of the snapshot by key (compared without case). */
export function repoFinder(snapshot: Pick<Snapshot, 'repos'>): (key: string) => SnapshotRepo | undefined {
  const lookup = lookupOf(snapshot.repos);
  if (lookup) return lookup;
  const map = new Map(snapshot.repos.map((r) => [r.key.toLowerCase(), r]));
  return (key) => map.get(key.toLowerCase());
}
