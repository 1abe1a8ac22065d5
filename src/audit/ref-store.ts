// The audit's targets (RepoRef: key, forge, kind, name, URL, sub-paths, the papers citing it),
// kept in a temporary file from the end of reading to the snapshot's build instead of as objects
// on the heap (~0.33 KB each: 67 MB at 200,000, held through the whole harvest). The harvester
// and the build read them as an array whose elements are read when used (util/lazy-array.ts);
// `where` / `subset` pick among them without reading them all into memory.
import type { RepoRef } from '../types.js';
import { lazyArray } from '../util/lazy-array.js';
import { SpillFile } from './spill-file.js';
import { doubled } from '../util/typed-arrays.js';

export class RefStore {
  private readonly file = new SpillFile(this, 'targets');
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private count = 0;
  private lastRead = -1;
  private streak = 0;

  get length(): number {
    return this.count;
  }

  add(ref: RepoRef): void {
    if (this.count === this.offsets.length) {
      this.offsets = doubled(this.offsets);
      this.lengths = doubled(this.lengths);
    }
    const { key, forge, kind, repo, url, paths, papers } = ref; // the fields in their usual order
    const at = this.file.append(JSON.stringify({ key, forge, kind, repo, url, paths, papers }));
    this.offsets[this.count] = at.offset;
    this.lengths[this.count++] = at.length;
  }

  get(i: number): RepoRef {
    // Reading forward (all of them, or most: the GitHub targets) reads the file a chunk at a time.
    this.streak = i > this.lastRead && i - this.lastRead <= 16 ? this.streak + 1 : 0;
    this.lastRead = i;
    return JSON.parse(this.file.read(this.offsets[i]!, this.lengths[i]!, this.streak)) as RepoRef;
  }

  /** The targets as a read-only array, read as they are used. */
  view(): RepoRef[] {
    return lazyArray(this.count, (i) => this.get(i));
  }
}
