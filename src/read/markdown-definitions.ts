// A Markdown file's reference definitions (`[id]: url`), held until the file is read: compactly,
// outside V8's heap — the ids in a KeyIndex, the URLs as UTF-8 bytes in one growing buffer, and
// three numbers each. A Map of ids to {url, line} objects took ~200 bytes of heap per definition,
// and the 256 MiB benchmark list has 355,000 of them (issue #15: it peaked at ~195 MiB). Past
// tuning.definitionsInMemory they move to a DiskKeyIndex (util/disk-key-index.ts), each id's value
// "line url": memory then stays the same however many a file defines (a read per lookup).
import { DiskKeyIndex } from '../util/disk-key-index.js';
import { KeyIndex } from '../util/key-index.js';
import { doubled, roomFor } from '../util/typed-arrays.js';
import { tuning } from './tuning.js';

/**
 * Beginnings most definitions' URLs share (paper lists point at repositories and papers): held
 * as one byte instead of their characters, ~20 of a URL's ~45 bytes. The first that fits is used.
 */
const PREFIXES = ['https://github.com/', 'https://arxiv.org/abs/', 'https://arxiv.org/pdf/', 'https://', 'http://'];

export class Definitions {
  /** Ids as refId made them (already lower case): compared exactly. Numbered in the order first defined. */
  private readonly ids = new KeyIndex({ exact: true });
  // Small to start with (doubled as they fill): every Markdown file read in passes makes one.
  private urls = Buffer.allocUnsafe(2048);
  private usedBytes = 0;
  /** Per number: where the rest of its URL's bytes start and end, its PREFIXES index + 1 (0: none), and the line it was defined on. */
  private starts = new Uint32Array(64);
  private ends = new Uint32Array(64);
  private prefixes = new Uint8Array(64);
  private lines = new Int32Array(64);
  /** Every definition, once there are more than tuning.definitionsInMemory (the fields above are then empty). */
  private disk: DiskKeyIndex | null = null;
  /** The definition on disk read last, split (url() and line() are asked one after the other). */
  private diskNumber = -1;
  private diskUrl = '';
  private diskLine = 0;
  /** The length of the longest id: a longer bracket text is no id (read/markdown.ts mayFit). */
  longestId = 0;

  /** How many ids are defined; they are numbered 0 … size − 1 in the order first defined. */
  get size(): number {
    return this.disk ? this.disk.size : this.ids.size;
  }

  /** Define `id` (a second definition replaces the first's URL and line, and keeps its number). */
  set(id: string, url: string, line: number): void {
    if (id.length > this.longestId) this.longestId = id.length;
    if (this.disk) {
      const n = this.disk.add(id);
      this.disk.setValue(n, `${line} ${url}`);
      if (n === this.diskNumber) this.diskNumber = -1;
      return;
    }
    const n = this.ids.add(id);
    if (n === this.starts.length) {
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
      this.prefixes = doubled(this.prefixes);
      this.lines = doubled(this.lines);
    }
    let prefix = 0;
    while (prefix < PREFIXES.length && !url.startsWith(PREFIXES[prefix]!)) prefix++;
    this.prefixes[n] = prefix < PREFIXES.length ? prefix + 1 : 0;
    const rest = prefix < PREFIXES.length ? url.slice(PREFIXES[prefix]!.length) : url;
    const length = Buffer.byteLength(rest, 'utf8');
    this.urls = roomFor(this.urls, this.usedBytes, this.usedBytes + length);
    this.urls.write(rest, this.usedBytes, 'utf8');
    this.starts[n] = this.usedBytes;
    this.usedBytes += length;
    this.ends[n] = this.usedBytes;
    this.lines[n] = line;
    if (this.ids.size > tuning.definitionsInMemory) this.moveToDisk();
  }

  /** The number of `id`, or -1 when it is not defined. */
  number(id: string): number {
    return this.disk ? this.disk.get(id) : this.ids.get(id);
  }

  has(id: string): boolean {
    return this.number(id) >= 0;
  }

  /** The URL of definition `n` (a new string each time: callers use it and let it go). */
  url(n: number): string {
    if (this.disk) return this.readFromDisk(n).diskUrl;
    const rest = this.urls.toString('utf8', this.starts[n], this.ends[n]);
    const prefix = this.prefixes[n]!;
    return prefix === 0 ? rest : PREFIXES[prefix - 1]! + rest;
  }

  line(n: number): number {
    return this.disk ? this.readFromDisk(n).diskLine : this.lines[n]!;
  }

  /** Delete the temporary files, if any, now (the definitions are gone). */
  dispose(): void {
    this.disk?.dispose();
  }

  private readFromDisk(n: number): this {
    if (n !== this.diskNumber) {
      const value = this.disk!.value(n);
      const space = value.indexOf(' ');
      this.diskLine = Number(value.slice(0, space));
      this.diskUrl = value.slice(space + 1);
      this.diskNumber = n;
    }
    return this;
  }

  /** Every definition into a DiskKeyIndex, numbered as here; the memory they took is given back. */
  private moveToDisk(): void {
    this.disk = DiskKeyIndex.movedFrom(this.ids, (n) => `${this.lines[n]} ${this.url(n)}`, 'markdown-definitions', { exact: true, inOrder: true });
    this.ids.clear();
    this.urls = Buffer.alloc(0);
    this.usedBytes = 0;
    this.starts = new Uint32Array(0);
    this.ends = new Uint32Array(0);
    this.prefixes = new Uint8Array(0);
    this.lines = new Int32Array(0);
  }
}
