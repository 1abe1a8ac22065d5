// `repo-audit merge`: the snapshots of the N shards of one set of inputs (`audit --shard I/N`, e.g.
// one per job of a GitHub Actions matrix) → the snapshot a single run would have written. Each
// shard classified its own targets and listed every paper; the papers' verdicts, the summary and
// the history are computed again over all the targets (build-snapshot.ts assembleSnapshot).
//
// Memory: the shards' files are read piece by piece (snapshot-stream.ts), their heads first (to
// check they belong together before anything else is read), then their repositories one at a
// time; the papers, which every shard lists in full, are parsed from the first shard only (the
// others' are skipped unparsed: their `shard.inputs` fingerprint already says they read the same)
// and held encoded outside the heap (paper-store.ts), as the audit holds them.
import { formatShard } from '../extract/shard.js';
import type { Clock } from '../harvest/clock.js';
import type { PaperRecord, RepoEntry, Snapshot, SnapshotRepo } from '../types.js';
import { assembleSnapshot } from './build-snapshot.js';
import { PaperStore } from './paper-store.js';
import { closeSync, openSync } from 'node:fs';
import { MergeError, SnapshotFileError } from '../errors.js';
import { interner, type Interner } from '../util/text.js';
import { openSnapshot, readElement, type ElementPlace, type SnapshotHead, type SnapshotReader } from './snapshot-stream.js';

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
  /** The merged snapshot; its repositories are held without their `facts` (see `repoEntry`). */
  snapshot: Snapshot;
  /** A repository's whole entry, its facts read back from its shard's file (for writeReports). */
  repoEntry: RepoEntry;
  /** Closes the shards' files, once the reports are written. */
  close(): void;
}

/** One snapshot from every shard's, as a single run over the same inputs would have written it. */
export async function mergeShards(input: MergeInput): Promise<Merged> {
  const files: SnapshotReader[] = [];
  for (const path of input.paths) files.push(await openSnapshot(path));
  checkShards(files);
  // The previous run's checkedAt is carried over by comparing whole entries (assembleSnapshot):
  // with a previous snapshot, the facts stay in memory.
  const facts = new FactsOnDisk(input.previous === null);
  try {
    const { repos, papers } = await readShards(files, facts);
    const incomplete = files
      .filter((f) => f.head.incomplete)
      .map((f) => `shard ${formatShard(f.head.shard!)}: ${f.head.incomplete!.reason}`);
    const snapshot = assembleSnapshot({
      repos,
      papers,
      now: new Date(input.clock.now()),
      version: input.version,
      previous: input.previous,
      incompleteReason: incomplete.length ? incomplete.join('; ') : null,
      // Every shard read every input, so each lists the same inputs not read.
      problems: files[0]!.head.problems ?? [],
    });
    return { snapshot, repoEntry: (r) => facts.entry(r), close: () => facts.close() };
  } catch (err) {
    facts.close();
    throw err;
  }
}

/** Every shard's repositories (a target in two is an error naming both files) and the first shard's papers. */
async function readShards(files: readonly SnapshotReader[], facts: FactsOnDisk): Promise<{ repos: SnapshotRepo[]; papers: readonly PaperRecord[] }> {
  // Which file each target came from (its index), to name both when one is in two.
  const owner = new Map<string, number>();
  const repos: SnapshotRepo[] = [];
  // The papers held encoded, outside the heap, as the audit holds its own (paper-store.ts).
  const papers = new PaperStore();
  const words = interner();
  for (const [i, f] of files.entries()) {
    const file = facts.open(f.path);
    await f.lists({
      repos: (r, place) => {
        const key = r.key.toLowerCase();
        const other = owner.get(key);
        // Same inputs and split but one target in two shards: a snapshot edited by hand, or another version's hash.
        if (other !== undefined) throw new MergeError(`${r.key} is in both ${files[other]!.path} and ${f.path}: shards overlap`);
        owner.set(key, i);
        repos.push(shareRepoWords(facts.hold(r, file, place), words));
      },
      // Every shard read every input and lists every paper: one shard's list is all of them.
      ...(i === 0 ? { papers: (p: PaperRecord) => papers.add(withoutHealth(p)) } : {}),
    });
  }
  return { repos, papers: papers.view() };
}

/**
 * Repositories held without their facts (about half their memory), which stay in the shards'
 * files: each one's place is kept, and the file open (so a file renamed over it meanwhile — the
 * merged snapshot written where a shard's was — does not change what is read back).
 */
class FactsOnDisk {
  private readonly files: { path: string; fd: number }[] = [];
  private readonly places = new Map<SnapshotRepo, { file: number } & ElementPlace>();

  constructor(private readonly enabled: boolean) {}

  /** Opens a shard's file before it is read; returns its number, or -1 when facts stay in memory. */
  open(path: string): number {
    if (!this.enabled) return -1;
    try {
      this.files.push({ path, fd: openSync(path, 'r') });
    } catch (err) {
      throw new SnapshotFileError(path, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'unreadable', { cause: err });
    }
    return this.files.length - 1;
  }

  /** The repository to hold: without its facts when they can be read back. */
  hold(repo: SnapshotRepo, file: number, place: ElementPlace | null): SnapshotRepo {
    if (file < 0 || !place || !repo.facts) return repo;
    // A new object, not `delete repo.facts`: V8 keeps objects that lost a property in a larger, slower form.
    const { facts: _facts, ...held } = repo;
    this.places.set(held, { file, ...place });
    return held;
  }

  /** A repository's whole entry, its facts read back when it is held without them. */
  entry(repo: SnapshotRepo): SnapshotRepo {
    const at = this.places.get(repo);
    if (!at) return repo;
    const { path, fd } = this.files[at.file]!;
    return { ...repo, facts: (readElement(fd, path, at) as SnapshotRepo).facts! };
  }

  close(): void {
    for (const { fd } of this.files.splice(0)) closeSync(fd);
  }
}

/**
 * One copy of each value that repeats across entries — statuses, flags, forges, licences, reason
 * texts, the input files' names — instead of one string per entry as JSON.parse makes them
 * (~10 MB of 50,000 repositories and papers).
 */
function shareRepoWords(r: SnapshotRepo, word: Interner): SnapshotRepo {
  r.status = word(r.status);
  if (r.forge) r.forge = word(r.forge);
  r.kind = word(r.kind);
  if (r.license) r.license = word(r.license);
  r.flags = r.flags.map((f) => word(f));
  for (const [k, v] of Object.entries(r.reasons)) if (v) r.reasons[k as keyof SnapshotRepo['reasons']] = word(v);
  for (const p of r.papers) p.source = word(p.source);
  return r;
}

function withoutHealth(p: PaperRecord): PaperRecord {
  const { health: _health, ...rest } = p;
  return rest;
}
