// Values kept as their JSON in a temporary file (spill-file.ts), read back by place: a list as
// long as a big collection without its objects on the heap (the audit's targets: ref-store.ts;
// the previous snapshot's repositories and papers; `merge`'s shards' repositories before they
// are put in key order).
import { lazyArray, type KeyLookup } from './lazy-array.js';
import { SpillFile } from './spill-file.js';
import { doubled } from './typed-arrays.js';

export class JsonList<T> {
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
      this.offsets = doubled(this.offsets);
      this.lengths = doubled(this.lengths);
    }
    const { offset, length } = this.file.append(JSON.stringify(value));
    this.offsets[this.count] = offset;
    this.lengths[this.count++] = length;
  }

  get(i: number): T {
    return JSON.parse(this.text(i)) as T;
  }

  /**
   * Value `i` as its JSON text. Reading forward (all of them, or most: the GitHub targets; the
   * previous snapshot's repositories looked up in key order) reads ahead a chunk at a time
   * (spill-file.ts); a jump reads only its own bytes.
   */
  text(i: number): string {
    this.streak = i > this.lastRead && i - this.lastRead <= 16 ? this.streak + 1 : 0;
    this.lastRead = i;
    return this.file.read(this.offsets[i]!, this.lengths[i]!, this.streak);
  }

  view(lookup?: KeyLookup<T>): T[] {
    return lazyArray(this.count, (i) => this.get(i), undefined, lookup);
  }

  /** Close and delete the file now (reading afterwards fails). */
  dispose(): void {
    this.file.dispose();
  }
}
