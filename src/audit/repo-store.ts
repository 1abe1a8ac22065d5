// The audit's classified repositories, kept in a temporary file instead of in memory: each is
// written (with its facts, apart) as it is classified, in the snapshot's order (by key), and read
// back when a report reads it. At 200,000 repositories the objects (~17 fields and a list of
// papers each) were ~0.5 KB apiece on the heap, from the snapshot's build to the last report.
// What stays in memory per repository: its key (to find it), where it is in the file, and its
// status and flags (what a paper's verdict needs), as small integers.
//
// `Snapshot.repos` is read as an array everywhere: view() gives one whose elements are read
// when used (util/lazy-array.ts), and that finds a repository by key without reading them all
// (lookupOf). The file outlives the run (a library caller of runAudit reads the snapshot it
// returns): it is deleted once the store is unreachable, or when the process exits.
import type { LinkedRepoHealth } from '../classify/paper.js';
import type { RepoFacts, RepoFlag, RepoStatus, SnapshotRepo } from '../types.js';
import { REPO_STATUSES } from '../types.js';
import { KeyIndex } from '../util/key-index.js';
import { lazyArray, markOrdered } from '../util/lazy-array.js';
import { SpillFile } from '../util/spill-file.js';
import { doubled } from '../util/typed-arrays.js';

const stores = new WeakMap<object, RepoStore>();

export class RepoStore {
  private readonly file = new SpillFile(this, 'repos');
  /** Per key (without case): its position. */
  private readonly where = new KeyIndex();
  /** Per position: where its entry starts in the file, its length, and its facts' length after it. */
  private offsets = new Float64Array(1024);
  private repoLengths = new Uint32Array(1024);
  private factsLengths = new Uint32Array(1024);
  /** Per position: its status (an index into REPO_STATUSES) and its flags (an index into `flagSets`). */
  private statuses = new Uint8Array(1024);
  private flagsOf = new Uint16Array(1024);
  private readonly flagSets: RepoFlag[][] = [];
  private readonly flagSetIds = new Map<string, number>();
  private count = 0;
  /** The position read last (reading in order reads the file a chunk at a time). */
  private lastRead = -1;
  /** How many reads in a row went on from the one before (read ahead only when reading in order). */
  private streak = 0;

  get length(): number {
    return this.count;
  }

  /** Append `repo` (held without its facts; `facts`: its facts, kept apart). In the snapshot's order. */
  add(repo: SnapshotRepo, facts: RepoFacts | undefined): void {
    if (this.where.add(repo.key) !== this.count) throw new Error(`RepoStore: ${repo.key} is already stored`);
    const { facts: _held, ...slim } = repo;
    if (this.count === this.offsets.length) this.grow();
    const i = this.count++;
    const entry = this.file.append(JSON.stringify(slim));
    this.offsets[i] = entry.offset;
    this.repoLengths[i] = entry.length;
    this.factsLengths[i] = facts ? this.file.append(JSON.stringify(facts)).length : 0;
    this.statuses[i] = REPO_STATUSES.indexOf(repo.status);
    this.flagsOf[i] = this.flagSetId(repo.flags);
  }

  /** The i-th repository, without its facts. */
  get(i: number): SnapshotRepo {
    this.streak = i === this.lastRead + 1 ? this.streak + 1 : 0;
    this.lastRead = i;
    return JSON.parse(this.file.read(this.offsets[i]!, this.repoLengths[i]!, this.streak)) as SnapshotRepo;
  }

  /** The i-th repository's facts (undefined when it was stored without). */
  factsAt(i: number): RepoFacts | undefined {
    const length = this.factsLengths[i]!;
    return length === 0 ? undefined : (JSON.parse(this.file.read(this.offsets[i]! + this.repoLengths[i]!, length, 0)) as RepoFacts);
  }

  /** The position of the repository with `key` (compared without case). */
  indexOf(key: string): number | undefined {
    const i = this.where.get(key);
    return i < 0 ? undefined : i;
  }

  /** What a paper's verdict needs of the repository with `key`, without reading it. */
  healthOf(key: string): LinkedRepoHealth | undefined {
    const i = this.indexOf(key);
    return i === undefined ? undefined : { status: REPO_STATUSES[this.statuses[i]!] as RepoStatus, flags: this.flagSets[this.flagsOf[i]!]! };
  }

  /** `repo` with its facts (snapshot.json's entry; see RepoEntry). */
  withFacts(repo: SnapshotRepo): SnapshotRepo {
    const i = this.indexOf(repo.key);
    const facts = repo.facts ?? (i === undefined ? undefined : this.factsAt(i));
    return facts ? { ...repo, facts } : repo;
  }

  *[Symbol.iterator](): Generator<SnapshotRepo> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  /** The repositories as a read-only array, read as they are used; lookupOf(view) finds one by key. */
  view(): SnapshotRepo[] {
    const view = lazyArray(
      this.count,
      (i) => this.get(i),
      () => this[Symbol.iterator](),
      (key) => {
        const i = this.indexOf(key);
        return i === undefined ? undefined : this.get(i);
      },
    );
    stores.set(view, this);
    return markOrdered(view); // added in key order: the reports need not read it all to check
  }

  private flagSetId(flags: RepoFlag[]): number {
    const id = flags.join(',');
    let n = this.flagSetIds.get(id);
    if (n === undefined) this.flagSetIds.set(id, (n = this.flagSets.push(flags) - 1));
    return n;
  }

  private grow(): void {
    this.offsets = doubled(this.offsets);
    this.repoLengths = doubled(this.repoLengths);
    this.factsLengths = doubled(this.factsLengths);
    this.statuses = doubled(this.statuses);
    this.flagsOf = doubled(this.flagsOf);
  }
}

/** The store behind an array made by RepoStore.view(), if it is one. */
export function repoStoreOf(repos: readonly SnapshotRepo[]): RepoStore | undefined {
  return stores.get(repos);
}
