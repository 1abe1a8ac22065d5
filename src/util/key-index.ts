// Numbers for string keys (compared without case unless made `exact`), held compactly: the keys
// as UTF-8 bytes in one growing buffer, an open-addressing table of their numbers, and one hash
// each — ~60 bytes a key outside the V8 heap (growth included), where a Map<string, number> of
// 200,000 keys (a string and an entry each) held ~16 MB of the heap, plus its slack. The audit
// keeps several at once (the answers in the spill, the classified repositories, the previous
// snapshot's), each as long as the run.
import { doubled, roomFor } from './typed-arrays.js';

/** FNV-1a over the UTF-16 code units: cheap, and spreads the similar keys of a collection well. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A new index's room: keys, and their bytes (it doubles either as it fills). */
const INITIAL_KEYS = 64;
const INITIAL_BYTES = 2048;

export class KeyIndex {
  /** `exact`: keys that differ in case are different keys (default: the same key). */
  constructor(private readonly options: { exact?: boolean } = {}) {}

  // Small to start with, doubled as they fill: a Markdown file makes one for its reference
  // definitions, and a directory of 20,000 small files made 20,000 (at 84 KB each to start, the
  // garbage collector ran a third of the time).
  /** Keys in the order they were added (lower-cased, UTF-8), back to back. */
  private bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  private used = 0;
  /** Per number: where its key starts in `bytes` (it ends where the next one starts), and its hash. */
  private starts = new Uint32Array(INITIAL_KEYS);
  private hashes = new Uint32Array(INITIAL_KEYS);
  private count = 0;
  /** Open addressing, linear probing: a key's number + 1, or 0 for an empty place. Kept at most half full. */
  private table = new Int32Array(2 * INITIAL_KEYS);
  /** A key being looked up with characters past ASCII, as UTF-8 (grown as needed). */
  private scratch = Buffer.allocUnsafe(256);

  /** How many keys it holds; they are numbered 0 … size − 1 in the order added. */
  get size(): number {
    return this.count;
  }

  /** The number of `key`, or -1. */
  get(key: string): number {
    const lower = this.normal(key);
    return this.find(lower, hashOf(lower)).number;
  }

  has(key: string): boolean {
    return this.get(key) >= 0;
  }

  /** The number of `key`: its own if it is held, else the next one (`size` grows by one). */
  add(key: string): number {
    const lower = this.normal(key);
    const hash = hashOf(lower);
    const found = this.find(lower, hash);
    if (found.number >= 0) return found.number;
    const number = this.count++;
    if (number === this.starts.length) this.growEntries();
    const length = Buffer.byteLength(lower, 'utf8');
    this.bytes = roomFor(this.bytes, this.used, this.used + length);
    this.bytes.write(lower, this.used, 'utf8');
    this.starts[number] = this.used;
    this.used += length;
    this.hashes[number] = hash;
    this.table[found.place] = number + 1;
    if (this.count * 2 > this.table.length) this.rehash();
    return number;
  }

  /** Key number `n` as held (lower-cased unless `exact`). */
  key(n: number): string {
    return this.bytes.toString('utf8', this.starts[n], n + 1 < this.count ? this.starts[n + 1] : this.used);
  }

  /** Forget every key, and give back the memory they took. */
  clear(): void {
    this.count = 0;
    this.used = 0;
    this.bytes = Buffer.allocUnsafe(INITIAL_BYTES);
    this.starts = new Uint32Array(INITIAL_KEYS);
    this.hashes = new Uint32Array(INITIAL_KEYS);
    this.table = new Int32Array(2 * INITIAL_KEYS);
  }

  private normal(key: string): string {
    return this.options.exact ? key : key.toLowerCase();
  }

  /** Where `lower` (the key as compared) is held (its number), or the empty place it would go to (number −1). */
  private find(lower: string, hash: number): { number: number; place: number } {
    const mask = this.table.length - 1;
    for (let place = hash & mask; ; place = (place + 1) & mask) {
      const held = this.table[place]! - 1;
      if (held < 0) return { number: -1, place };
      if (this.hashes[held] === hash && this.holds(held, lower)) return { number: held, place };
    }
  }

  /** Is the key numbered `held` the same as `lower`? */
  private holds(held: number, lower: string): boolean {
    const start = this.starts[held]!;
    const end = held + 1 < this.count ? this.starts[held + 1]! : this.used;
    const bytes = this.bytes;
    // ASCII keys (nearly all) are compared as they are; others as their UTF-8.
    if (end - start === lower.length) {
      let i = 0;
      while (i < lower.length && lower.charCodeAt(i) === bytes[start + i]) i++;
      if (i === lower.length) return true;
      if (lower.charCodeAt(i) < 128) return false;
    }
    const length = Buffer.byteLength(lower, 'utf8');
    if (end - start !== length) return false;
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(length * 2);
    this.scratch.write(lower, 0, 'utf8');
    return bytes.compare(this.scratch, 0, length, start, end) === 0;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    const mask = this.table.length - 1;
    for (let number = 0; number < this.count; number++) {
      let place = this.hashes[number]! & mask;
      while (this.table[place] !== 0) place = (place + 1) & mask;
      this.table[place] = number + 1;
    }
  }

  private growEntries(): void {
    this.starts = doubled(this.starts);
    this.hashes = doubled(this.hashes);
  }
}
