// The targets while the inputs are read (the audit's, and `extract --format json`'s or `table`'s
// repos[]): what extract/repos.ts's RepoIndex gathers (one target per key, the papers citing it,
// the sub-paths linked), but not as a RepoRef object per target. A target's first link fixes its
// key, forge, kind, name and URL: those go to a temporary file at once. What can still grow is
// kept as numbers: the first and last paper citing it, the papers after the first chained in one
// array of numbers, and lists only for the few targets linked at a path. At 200,000 targets the
// RepoRefs and their Map were ~0.33 KB each (67 MB), alive until the last input was read — the
// peak of a big audit (bench/harvest/RESULTS.md). Past tuning.targetsInMemory the keys move to an
// index on disk (util/disk-key-index.ts), the first sights with them as its values: then 12 bytes
// a target stay, and 8 a citation, in segments that grow without copying (util/typed-arrays.ts).
import type { PaperRecord, RepoRef } from '../types.js';
import { targetUrl } from '../extract/repos.js';
import { tuning } from '../read/tuning.js';
import { DiskKeyIndex } from '../util/disk-key-index.js';
import { KeyIndex } from '../util/key-index.js';
import { lazyArray } from '../util/lazy-array.js';
import { RefStore } from './ref-store.js';
import { SpillFile } from '../util/spill-file.js';
import { doubled, Int32Segments } from '../util/typed-arrays.js';

type FirstSight = Pick<RepoRef, 'key' | 'forge' | 'kind' | 'repo' | 'url'>;

/**
 * A first sight as the file holds it: key, forge, kind, repository and URL separated by tabs, an
 * empty field for null. Not JSON.stringify: a call per target, amid a run's other JSON work, cost
 * ~30,000 instructions each (`extract --format json`, 64 MiB of JSON Lines: +0.19 G). The URL
 * pipeline (extract/links.ts) makes keys, URLs and names without tabs or newlines, and no empty
 * name (a forge is one of a few words); anything else, and a key starting with `{`, is written as
 * JSON (a line starting with `{`).
 */
function encodeFirst(first: FirstSight): string {
  const { key, forge, kind, repo, url } = first;
  const plain = repo !== '' && !key.startsWith('{') && !/[\t\n]/.test(key) && !/[\t\n]/.test(url) && (repo === null || !/[\t\n]/.test(repo));
  return plain ? `${key}\t${forge ?? ''}\t${kind}\t${repo ?? ''}\t${url}` : JSON.stringify(first);
}

function decodeFirst(text: string): FirstSight {
  if (text.startsWith('{')) return JSON.parse(text) as FirstSight;
  const [key, forge, kind, repo, url] = text.split('\t') as [string, string, RepoRef['kind'], string, string];
  return { key, forge: forge === '' ? null : (forge as RepoRef['forge']), kind, repo: repo === '' ? null : repo, url };
}

export class TargetIndex {
  /** Keys as RepoIndex's Map compares them (exactly; extract/target.ts lower-cases every key anyway). */
  private keys: KeyIndex | DiskKeyIndex = new KeyIndex({ exact: true });
  /** The first sights while the keys are in memory (on disk, they are the keys' values). */
  private file: SpillFile | null = new SpillFile(this, 'target-firsts');
  /** Per target number: where its first sight is in the file, and its length (while there is a file). */
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  /** Per target number: the first paper citing it. */
  private readonly firstPaper = new Int32Segments();
  /**
   * Per target number: its citations by papers after the first, as a chain in `cited` (1 + the
   * index of the chain's first and last link; 0: cited by one paper only). An array per target
   * cited twice cost ~200 bytes (a JS array grows to 17 elements at its first push): 98,000 of
   * them held 21 MB of a 64 MiB Markdown list's 50 MB heap (bench/extract/RESULTS.md run 43).
   */
  private readonly firstCitation = new Int32Segments();
  private readonly lastCitation = new Int32Segments();
  /** The chains: citation c is of paper `cited[2c]`, and `cited[2c + 1]` is 1 + the target's next (0: none). */
  private readonly cited = new Int32Segments();
  private citations = 0;
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
      if (n === before) {
        this.firstSight(n, { key: link.key, forge: link.forge, kind: link.kind, repo: link.repo, url: targetUrl(link) }, index);
        // Checked per target, not per paper: one paper (a plain-text list of URLs) may bring 600,000.
        if (this.file && this.keys.size > tuning.targetsInMemory) this.moveToDisk();
      } else if (this.lastPaper(n) !== index) this.cite(n, index);
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
    for (const ref of this.view()) store.add(ref);
    this.dispose();
    return store;
  }

  /**
   * The targets in order of first citation, as RepoIndex.list() gives them, each made from the
   * file as it is read (`extract --format json` prints them one after another). Gathering ends.
   */
  view(): RepoRef[] {
    let last = -1;
    let streak = 0;
    return lazyArray(this.keys.size, (n) => {
      // Read in order, the file is read a chunk ahead (spill-file.ts).
      streak = n === last + 1 ? streak + 1 : 0;
      last = n;
      return { ...this.first(n, streak), paths: this.pathsOf.get(n)?.list ?? [], papers: this.papersCiting(n) };
    });
  }

  /** Chain one more citation of target `n`: by the paper at `paper`. */
  private cite(n: number, paper: number): void {
    const c = this.citations++;
    this.cited.set(2 * c, paper);
    const last = this.lastCitation.get(n);
    if (last === 0) this.firstCitation.set(n, c + 1);
    else this.cited.set(2 * (last - 1) + 1, c + 1);
    this.lastCitation.set(n, c + 1);
  }

  /** The last paper citing target `n` so far: its chain's last, or its first. */
  private lastPaper(n: number): number {
    const last = this.lastCitation.get(n);
    return last === 0 ? this.firstPaper.get(n) : this.cited.get(2 * (last - 1));
  }

  /** Every paper citing target `n`, in order: its first, then its chain. */
  private papersCiting(n: number): number[] {
    const papers = [this.firstPaper.get(n)];
    for (let c = this.firstCitation.get(n); c !== 0; c = this.cited.get(2 * (c - 1) + 1)) papers.push(this.cited.get(2 * (c - 1)));
    return papers;
  }

  /** Close and delete the files now (reading afterwards fails). */
  dispose(): void {
    this.file?.dispose();
    if (this.keys instanceof DiskKeyIndex) this.keys.dispose();
  }

  private first(n: number, streak: number): FirstSight {
    const text = this.file ? this.file.read(this.offsets[n]!, this.lengths[n]!, streak) : (this.keys as DiskKeyIndex).value(n);
    return decodeFirst(text);
  }

  private firstSight(n: number, first: FirstSight, paper: number): void {
    this.firstPaper.set(n, paper);
    if (!this.file) return (this.keys as DiskKeyIndex).setValue(n, encodeFirst(first));
    if (n === this.offsets.length) {
      this.offsets = doubled(this.offsets);
      this.lengths = doubled(this.lengths);
    }
    const at = this.file.append(encodeFirst(first));
    this.offsets[n] = at.offset;
    this.lengths[n] = at.length;
  }

  /** The keys into a DiskKeyIndex, numbered as they were, each with its first sight as its value. */
  private moveToDisk(): void {
    const file = this.file!;
    const disk = DiskKeyIndex.movedFrom(this.keys as KeyIndex, (n) => file.read(this.offsets[n]!, this.lengths[n]!, n), 'targets', { exact: true });
    file.dispose();
    this.file = null;
    this.offsets = new Float64Array(0);
    this.lengths = new Uint32Array(0);
    this.keys = disk;
  }
}
