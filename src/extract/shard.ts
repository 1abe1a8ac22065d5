// Shards (`--shard I/N`): split the targets of one set of inputs across N processes or jobs (a
// GitHub Actions matrix), each reading every paper (so line numbers, paper counts and paper
// verdicts stay right) but checking only the targets whose stable hash falls in its shard.
// `repo-audit merge` (src/audit/merge.ts) puts the shards' snapshots back together.
import { createHash } from 'node:crypto';
import { OptionError } from '../errors.js';
import type { PaperRecord, RepoRef } from '../types.js';
import { where } from '../util/lazy-array.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `2/4` → { index: 2, count: 4 }; one clear line for anything else. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count || count > 1000) {
    throw new OptionError('--shard', `expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. 2/4 (got "${text}")`);
  }
  return { index, count };
}

export const formatShard = (s: Shard): string => `${s.index}/${s.count}`;

/**
 * The shard (1-based) a target key belongs to among `count`: a hash of the lower-cased key, so
 * the split never depends on the order or the set of the inputs, nor on the machine.
 */
export function shardOfKey(key: string, count: number): number {
  const hash = createHash('sha256').update(key.toLowerCase()).digest().readUInt32BE(0);
  return (hash % count) + 1;
}

export const inShard = (key: string, shard: Shard | null): boolean => shard === null || shardOfKey(key, shard.count) === shard.index;

/** The targets of one shard (all of them without a shard). */
export function shardRepos(repos: RepoRef[], shard: Shard | null): RepoRef[] {
  return shard === null ? repos : where(repos, (r) => inShard(r.key, shard));
}

/**
 * A fingerprint of what was read (every paper: source, line, title and link keys), so `merge`
 * can refuse shards of different inputs. Fed record by record: nothing is kept.
 */
export class InputsDigest {
  private readonly hash = createHash('sha256');

  add(paper: PaperRecord): void {
    this.hash.update(JSON.stringify([paper.source, paper.line, paper.title, paper.links.map((l) => l.key)]));
    this.hash.update('\n');
  }

  digest(): string {
    return this.hash.digest('hex').slice(0, 16);
  }
}

export function inputsDigest(papers: readonly PaperRecord[]): string {
  const d = new InputsDigest();
  for (const p of papers) d.add(p);
  return d.digest();
}
