// The audit's targets (RepoRef: key, forge, kind, name, URL, sub-paths, the papers citing it),
// kept in a temporary file from the end of reading to the snapshot's build instead of as objects
// on the heap (~0.33 KB each: 67 MB at 200,000, held through the whole harvest). The harvester
// and the build read them as an array whose elements are read when used (util/lazy-array.ts);
// `where` / `subset` pick among them without reading them all into memory.
import type { RepoRef } from '../types.js';
import { JsonList } from '../util/json-list.js';

export class RefStore extends JsonList<RepoRef> {
  constructor() {
    super('targets');
  }

  override add(ref: RepoRef): void {
    const { key, forge, kind, repo, url, paths, papers } = ref; // the fields in their usual order
    super.add({ key, forge, kind, repo, url, paths, papers });
  }
}
