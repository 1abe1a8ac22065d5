// `repo-audit merge`: the snapshots of the N shards of one set of inputs (`audit --shard I/N`, e.g.
// one per job of a GitHub Actions matrix) → the snapshot a single run would have written. Each
// shard classified its own targets and listed every paper; the papers' verdicts, the summary and
// the history are computed again over all the targets (build-snapshot.ts assembleSnapshot).
import { formatShard } from '../extract/shard.js';
import type { Clock } from '../harvest/clock.js';
import type { PaperRecord, Snapshot } from '../types.js';
import { assembleSnapshot } from './build-snapshot.js';
import { MergeError } from '../errors.js';

export interface ShardFile {
  path: string;
  snapshot: Snapshot;
}

/** Check that `files` are every shard of one split of the same inputs, once each; one clear line naming the files otherwise. */
export function checkShards(files: readonly ShardFile[]): number {
  if (files.length === 0) throw new MergeError('merge needs the snapshots of the shards (snapshot.json of each `audit --shard I/N`)');
  const unsharded = files.find((f) => !f.snapshot.shard);
  if (unsharded) throw new MergeError(`${unsharded.path}: not a shard's snapshot (written without --shard I/N)`);
  const first = files[0]!;
  const { count, inputs } = first.snapshot.shard!;
  const byIndex = new Map<number, string>();
  for (const f of files) {
    const s = f.snapshot.shard!;
    if (s.count !== count) throw new MergeError(`${f.path} is shard ${formatShard(s)} but ${first.path} is shard ${formatShard(first.snapshot.shard!)}: shards of different splits`);
    if (s.inputs !== inputs) throw new MergeError(`${f.path} comes from different inputs than ${first.path} (the papers read differ): shards must read the same inputs`);
    const other = byIndex.get(s.index);
    if (other !== undefined) throw new MergeError(`${other} and ${f.path} are both shard ${formatShard(s)}: shards overlap`);
    byIndex.set(s.index, f.path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new MergeError(`missing ${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${count}`).join(', ')} (given ${files.length} of ${count})`);
  return count;
}

export interface MergeInput {
  files: readonly ShardFile[];
  clock: Pick<Clock, 'now'>;
  version: string;
  previous: Snapshot | null;
}

/** One snapshot from every shard's, as a single run over the same inputs would have written it. */
export function mergeShards(input: MergeInput): Snapshot {
  checkShards(input.files);
  const seen = new Map<string, string>();
  const repos = input.files.flatMap((f) => {
    for (const r of f.snapshot.repos) {
      const key = r.key.toLowerCase();
      const other = seen.get(key);
      // Same inputs and split but one target in two shards: a snapshot edited by hand, or another version's hash.
      if (other !== undefined) throw new MergeError(`${r.key} is in both ${other} and ${f.path}: shards overlap`);
      seen.set(key, f.path);
    }
    return f.snapshot.repos;
  });
  const reasons = [...new Set(input.files.map((f) => f.snapshot.incomplete?.reason).filter((r): r is string => !!r))];
  const incomplete = input.files
    .filter((f) => f.snapshot.incomplete)
    .map((f) => `shard ${formatShard(f.snapshot.shard!)}: ${f.snapshot.incomplete!.reason}`);
  return assembleSnapshot({
    repos,
    papers: input.files[0]!.snapshot.papers.map(withoutHealth),
    now: new Date(input.clock.now()),
    version: input.version,
    previous: input.previous,
    incompleteReason: reasons.length ? incomplete.join('; ') : null,
    // Every shard read every input, so each lists the same inputs not read.
    problems: input.files[0]!.snapshot.problems ?? [],
  });
}

function withoutHealth(p: PaperRecord): PaperRecord {
  const { health: _health, ...rest } = p;
  return rest;
}
