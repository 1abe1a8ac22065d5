// `repo-audit merge`: the snapshots of the N shards of one set of inputs (`audit --shard I/N`, e.g.
// one per job of a GitHub Actions matrix) → the snapshot a single run would have written. Each
// shard classified its own targets and listed every paper; the papers' verdicts, the summary and
// the history are computed again over all the targets (build-snapshot.ts assembleSnapshot).
//
// Memory: the shards' files are read piece by piece (snapshot-stream.ts), their heads first (to
// check they belong together before anything else is read), then their repositories one at a
// time into a temporary file, from which they go, in key order, into a RepoStore as the audit's
// own do (nothing per repository stays on the heap but its key while sorting); the papers, which
// every shard lists in full, are parsed from the first shard only (the others' are skipped
// unparsed: their `shard.inputs` fingerprint already says they read the same) and held encoded
// outside the heap (paper-store.ts), as the audit holds them.
import { formatShard } from '../extract/shard.js';
import type { Clock } from '../harvest/clock.js';
import type { PaperRecord, RepoEntry, Snapshot, SnapshotRepo } from '../types.js';
import { carryOne, snapshotFromStore, StoreTally } from './build-snapshot.js';
import { JsonList } from '../util/json-list.js';
import { PaperStore } from './paper-store.js';
import { RepoStore } from './repo-store.js';
import { MergeError } from '../errors.js';
import { repoFinder } from '../report/repo-order.js';
import { cmp } from '../util/cmp.js';
import { KeyIndex } from '../util/key-index.js';
import { openSnapshot, type SnapshotHead, type SnapshotReader } from './snapshot-stream.js';

export interface ShardFile {
  path: string;
  head: Pick<SnapshotHead, 'shard'>;
}

/** Check that `files` are every shard of one split of the same inputs, once each; one clear line naming the files otherwise. */
export function checkShards(files: readonly ShardFile[]): number {
  if (files.length === 0) throw new MergeError('merge needs the snapshots of the shards (snapshot.json of each `audit --shard I/N`)');
  const unsharded = files.find((f) => !f.head.shard);
  if (unsharded) throw new MergeError(`${unsharded.path}: not a shard's snapshot (written without --shard I/N)`);
  const first = files[0]!;
  const { count, inputs } = first.head.shard!;
  const byIndex = new Map<number, string>();
  for (const f of files) {
    const s = f.head.shard!;
    if (s.count !== count) throw new MergeError(`${f.path} is shard ${formatShard(s)} but ${first.path} is shard ${formatShard(first.head.shard!)}: shards of different splits`);
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
  /** The shards' snapshot files. */
  paths: readonly string[];
  clock: Pick<Clock, 'now'>;
  version: string;
  previous: Snapshot | null;
}

export interface Merged {
  /** The merged snapshot; its repositories are read from a temporary file as used (repo-store.ts). */
  snapshot: Snapshot;
  /** A repository's whole entry, with its facts (for writeReports). */
  repoEntry: RepoEntry;
}

/** One snapshot from every shard's, as a single run over the same inputs would have written it. */
export async function mergeShards(input: MergeInput): Promise<Merged> {
  const files: SnapshotReader[] = [];
  for (const path of input.paths) files.push(await openSnapshot(path));
  checkShards(files);
  const { repos, keys, papers } = await readShards(files);
  // In key order, as a single run classifies them (build-snapshot.ts buildSnapshotIntoStore);
  // the previous run's checkedAt carried over by comparing whole entries, facts included.
  const order = Uint32Array.from(keys.keys()).sort((a, b) => cmp(keys[a]!, keys[b]!) || a - b);
  keys.length = 0;
  const before = input.previous ? repoFinder(input.previous) : null;
  const store = new RepoStore();
  const tally = new StoreTally();
  for (const i of order) {
    const repo = repos.get(i);
    const carried = before ? carryOne(repo, before) : repo;
    store.add(carried, carried.facts);
    tally.count(carried);
  }
  repos.dispose();
  const incomplete = files
    .filter((f) => f.head.incomplete)
    .map((f) => `shard ${formatShard(f.head.shard!)}: ${f.head.incomplete!.reason}`);
  const snapshot = snapshotFromStore(store, tally, {
    papers,
    now: new Date(input.clock.now()),
    version: input.version,
    previous: input.previous,
    incompleteReason: incomplete.length ? incomplete.join('; ') : null,
    // Every shard read every input, so each lists the same inputs not read.
    problems: files[0]!.head.problems ?? [],
  });
  // The store's file goes when the snapshot is unreachable (repo-store.ts): the caller reads it after the reports.
  return { snapshot, repoEntry: (r) => store.withFacts(r) };
}

/**
 * Every shard's repositories, whole, into a temporary file in the order read, with their keys (a
 * target in two shards is an error naming both files), and the first shard's papers.
 */
async function readShards(files: readonly SnapshotReader[]): Promise<{ repos: JsonList<SnapshotRepo>; keys: string[]; papers: readonly PaperRecord[] }> {
  const repos = new JsonList<SnapshotRepo>('merge-repos');
  const keys: string[] = [];
  // Which file each target came from (its index), to name both when one is in two.
  const seen = new KeyIndex();
  const fileOf: number[] = [];
  // The papers held encoded, outside the heap, as the audit holds its own (paper-store.ts).
  const papers = new PaperStore();
  for (const [i, f] of files.entries()) {
    await f.lists({
      repos: (r) => {
        const n = seen.add(r.key);
        // Same inputs and split but one target in two shards: a snapshot edited by hand, or another version's hash.
        if (n < keys.length) throw new MergeError(`${r.key} is in both ${files[fileOf[n]!]!.path} and ${f.path}: shards overlap`);
        keys.push(r.key);
        fileOf.push(i);
        repos.add(r);
      },
      // Every shard read every input and lists every paper: one shard's list is all of them.
      ...(i === 0 ? { papers: (p: PaperRecord) => papers.add(withoutHealth(p)) } : {}),
    });
  }
  return { repos, keys, papers: papers.view() };
}

function withoutHealth(p: PaperRecord): PaperRecord {
  const { health: _health, ...rest } = p;
  return rest;
}
