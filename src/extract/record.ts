// Builds one PaperRecord from the pieces of text a reader hands it, line by line. Readers get it
// through their sink (read/reader.ts PaperBuilder, NewPaper), so read/ does not import extract/.
import type { NewPaper, PaperBuilder } from '../read/reader.js';
import { tuning } from '../read/tuning.js';
import type { Link, PaperRecord } from '../types.js';
import { DiskKeyIndex } from '../util/disk-key-index.js';
import { capYoungGeneration } from '../util/heap-growth.js';
import { JsonList } from '../util/json-list.js';
import { KeyIndex } from '../util/key-index.js';
import { lazyArray } from '../util/lazy-array.js';
import { CLAIM, LINK, PROMISE, earliestEnd, scanKeywords } from './keywords.js';
import { collectLinks, type UrlSet } from './links.js';
import { isCodeLink } from './paper-sites.js';
import { claimIn, promiseIn } from './promises.js';

/** How much of the previous piece to keep, so a promise wrapped over two lines is still seen. */
const CARRY = 160;
/**
 * A text longer than this has its links collected a piece this long at a time (collectInPieces),
 * the young generation looked at between pieces (bound): a megabyte of links at once let it grow
 * from under 8 to 32 MiB between two looks, and a 58 MB line peaked at 143–155 MiB RSS, against
 * 101–113 now (bench/extract/RESULTS.md run 58).
 */
const PIECE = 64 * 1024;
/** Links a record holds before it keeps a set of their URLs (a new Set per record was ~3 % of a Markdown list's allocation). */
const MANY_LINKS = 16;

export class RecordBuilder implements PaperBuilder {
  private readonly links: Link[] = [];
  /** The URLs of `links`, made once they are many: collectLinks searches a few links itself (most records have 0–4). */
  private seen: UrlSet | undefined;
  /**
   * A huge record's earlier links (more than tuning.recordLinksInMemory: a big plain-text input is
   * one paper), in a temporary file; `seen` is then a KeyIndex, off the heap. `links` holds the rest.
   */
  private spilled: JsonList<Link> | undefined;
  /**
   * Past tuning.recordUrlsInMemory URLs, the URLs and the links both on disk (`seen` is this
   * index; `spilled` is gone): link n is the value of URL n, as a link is kept per URL in the
   * order its URL was first seen. Nothing of them then grows in memory (a JsonList keeps 12 bytes
   * a link). `onDiskLinks`: how many links have their value.
   */
  private onDisk: DiskKeyIndex | undefined;
  private onDiskLinks = 0;
  /** Is one of the spilled links a code link? */
  private spilledCodeLink = false;
  private promised = false;
  private claims = false;
  private tail = '';

  constructor(
    readonly source: string,
    public line: number,
    public title: string | null = null,
    public date: string | null = null,
    public id: string | null = null,
  ) {}

  /** Add text that starts on `line` (or on the line a function gives, asked only for links); it may hold several lines. */
  addText(text: string, line: number | (() => number)): void {
    const window = this.tail ? `${this.tail} ${text}` : text;
    this.tail = text.length > CARRY ? text.slice(-CARRY) : text;
    // One keyword pass decides which scanners run; most texts need none.
    const found = scanKeywords(window);
    if (found === 0) return;
    // Links start shortly before their first marker (`https` before `://`, subdomains before `github.`).
    if (found & LINK) {
      const from = Math.max(0, earliestEnd(LINK) - (window.length - text.length) - 64);
      const first = typeof line === 'number' ? line : line();
      if (text.length <= PIECE) {
        collectLinks(text, first, this.links, from, this.urls());
        this.bound();
      } else this.collectInPieces(text, first, from);
    }
    const promise = (found & PROMISE) !== 0 && !this.promised;
    // A claim only counts without a code link, so once one is found it need not be looked for.
    const claim = (found & CLAIM) !== 0 && !this.claims && !this.hasCodeLink();
    if (!promise && !claim) return;
    const lower = window.toLowerCase();
    if (promise && promiseIn(lower, found, window.length)) this.promised = true;
    if (claim && claimIn(lower, found, window.length)) this.claims = true;
  }

  /**
   * The links of a huge text (one line of megabytes, a JSON string): a piece at a time, each cut
   * after a blank (no link holds one), with the limits checked between pieces. All at once, a
   * 14 MB line of 300,000 links held every link and URL found in it: 328 MiB.
   */
  private collectInPieces(text: string, line: number, from: number): void {
    let lineAt = line;
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + PIECE);
      while (end < text.length && text.charCodeAt(end - 1) > 0x20) end++;
      const piece = text.slice(at, end);
      collectLinks(piece, lineAt, this.links, Math.max(0, from - at), this.urls());
      // A huge text's links are collected within one chunk's turn: the young generation is looked
      // at between its pieces too, not only between chunks (util/heap-growth.ts).
      capYoungGeneration();
      this.bound();
      for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', nl + 1)) lineAt++;
      at = end;
    }
  }

  /** Add only the links of `text` (a Markdown reference definition, say), not its words. */
  addLinks(text: string, line: number): void {
    if (scanKeywords(text) & LINK) collectLinks(text, line, this.links, 0, this.urls());
    this.bound();
  }

  /** Past their limits, the links held go to their temporary file and the URLs seen to an index on disk. */
  private bound(): void {
    if (this.links.length >= tuning.recordLinksInMemory) this.spill();
    if (this.seen instanceof KeyIndex && this.seen.size > tuning.recordUrlsInMemory) this.moveToDisk();
  }

  /** The URLs seen into a DiskKeyIndex, with the links in their file as its values. */
  private moveToDisk(): void {
    const spilled = this.spilled!;
    const disk = DiskKeyIndex.movedFrom(this.seen as KeyIndex, (n) => (n < spilled.length ? spilled.text(n) : null), 'paper-urls', { exact: true });
    this.onDiskLinks = spilled.length;
    spilled.dispose();
    this.spilled = undefined;
    this.seen = this.onDisk = disk;
  }

  /** Move the links held to the temporary file (made the first time, with the URLs seen so far in a KeyIndex). */
  private spill(): void {
    if (this.onDisk) {
      for (const link of this.links) {
        this.onDisk.setValue(this.onDiskLinks++, JSON.stringify(link));
        this.spilledCodeLink ||= isCodeLink(link);
      }
      this.links.length = 0;
      return;
    }
    if (!this.spilled) {
      this.spilled = new JsonList<Link>('paper-links');
      const urls = new KeyIndex({ exact: true });
      for (const link of this.links) urls.add(link.url);
      this.seen = urls;
    }
    for (const link of this.links) {
      this.spilled.add(link);
      this.spilledCodeLink ||= isCodeLink(link);
    }
    this.links.length = 0;
  }

  /** The set of the links' URLs for collectLinks, or undefined while they are few (it searches them). */
  private urls(): UrlSet | undefined {
    if (this.spilled || this.onDisk || this.links.length < MANY_LINKS) return this.seen;
    return (this.seen ??= new Set(this.links.map((l) => l.url)));
  }

  /** Forget the carried text (a new paragraph or field starts). */
  breakText(): void {
    this.tail = '';
  }

  /** Links to the paper itself (arXiv, DOI…) do not back a claim of code. */
  private hasCodeLink(): boolean {
    return this.spilledCodeLink || this.links.some(isCodeLink);
  }

  get linkCount(): number {
    return (this.spilled?.length ?? 0) + this.onDiskLinks + this.links.length;
  }

  finish(): PaperRecord {
    const record: PaperRecord = {
      source: this.source,
      line: this.line,
      title: this.title,
      date: this.date,
      promised: this.promised,
      // A claim only matters when no code link backs it, and a promise is not a claim.
      claimsCodeWithoutLink: this.claims && !this.promised && !this.hasCodeLink(),
      links: this.spilled || this.onDisk ? this.spilledLinks() : this.links,
    };
    if (this.id !== null) record.id = this.id;
    return record;
  }

  /** All of a huge record's links, read from its file as they are used (util/lazy-array.ts). */
  private spilledLinks(): Link[] {
    if (this.links.length > 0) this.spill();
    if (!this.onDisk) return this.spilled!.view();
    const disk = this.onDisk;
    return lazyArray(this.onDiskLinks, (i) => JSON.parse(disk.value(i)) as Link);
  }
}

export const newRecordBuilder: NewPaper = (source, line, title, date, id) => new RecordBuilder(source, line, title, date, id);
