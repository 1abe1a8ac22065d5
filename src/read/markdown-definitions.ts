// A Markdown file's reference definitions (`[id]: url`), held until the file is read: compactly,
// outside V8's heap — the ids in a KeyIndex, the URLs as UTF-8 bytes in one growing buffer, and
// three numbers each. A Map of ids to {url, line} objects took ~200 bytes of heap per definition,
// and the 256 MiB benchmark list has 355,000 of them (issue #15: it peaked at ~195 MiB).
import { KeyIndex } from '../util/key-index.js';
import { doubled, roomFor } from '../util/typed-arrays.js';

/**
 * Beginnings most definitions' URLs share (paper lists point at repositories and papers): held
 * as one byte instead of their characters, ~20 of a URL's ~45 bytes. The first that fits is used.
 */
const PREFIXES = ['https://github.com/', 'https://arxiv.org/abs/', 'https://arxiv.org/pdf/', 'https://', 'http://'];

export class Definitions {
  /** Ids as refId made them (already lower case): compared exactly. Numbered in the order first defined. */
  private readonly ids = new KeyIndex({ exact: true });
  private urls = Buffer.allocUnsafe(64 * 1024);
  private usedBytes = 0;
  /** Per number: where the rest of its URL's bytes start and end, its PREFIXES index + 1 (0: none), and the line it was defined on. */
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private prefixes = new Uint8Array(1024);
  private lines = new Int32Array(1024);
  /** The length of the longest id: a longer bracket text is no id (read/markdown.ts mayFit). */
  longestId = 0;

  /** How many ids are defined; they are numbered 0 … size − 1 in the order first defined. */
  get size(): number {
    return this.ids.size;
  }

  /** Define `id` (a second definition replaces the first's URL and line, and keeps its number). */
  set(id: string, url: string, line: number): void {
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
    if (id.length > this.longestId) this.longestId = id.length;
  }

  /** The number of `id`, or -1 when it is not defined. */
  number(id: string): number {
    return this.ids.get(id);
  }

  has(id: string): boolean {
    return this.ids.get(id) >= 0;
  }

  /** The URL of definition `n` (a new string each time: callers use it and let it go). */
  url(n: number): string {
    const rest = this.urls.toString('utf8', this.starts[n], this.ends[n]);
    const prefix = this.prefixes[n]!;
    return prefix === 0 ? rest : PREFIXES[prefix - 1]! + rest;
  }

  line(n: number): number {
    return this.lines[n]!;
  }
}
