// What changed between two snapshots: newly dead, recovered, newly empty/placeholder, renamed,
// promises kept, biggest star gains. Pure data; diff-markdown.ts renders it.
import type { RepoStatus, Snapshot, SnapshotRepo } from '../types.js';
import { cmp } from '../util/cmp.js';
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

export function diffSnapshots(prev: Snapshot, cur: Snapshot): SnapshotDiff {
  const before = new Map(prev.repos.map((r) => [r.key.toLowerCase(), r]));
  const current = reposInOrder(cur.repos);
  const change = (r: SnapshotRepo, p: SnapshotRepo | undefined, reason?: string): RepoChange => ({
    key: r.key,
    url: r.url,
    was: p?.status ?? null,
    now: r.status,
    reason: reason ?? r.reasons.status ?? r.status,
  });
  const pairs = current.map((r) => [r, before.get(r.key.toLowerCase())] as const);
  const stable = pairs.filter((x): x is readonly [SnapshotRepo, SnapshotRepo] => x[1] !== undefined);
  const currentKeys = new Set(current.map((r) => r.key.toLowerCase()));
  return {
    since: prev.generatedAt,
    newlyDead: pairs.filter(([r, p]) => DEAD.includes(r.status) && !(p && DEAD.includes(p.status))).map(([r, p]) => change(r, p)),
    recovered: stable.filter(([r, p]) => r.status === 'ok' && BROKEN.includes(p.status)).map(([r, p]) => change(r, p)),
    newlyEmpty: pairs.filter(([r, p]) => HOLLOW.includes(r.status) && !(p && HOLLOW.includes(p.status))).map(([r, p]) => change(r, p)),
    renamed: stable
      .filter(([r, p]) => r.flags.includes('moved') && (!p.flags.includes('moved') || p.canonicalUrl !== r.canonicalUrl))
      .map(([r, p]) => ({ ...change(r, p, r.reasons.moved), canonicalUrl: r.canonicalUrl })),
    promisesKept: stable
      .filter(([r, p]) => p.flags.includes('promise-unkept') && !r.flags.includes('promise-unkept') && r.status === 'ok')
      .map(([r, p]) => change(r, p, 'the promised code is there now')),
    starGains: starGains(stable),
    added: pairs.length - stable.length,
    removed: [...before.keys()].filter((k) => !currentKeys.has(k)).length,
  };
}

function starGains(pairs: readonly (readonly [SnapshotRepo, SnapshotRepo])[]): StarGain[] {
  return pairs
    .filter(([r, p]) => r.stars !== null && p.stars !== null && r.stars > p.stars)
    .map(([r, p]) => ({ key: r.key, url: r.url, from: p.stars ?? 0, to: r.stars ?? 0, gain: (r.stars ?? 0) - (p.stars ?? 0) }))
    .sort((a, b) => b.gain - a.gain || cmp(a.key, b.key))
    .slice(0, MAX_STAR_GAINS);
}

/** True when nothing a reader would care about changed. */
export function isQuiet(d: SnapshotDiff): boolean {
  return [d.newlyDead, d.recovered, d.newlyEmpty, d.renamed, d.promisesKept, d.starGains].every((l) => l.length === 0) && d.added === 0 && d.removed === 0;
}
