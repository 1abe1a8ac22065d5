// The previous run's snapshot (the changes since then, `checkedAt` carried over, the history),
// read piece by piece into temporary files instead of whole into memory: at 200,000 repositories
// the whole file and its objects added ~430 MB to an audit's peak (bench/harvest/RESULTS.md) —
// more than the run itself holds. What stays in memory per repository: its key and its place.
// Every reader still gets a `Snapshot`: its `repos` and `papers` are read-only arrays read as they
// are used (util/lazy-array.ts), and a repository is found by key (util/key-index.ts) without
// reading the rest.
import { SnapshotFileError } from '../errors.js';
import type { PaperRecord, Snapshot, SnapshotRepo } from '../types.js';
import { cmp } from '../util/cmp.js';
import { KeyIndex } from '../util/key-index.js';
import { lazyArray, markOrdered, type KeyLookup } from '../util/lazy-array.js';
import { readSnapshot } from './snapshot-file.js';
import { openSnapshot } from './snapshot-stream.js';
import { SpillFile } from './spill-file.js';

/** Values kept as their JSON in a temporary file, read back by place. */
class JsonList<T> {
  private readonly file: SpillFile;
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private count = 0;
  private lastRead = -1;
  private streak = 0;

  constructor(name: string) {
    this.file = new SpillFile(this, name);
  }

  get length(): number {
    return this.count;
  }

  add(value: T): void {
    if (this.count === this.offsets.length) {
      const offsets = new Float64Array(this.count * 2);
      const lengths = new Uint32Array(this.count * 2);
      offsets.set(this.offsets);
      lengths.set(this.lengths);
      this.offsets = offsets;
      this.lengths = lengths;
    }
    const { offset, length } = this.file.append(JSON.stringify(value));
    this.offsets[this.count] = offset;
    this.lengths[this.count++] = length;
  }

  get(i: number): T {
    // Reading in order reads ahead (spill-file.ts); a lookup by key reads only its own bytes.
    this.streak = i === this.lastRead + 1 ? this.streak + 1 : 0;
    this.lastRead = i;
    return JSON.parse(this.file.read(this.offsets[i]!, this.lengths[i]!, this.streak)) as T;
  }

  view(lookup?: KeyLookup<T>): T[] {
    return lazyArray(this.count, (i) => this.get(i), undefined, lookup);
  }
}

/**
 * A snapshot file read as `readSnapshot` reads it — checked the same way, the same SnapshotFileError
 * naming the file — but with its lists in temporary files. A snapshot whose repositories are not
 * in key order or repeat a key (written by hand) is read whole, so that its readers see exactly
 * what they saw before (a map by key keeps the last of a repeated key; reports sort a list).
 */
export async function readSnapshotInFiles(path: string): Promise<Snapshot> {
  const reader = await openSnapshot(path);
  const repos = new JsonList<SnapshotRepo>('previous-repos');
  const papers = new JsonList<PaperRecord>('previous-papers');
  const where = new KeyIndex(); // a repository's number in `repos`, by key without case
  let lastKey: string | null = null;
  let inKeyOrder = true;
  await reader.lists({
    repos: (repo) => {
      if (!inKeyOrder) return;
      // Out of order, or a key seen before (in another case): read whole below.
      if ((lastKey !== null && cmp(lastKey, repo.key) >= 0) || where.add(repo.key) !== repos.length) {
        inKeyOrder = false;
        return;
      }
      lastKey = repo.key;
      repos.add(repo);
    },
    papers: (paper) => papers.add(paper),
  });
  if (!inKeyOrder) return readSnapshot(path);
  const byKey: KeyLookup<SnapshotRepo> = (key) => {
    const i = where.get(key);
    return i < 0 ? undefined : repos.get(i);
  };
  return { ...reader.head, repos: markOrdered(repos.view(byKey)), papers: papers.view() } as Snapshot;
}

/** The previous run's snapshot: an explicit path must exist; the default one may be missing. */
export async function readPrevious(explicit: string | null, fallback: string): Promise<Snapshot | null> {
  if (explicit) return readSnapshotInFiles(explicit);
  try {
    return await readSnapshotInFiles(fallback);
  } catch (err) {
    if (err instanceof SnapshotFileError && err.code === 'missing') return null;
    throw err;
  }
}
