// What changed between two snapshots: newly dead, recovered, newly empty/placeholder, renamed,
// promises kept, biggest star gains. Pure data; diff-markdown.ts renders it.
import type { RepoStatus, Snapshot, SnapshotRepo } from '../types.js';
import { cmp } from '../util/cmp.js';
import { lookupOf } from '../util/lazy-array.js';
import { reposInOrder } from './repo-order.js';

export interface RepoChange {
  key: string;
  url: string;
  /** null when the repository is new in this run. */
  was: RepoStatus | null;
  now: RepoStatus;
  reason: string;
}

export interface StarGain {
  key: string;
  url: string;
  from: number;
  to: number;
  gain: number;
}

export interface SnapshotDiff {
  since: string;
  newlyDead: RepoChange[];
  recovered: RepoChange[];
  newlyEmpty: RepoChange[];
  renamed: (RepoChange & { canonicalUrl: string | null })[];
  promisesKept: RepoChange[];
  starGains: StarGain[];
  added: number;
  removed: number;
}

const DEAD: readonly RepoStatus[] = ['not-found', 'blocked'];
const HOLLOW: readonly RepoStatus[] = ['empty', 'placeholder'];
const BROKEN: readonly RepoStatus[] = [...DEAD, ...HOLLOW];
const MAX_STAR_GAINS = 5;

/**
 * One pass over the current repositories in key order, holding only the changes (and the best
 * star gains so far): an audit's repositories are read from a file as used, and pairing them all
 * with their previous entries would hold every one.
 */
export function diffSnapshots(prev: Snapshot, cur: Snapshot): SnapshotDiff {
  // The previous snapshot is read from files (audit/previous-snapshot.ts): found by key, not mapped whole.
  const lookup = lookupOf(prev.repos);
  const map = lookup ? null : new Map(prev.repos.map((r) => [r.key.toLowerCase(), r]));
  const before = lookup ?? ((key: string) => map!.get(key.toLowerCase()));
  // A looked-up list's keys are distinct (previous-snapshot.ts reads one that repeats a key whole).
  const previousKeys = map ? map.size : prev.repos.length;
  const change = (r: SnapshotRepo, p: SnapshotRepo | undefined, reason?: string): RepoChange => ({
    key: r.key,
    url: r.url,
    was: p?.status ?? null,
    now: r.status,
    reason: reason ?? r.reasons.status ?? r.status,
  });
  const diff: SnapshotDiff = { since: prev.generatedAt, newlyDead: [], recovered: [], newlyEmpty: [], renamed: [], promisesKept: [], starGains: [], added: 0, removed: 0 };
  let gains: StarGain[] = [];
  let matched = 0;
  for (const r of reposInOrder(cur.repos)) {
    const p = before(r.key);
    if (DEAD.includes(r.status) && !(p && DEAD.includes(p.status))) diff.newlyDead.push(change(r, p));
    if (HOLLOW.includes(r.status) && !(p && HOLLOW.includes(p.status))) diff.newlyEmpty.push(change(r, p));
    if (!p) {
      diff.added++;
      continue;
    }
    matched++;
    if (r.status === 'ok' && BROKEN.includes(p.status)) diff.recovered.push(change(r, p));
    if (r.flags.includes('moved') && (!p.flags.includes('moved') || p.canonicalUrl !== r.canonicalUrl)) {
      diff.renamed.push({ ...change(r, p, r.reasons.moved), canonicalUrl: r.canonicalUrl });
    }
    if (p.flags.includes('promise-unkept') && !r.flags.includes('promise-unkept') && r.status === 'ok') {
      diff.promisesKept.push(change(r, p, 'the promised code is there now'));
    }
    if (r.stars !== null && p.stars !== null && r.stars > p.stars) {
      gains.push({ key: r.key, url: r.url, from: p.stars, to: r.stars, gain: r.stars - p.stars });
      if (gains.length >= 1000) gains = bestGains(gains);
    }
  }
  diff.starGains = bestGains(gains);
  diff.removed = previousKeys - matched; // the previous keys no current repository has (keys are distinct)
  return diff;
}

/** The MAX_STAR_GAINS largest gains, ties by key (a total order: keeping the best of the best so far gives the same). */
function bestGains(gains: StarGain[]): StarGain[] {
  return gains.sort((a, b) => b.gain - a.gain || cmp(a.key, b.key)).slice(0, MAX_STAR_GAINS);
}

/** True when nothing a reader would care about changed. */
export function isQuiet(d: SnapshotDiff): boolean {
  return [d.newlyDead, d.recovered, d.newlyEmpty, d.renamed, d.promisesKept, d.starGains].every((l) => l.length === 0) && d.added === 0 && d.removed === 0;
}
