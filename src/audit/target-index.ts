// The audit's targets while the inputs are read: what extract/repos.ts's RepoIndex gathers (one
// target per key, the papers citing it, the sub-paths linked), but not as a RepoRef object per
// target. A target's first link fixes its key, forge, kind, name and URL: those go to a temporary
// file at once. What can still grow is kept as numbers: the last paper citing it, and lists only
// for the few targets cited by more than one paper or linked at a path. At 200,000 targets the
// RepoRefs and their Map were ~0.33 KB each (67 MB), alive until the last input was read — the
// peak of a big audit (bench/harvest/RESULTS.md).
import type { PaperRecord, RepoRef } from '../types.js';
import { KeyIndex } from '../util/key-index.js';
import { targetUrl } from '../extract/repos.js';
import { RefStore } from './ref-store.js';
import { SpillFile } from '../util/spill-file.js';
import { doubled } from '../util/typed-arrays.js';

type FirstSight = Pick<RepoRef, 'key' | 'forge' | 'kind' | 'repo' | 'url'>;

export class TargetIndex {
  /** Keys as RepoIndex's Map compares them (exactly; extract/target.ts lower-cases every key anyway). */
  private readonly keys = new KeyIndex({ exact: true });
  private readonly file = new SpillFile(this, 'target-firsts');
  /** Per target number: where its first sight is in the file, and its length. */
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  /** Per target number: the first paper citing it, and the last. */
  private firstPaper = new Int32Array(1024);
  private lastPaper = new Int32Array(1024);
  /** Every paper citing it, for targets cited by more than one. */
  private readonly papersOf = new Map<number, number[]>();
  /** The sub-paths linked, in order, for targets linked at a path. */
  private readonly pathsOf = new Map<number, { list: string[]; seen: Set<string> }>();

  get size(): number {
    return this.keys.size;
  }

  /** Record the links of the paper at `index` in the papers list (as RepoIndex.add). */
  add(paper: PaperRecord, index: number): void {
    for (const link of paper.links) {
      const before = this.keys.size;
      const n = this.keys.add(link.key);
      if (n === before) this.firstSight(n, { key: link.key, forge: link.forge, kind: link.kind, repo: link.repo, url: targetUrl(link) }, index);
      else if (this.lastPaper[n] !== index) {
        let papers = this.papersOf.get(n);
        if (!papers) this.papersOf.set(n, (papers = [this.firstPaper[n]!]));
        papers.push(index);
        this.lastPaper[n] = index;
      }
      if (link.path !== null) {
        let paths = this.pathsOf.get(n);
        if (!paths) this.pathsOf.set(n, (paths = { list: [], seen: new Set() }));
        if (!paths.seen.has(link.path)) {
          paths.seen.add(link.path);
          paths.list.push(link.path);
        }
      }
    }
  }

  /** The targets in order of first citation, as RepoIndex.list() gives them, in a RefStore. */
  toStore(): RefStore {
    const store = new RefStore();
    for (let n = 0, streak = 0; n < this.keys.size; n++, streak++) {
      const first = JSON.parse(this.file.read(this.offsets[n]!, this.lengths[n]!, streak)) as FirstSight;
      store.add({ ...first, paths: this.pathsOf.get(n)?.list ?? [], papers: this.papersOf.get(n) ?? [this.firstPaper[n]!] });
    }
    this.file.dispose();
    return store;
  }

  private firstSight(n: number, first: FirstSight, paper: number): void {
    if (n === this.offsets.length) this.grow();
    const at = this.file.append(JSON.stringify(first));
    this.offsets[n] = at.offset;
    this.lengths[n] = at.length;
    this.firstPaper[n] = paper;
    this.lastPaper[n] = paper;
  }

  private grow(): void {
    this.offsets = doubled(this.offsets);
    this.lengths = doubled(this.lengths);
    this.firstPaper = doubled(this.firstPaper);
    this.lastPaper = doubled(this.lastPaper);
  }
}
