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
import { markOrdered, type KeyLookup } from '../util/lazy-array.js';
import { JsonList } from '../util/json-list.js';
import { readSnapshot } from './snapshot-file.js';
import { openSnapshot } from './snapshot-stream.js';

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
