// The audit's papers, held as compact encoded bytes outside V8's heap instead of as objects: at
// 200,000 papers the objects (paper, links array, link, strings) are ~0.5 KB each, ~100 MB of
// heap that V8 then lets grow by a fifth more; encoded they are ~0.2 KB each, in Buffers.
//
// The rest of the program reads a snapshot's papers as an array (`Snapshot.papers`), and so does
// a library caller of runAudit: view() gives them one — an array whose elements are decoded when
// read (util/lazy-array.ts). Iterating it decodes one paper at a
// time; nothing keeps them. Writing an element is refused (the papers are the run's record).
import type { Link, PaperRecord } from '../types.js';
import { cmp } from '../util/cmp.js';
import { interner, type Interner } from '../util/text.js';
import { lazyArray } from '../util/lazy-array.js';

/** Bytes per block of encoded papers. */
const BLOCK_BYTES = 1024 * 1024;

/** A link as stored: `[url, forge, kind, repo, path, line, key, raw]`, raw null when it equals url. */
type StoredLink = [string, Link['forge'], Link['kind'], string | null, string | null, number, string, string | null];
/** A paper as stored: its file as an index into the store's file names; an absent id as 0. */
type StoredPaper = [number, number, string | null, string | null, 0 | 1, 0 | 1, StoredLink[], string | null | 0, PaperRecord['health'] | null];

const views = new WeakMap<object, PaperStore>();

export class PaperStore {
  private blocks: Buffer[] = [];
  private current = Buffer.allocUnsafe(BLOCK_BYTES);
  private used = 0;
  /** Per paper: its block, start and length. */
  private blockOf = new Uint32Array(1024);
  private startOf = new Uint32Array(1024);
  private lengthOf = new Uint32Array(1024);
  /** Per paper: its file (an index into `sources`) and line, for sorting without decoding. */
  private sourceOf = new Uint32Array(1024);
  private lineOf = new Uint32Array(1024);
  private readonly sources: string[] = [];
  private readonly sourceIds = new Map<string, number>();
  private count = 0;
  /** Set on a store made by inOrderWithHealth: which stored paper is the i-th, and its health. */
  private order: Uint32Array | undefined;
  private healths: NonNullable<PaperRecord['health']>[] | undefined;
  private healthOfPaper: Uint32Array | undefined;
  /** Decoded dates are held once (many papers share one). */
  private readonly one: Interner = interner();

  get length(): number {
    return this.count;
  }

  add(p: PaperRecord): void {
    if (this.order) throw new Error('PaperStore: a store in another order is read-only');
    let source = this.sourceIds.get(p.source);
    if (source === undefined) {
      source = this.sources.push(p.source) - 1;
      this.sourceIds.set(p.source, source);
    }
    const links = p.links.map((l): StoredLink => [l.url, l.forge, l.kind, l.repo, l.path, l.line, l.key, l.raw === l.url ? null : l.raw]);
    const stored: StoredPaper = [source, p.line, p.title, p.date, p.promised ? 1 : 0, p.claimsCodeWithoutLink ? 1 : 0, links, p.id === undefined ? 0 : p.id, p.health ?? null];
    const bytes = Buffer.from(JSON.stringify(stored), 'utf8');
    if (this.count === this.blockOf.length) this.grow();
    if (this.used + bytes.length > this.current.length) this.nextBlock(bytes.length);
    bytes.copy(this.current, this.used);
    const i = this.count++;
    this.blockOf[i] = this.blocks.length;
    this.startOf[i] = this.used;
    this.lengthOf[i] = bytes.length;
    this.used += bytes.length;
    this.sourceOf[i] = source;
    this.lineOf[i] = p.line;
  }

  get(i: number): PaperRecord {
    const paper = this.decode(this.order ? this.order[i]! : i);
    if (this.healths) paper.health = this.healths[this.healthOfPaper![i]!];
    return paper;
  }

  /** The paper stored `i`-th. */
  private decode(i: number): PaperRecord {
    const block = this.blockOf[i] === this.blocks.length ? this.current : this.blocks[this.blockOf[i]!]!;
    const start = this.startOf[i]!;
    const [source, line, title, date, promised, claims, links, id, health] = JSON.parse(block.toString('utf8', start, start + this.lengthOf[i]!)) as StoredPaper;
    const one = this.one;
    const paper: PaperRecord = {
      source: this.sources[source]!,
      line,
      title,
      date: date === null ? null : one(date),
      promised: promised === 1,
      claimsCodeWithoutLink: claims === 1,
      // In the order the extractor makes a link's keys: a harvest file's papers read the same either way.
      links: links.map(([url, forge, kind, repo, path, linkLine, key, raw]) => ({ url, forge, kind, repo, path, key, line: linkLine, raw: raw ?? url })),
    };
    if (id !== 0) paper.id = id;
    if (health) paper.health = health;
    return paper;
  }

  *[Symbol.iterator](): Generator<PaperRecord> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  /**
   * The same papers by file, then line (the snapshot's order; ties keep their order), each with
   * the health `healthOf` gives it: a view of this store's bytes in another order, not a copy
   * (a paper's place and its health's are held per paper, the distinct health objects once).
   */
  inOrderWithHealth(healthOf: (p: PaperRecord) => NonNullable<PaperRecord['health']>): PaperStore {
    const rank = new Uint32Array(this.sources.length);
    this.sources.map((s, i) => [s, i] as const).sort(([a], [b]) => cmp(a, b)).forEach(([, i], r) => (rank[i] = r));
    const at = this.order;
    const order = new Uint32Array(this.count).map((_, i) => (at ? at[i]! : i));
    order.sort((a, b) => rank[this.sourceOf[a]!]! - rank[this.sourceOf[b]!]! || this.lineOf[a]! - this.lineOf[b]! || a - b);
    const healths: NonNullable<PaperRecord['health']>[] = [];
    const healthIds = new Map<NonNullable<PaperRecord['health']>, number>();
    const healthOfPaper = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const h = healthOf(this.decode(order[i]!));
      let id = healthIds.get(h);
      if (id === undefined) healthIds.set(h, (id = healths.push(h) - 1));
      healthOfPaper[i] = id;
    }
    const ordered = Object.create(PaperStore.prototype) as PaperStore;
    Object.assign(ordered, this, { order, healths, healthOfPaper });
    return ordered;
  }

  /** The papers as a read-only array, decoded as they are read. */
  view(): PaperRecord[] {
    const view = lazyArray(this.count, (i) => this.get(i), () => this[Symbol.iterator]());
    views.set(view, this);
    return view;
  }

  private grow(): void {
    const bigger = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
      const b = new Uint32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.blockOf = bigger(this.blockOf);
    this.startOf = bigger(this.startOf);
    this.lengthOf = bigger(this.lengthOf);
    this.sourceOf = bigger(this.sourceOf);
    this.lineOf = bigger(this.lineOf);
  }

  private nextBlock(atLeast: number): void {
    this.blocks.push(this.used === this.current.length ? this.current : this.current.subarray(0, this.used));
    this.current = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, atLeast));
    this.used = 0;
  }
}

/** The store behind an array made by PaperStore.view(), if it is one. */
export function paperStoreOf(papers: readonly PaperRecord[]): PaperStore | undefined {
  return views.get(papers);
}
