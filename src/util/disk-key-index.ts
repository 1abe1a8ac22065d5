// A KeyIndex (key-index.ts) on disk, for the collections that grow with their input (issue #15):
// a Markdown file's reference definitions (read/markdown-definitions.ts), the URLs one huge paper
// has seen (extract/record.ts) and the targets of a run (audit/target-index.ts), each moved here
// past a limit (read/tuning.ts; movedFrom). Memory
// stays the same whatever the count (~8 MiB: cached blocks, the keys not yet in the table, a
// filter); the files are read at offsets (`readSync`), so what the page cache holds of them is not
// the process's memory (a memory map would be).
//
// Three temporary files (spill-file.ts openTemporary: deleted when disposed, when the index is
// unreachable, or at exit):
// - keys (and values), appended: a key is its UTF-8 length (4 bytes) then its bytes;
// - the table, open addressing with linear probing, kept at most half full: slots of 16 bytes
//   (the key's hash, its number + 1 — 0 for an empty slot —, and where the key starts), read a
//   block of 256 slots at a time; it grows by being rebuilt into a new file twice the size;
// - per number, where its key and its value sit (once a value is set, or from the start when
//   keys are looked up in about the order they were added).
// New keys wait in memory for a batch to go into the table in slot order (a block read and written
// once per batch). A filter (one bit per hash position, 3 positions a key) in front answers most
// lookups of keys never added without a read. Made `inOrder` (a Markdown file's definitions are numbered in file
// order, and its items use the definitions near them), a key found on disk brings the next few
// thousand keys into memory, and the lookups that follow mostly find theirs there.
import { readSync, writeSync } from 'node:fs';
import { hashOf, type KeyIndex } from './key-index.js';
import { closeTemporary, openTemporary, type TemporaryFile } from './spill-file.js';

const SLOT_BYTES = 16;
const BLOCK_BYTES = 4096;
const SLOTS_PER_BLOCK = BLOCK_BYTES / SLOT_BYTES;
/** Per number: where its key starts (8 bytes), where its value starts (8), the value's length (4), 12 unused. */
const RECORD_BYTES = 32;
const FIRST_SLOTS = 1 << 16;
/** Table blocks kept in memory (4 MiB: the whole table up to 131,072 keys, a share of it beyond). */
const TABLE_BLOCKS = 1024;
/** Blocks of keys and values kept in memory: the appends not yet written, and keys looked up again soon after they were added (a link and its badge). */
const DATA_BLOCKS = 64;
const RECORD_BLOCKS = 16;
/** Keys read ahead (inOrder), and how many of them must have been found before a key found on disk reads ahead again. */
const AHEAD = 4096;
const AHEAD_PAID = 8;
/**
 * Keys found on disk kept (inOrder) — the oldest forgotten first: a few keys looked up all
 * through the file (a badge's definition used by every row) would otherwise each move the
 * read-ahead back to them and away again, reading 4,096 keys a time (a test's keys in the order
 * added took 8 s for 60,000 lookups, then 0.3).
 */
const FOUND_KEPT = 1024;
/**
 * New keys wait in memory (their strings in a Map) before they go into the table together, in the
 * order of their slots: each table block is then read and written once per batch, not once per
 * key (a read and a write a key cost more than the rest of the work).
 */
const PENDING = 32 * 1024;
/** Slots of the table read and written at once when many keys go in together (256 KiB). */
const REGION_SLOTS = 16 * 1024;
/** Keys a batch must have per region of the table, on average, to go in a region at a time. */
const KEYS_PER_REGION = 4;
/** The old table is read this much at a time when it is rebuilt. */
const REBUILD_BYTES = 256 * 1024;
/** The filter's size: 8 M bits, ~6 bits a key (a few % of false "maybe") at 1.4 M keys. */
const FILTER_BITS = 1 << 23;

/** Read `length` bytes at `position` into `into` from its start; returns how many there were (fewer past the end). */
function readAt(fd: number, into: Buffer, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, into, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function writeAt(fd: number, bytes: Buffer, position: number): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

interface Block {
  index: number;
  bytes: Buffer;
  dirty: boolean;
}

/**
 * Fixed-size blocks of a file, some kept in memory (changed ones written back when they make room):
 * `capacity` places (a power of 2), a block's place chosen by a hash of its number, so that the
 * two streams of a rebuild (blocks i and i + half the table) rarely share one. Cheaper than an
 * LRU list's upkeep on every lookup.
 */
class Blocks {
  private readonly places: (Block | undefined)[];
  private readonly shift: number;
  /** Blocks from this one on were never written: zeros, nothing to read. */
  private firstUnwritten = 0;

  constructor(
    readonly file: TemporaryFile,
    capacity: number,
  ) {
    this.places = new Array<Block | undefined>(capacity).fill(undefined);
    this.shift = 32 - Math.log2(capacity);
  }

  get(index: number): Block {
    const place = Math.imul(index, 0x9e3779b1) >>> this.shift;
    let block = this.places[place];
    if (block !== undefined && block.index === index) return block;
    if (block === undefined) block = this.places[place] = { index, bytes: Buffer.allocUnsafe(BLOCK_BYTES), dirty: false };
    else {
      this.writeBack(block);
      block.index = index;
    }
    const got = index < this.firstUnwritten ? readAt(this.file.fd, block.bytes, BLOCK_BYTES, index * BLOCK_BYTES) : 0;
    if (got < BLOCK_BYTES) block.bytes.fill(0, got);
    return block;
  }

  /** Write every changed block. */
  flush(): void {
    for (const block of this.places) if (block) this.writeBack(block);
  }

  /** Write every changed block and keep none (the file is about to change underneath: writeRange). */
  forget(): void {
    this.flush();
    this.places.fill(undefined);
  }

  /** `length` bytes from `position` into `into` (zeros where nothing was written). */
  readRange(position: number, into: Buffer, length: number): void {
    const got = position < this.firstUnwritten * BLOCK_BYTES ? readAt(this.file.fd, into, length, position) : 0;
    if (got < length) into.fill(0, got, length);
  }

  /** Write `length` bytes of `from` at `position`, past every block held (forget() first). */
  writeRange(position: number, from: Buffer, length: number): void {
    writeAt(this.file.fd, from.subarray(0, length), position);
    this.firstUnwritten = Math.max(this.firstUnwritten, Math.ceil((position + length) / BLOCK_BYTES));
  }

  private writeBack(block: Block): void {
    if (!block.dirty) return;
    writeAt(this.file.fd, block.bytes, block.index * BLOCK_BYTES);
    block.dirty = false;
    if (block.index >= this.firstUnwritten) this.firstUnwritten = block.index + 1;
  }
}

export class DiskKeyIndex {
  private readonly hashOf: (key: string) => number;
  /** Keys and values, appended. */
  private readonly data: Blocks;
  private dataBytes = 0;
  private table: Blocks;
  private records: Blocks | null = null;
  /** The keys numbered aheadFrom … (inOrder), with the lookups they answered since they were read, and the disk finds since. */
  private readonly ahead = new Map<string, number>();
  private aheadFrom = 0;
  private aheadFound = AHEAD_PAID;
  private foundOnDisk = 0;
  /** Keys found on disk lately (inOrder), at most FOUND_KEPT. */
  private readonly foundLately = new Map<string, number>();
  private slots = FIRST_SLOTS;
  private count = 0;
  private readonly filter = new Uint8Array(FILTER_BITS / 8);
  /** The key looked up, as UTF-8 (grown as needed), and a key read back to compare with it. */
  private key = Buffer.allocUnsafe(256);
  private keyLength = 0;
  /** Bytes read back across blocks (grown as needed), and a key's length to append. */
  private readBack = Buffer.allocUnsafe(260);
  private readonly lengthBytes = Buffer.alloc(4);
  /** Keys added and not yet in the table (numbered from count − their number on), their hashes and where they sit. */
  private readonly pending = new Map<string, number>();
  /** Keys pending, those of them not in `pending` (addNew), and where their hashes and places are. */
  private waiting = 0;
  private unmapped = 0;
  private readonly batch: number;
  private readonly pendingHash: Uint32Array;
  private readonly pendingAt: Float64Array;
  /** The pending keys' slots and indices (slot · batch + index), sorted to go in in order. */
  private readonly pendingOrder: Float64Array;
  /** A region of the table (insertByRegions), made at first use. */
  private region: Buffer | null = null;

  /**
   * `name`: for the temporary files' names. `exact`: keys that differ in case are different keys
   * (default: the same key, as KeyIndex). `inOrder`: keys are looked up in about the order they
   * were added (read ahead). For tests only: `hash` (collisions made on purpose), `batch` (keys
   * pending at most, PENDING by default).
   */
  constructor(
    private readonly name: string,
    private readonly options: { exact?: boolean; inOrder?: boolean; hash?: (key: string) => number; batch?: number } = {},
  ) {
    this.hashOf = options.hash ?? hashOf;
    this.batch = options.batch ?? PENDING;
    this.pendingHash = new Uint32Array(this.batch);
    this.pendingAt = new Float64Array(this.batch);
    this.pendingOrder = new Float64Array(this.batch);
    this.data = new Blocks(openTemporary(this, `${name}-keys`, 'bin'), DATA_BLOCKS);
    this.table = new Blocks(openTemporary(this, `${name}-table`, 'bin'), TABLE_BLOCKS);
    if (options.inOrder) this.records = new Blocks(openTemporary(this, `${name}-numbers`, 'bin'), RECORD_BLOCKS);
  }

  /**
   * The keys of `keys` (an index past its limit in memory), numbered as there, key n with the
   * value `valueOf(n)` when that is a string. The caller then drops `keys`.
   */
  static movedFrom(keys: KeyIndex, valueOf: (n: number) => string | null, name: string, options: { exact?: boolean; inOrder?: boolean } = {}): DiskKeyIndex {
    const disk = new DiskKeyIndex(name, options);
    for (let n = 0; n < keys.size; n++) {
      disk.addNew(keys.key(n));
      const value = valueOf(n);
      if (value !== null) disk.setValue(n, value);
    }
    return disk;
  }

  /** How many keys it holds; they are numbered 0 … size − 1 in the order added. */
  get size(): number {
    return this.count;
  }

  /** The number of `key`, or -1. */
  get(key: string): number {
    const normal = this.normal(key);
    if (this.options.inOrder) {
      const near = this.ahead.get(normal);
      if (near !== undefined) {
        this.aheadFound++;
        return near;
      }
      const lately = this.foundLately.get(normal);
      if (lately !== undefined) return lately;
    }
    if (this.unmapped > 0) this.insertPending();
    const added = this.pending.get(normal);
    if (added !== undefined) return added;
    const hash = this.hashOf(normal);
    if (!this.mayHold(hash)) return -1;
    this.encode(normal);
    const n = this.find(hash);
    if (n >= 0 && this.options.inOrder) {
      if (this.foundLately.size >= FOUND_KEPT) this.foundLately.delete(this.foundLately.keys().next().value!);
      this.foundLately.set(normal, n);
      this.foundFar(n);
    }
    return n;
  }

  has(key: string): boolean {
    return this.get(key) >= 0;
  }

  /** The number of `key`: its own if it is held, else the next one (`size` grows by one). */
  add(key: string): number {
    if (this.unmapped > 0) this.insertPending();
    const normal = this.normal(key);
    const added = this.pending.get(normal);
    if (added !== undefined) return added;
    const hash = this.hashOf(normal);
    this.encode(normal);
    // A key the filter has never seen is not looked for.
    if (this.mayHold(hash)) {
      const found = this.find(hash);
      if (found >= 0) return found;
    }
    this.pending.set(normal, this.count);
    return this.addAt(normal, hash);
  }

  /**
   * Add `key`, known not to be held (another index moved here), numbered as add() would number it:
   * nothing is looked up, and it does not wait among the strings of the pending keys.
   */
  addNew(key: string): number {
    const normal = this.normal(key);
    const hash = this.hashOf(normal);
    this.encode(normal);
    this.unmapped++;
    return this.addAt(normal, hash);
  }

  /** The key in `this.key` (`normal`, hash `hash`) appended and pending; its number. */
  private addAt(normal: string, hash: number): number {
    const number = this.count++;
    const at = this.append(this.keyLength, this.key, this.keyLength);
    if (this.options.inOrder) {
      const record = this.record(number);
      record.bytes.writeDoubleLE(at, this.recordAt);
      record.dirty = true;
      if (number >= this.aheadFrom && number < this.aheadFrom + AHEAD) this.ahead.set(normal, number);
    }
    this.pendingHash[this.waiting] = hash;
    this.pendingAt[this.waiting] = at;
    this.remember(hash);
    if (++this.waiting === this.batch) this.insertPending();
    return number;
  }

  /** Give key number `n` a value (replacing the one it had). */
  setValue(n: number, value: string): void {
    const length = Buffer.byteLength(value, 'utf8');
    if (length + 4 > this.key.length) this.key = Buffer.allocUnsafe(length * 2 + 4);
    this.key.write(value, 0, 'utf8');
    const at = this.append(-1, this.key, length);
    this.records ??= new Blocks(openTemporary(this, `${this.name}-numbers`, 'bin'), RECORD_BLOCKS);
    const block = this.record(n);
    block.bytes.writeDoubleLE(at, this.recordAt + 8);
    block.bytes.writeUInt32LE(length, this.recordAt + 16);
    block.dirty = true;
  }

  /** The value of key number `n` ('' if none was set). */
  value(n: number): string {
    if (!this.data.file.open) throw new Error(`the ${this.name} index was used after it was disposed`);
    if (!this.records || n < 0 || n >= this.count) return '';
    const block = this.record(n);
    const length = block.bytes.readUInt32LE(this.recordAt + 16);
    if (length === 0) return '';
    const at = block.bytes.readDoubleLE(this.recordAt + 8);
    return this.bytesAt(at, length).toString('utf8', 0, length);
  }

  /** Close and delete the files now (using the index afterwards fails). */
  dispose(): void {
    closeTemporary(this.data.file);
    closeTemporary(this.table.file);
    if (this.records) closeTemporary(this.records.file);
    this.ahead.clear();
    this.pending.clear();
  }

  /** The block that holds number `n`'s record, which starts at `recordAt` in it. */
  private recordAt = 0;
  private record(n: number): Block {
    const block = this.records!.get(Math.floor((n * RECORD_BYTES) / BLOCK_BYTES));
    this.recordAt = (n * RECORD_BYTES) % BLOCK_BYTES;
    return block;
  }

  /**
   * Key `n` was found on disk, away from the keys read ahead: when those answered a few lookups
   * (or many keys were found on disk since), read the keys numbered from just before `n` on.
   */
  private foundFar(n: number): void {
    if (++this.foundOnDisk < AHEAD * 2 && this.aheadFound < AHEAD_PAID) return;
    this.ahead.clear();
    this.aheadFrom = Math.max(0, n - AHEAD / 8);
    this.aheadFound = this.foundOnDisk = 0;
    const end = Math.min(this.count, this.aheadFrom + AHEAD);
    for (let i = this.aheadFrom; i < end; i++) {
      const at = this.record(i).bytes.readDoubleLE(this.recordAt);
      const length = this.bytesAt(at, 4).readUInt32LE(0);
      this.ahead.set(this.bytesAt(at + 4, length).toString('utf8', 0, length), i);
    }
  }

  private normal(key: string): string {
    return this.options.exact ? key : key.toLowerCase();
  }

  /** `key` as UTF-8 in `this.key`. */
  private encode(normal: string): void {
    if (normal.length * 3 + 4 > this.key.length) this.key = Buffer.allocUnsafe(normal.length * 6 + 4);
    this.keyLength = this.key.write(normal, 0, 'utf8');
  }

  /** Three positions of the filter per hash (one hash, mixed: double hashing). */
  private mayHold(hash: number): boolean {
    const step = (Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0) | 1;
    for (let i = 0, p = hash; i < 3; i++, p = (p + step) >>> 0) {
      const bit = p & (FILTER_BITS - 1);
      if ((this.filter[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  private remember(hash: number): void {
    const step = (Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0) | 1;
    for (let i = 0, p = hash; i < 3; i++, p = (p + step) >>> 0) {
      const bit = p & (FILTER_BITS - 1);
      this.filter[bit >>> 3]! |= 1 << (bit & 7);
    }
  }

  /** The number of the key in `this.key` (hash `hash`) in the table, or -1. */
  private find(hash: number): number {
    // A closed file's descriptor may be another file's by now.
    if (!this.data.file.open) throw new Error(`the ${this.name} index was used after it was disposed`);
    const mask = this.slots - 1;
    let slot = hash & mask;
    for (;;) {
      const bytes = this.table.get(Math.floor(slot / SLOTS_PER_BLOCK)).bytes;
      // The rest of this block, then the next (wrapping at the end of the table).
      for (let offset = (slot % SLOTS_PER_BLOCK) * SLOT_BYTES; offset < BLOCK_BYTES; offset += SLOT_BYTES) {
        const held = bytes.readUInt32LE(offset + 4);
        if (held === 0) return -1;
        if (bytes.readUInt32LE(offset) === hash && this.keyAt(bytes.readDoubleLE(offset + 8))) return held - 1;
        slot = (slot + 1) & mask;
        if (slot === 0) break;
      }
    }
  }

  /** Is the key stored at `at` the one in `this.key`? */
  private keyAt(at: number): boolean {
    const length = this.keyLength;
    const stored = this.bytesAt(at, length + 4);
    return stored.readUInt32LE(0) === length && stored.compare(this.key, 0, length, 4, length + 4) === 0;
  }

  /** `length` bytes of the keys' file from `at`, in a reused buffer (good until the next read or append). */
  private bytesAt(at: number, length: number): Buffer {
    const offset = at % BLOCK_BYTES;
    const first = Math.floor(at / BLOCK_BYTES);
    if (offset + length <= BLOCK_BYTES) return this.data.get(first).bytes.subarray(offset, offset + length);
    if (length > this.readBack.length) this.readBack = Buffer.allocUnsafe(length * 2);
    for (let done = 0, index = first, from = offset; done < length; index++, from = 0) {
      const n = Math.min(length - done, BLOCK_BYTES - from);
      this.data.get(index).bytes.copy(this.readBack, done, from, from + n);
      done += n;
    }
    return this.readBack;
  }

  /** Append bytes 0 … `length` of `from` (after `prefix` in 4 bytes unless it is < 0); returns where they start. */
  private append(prefix: number, from: Buffer, length: number): number {
    const at = this.dataBytes;
    if (prefix >= 0) {
      this.lengthBytes.writeUInt32LE(prefix, 0);
      this.put(this.lengthBytes, 4);
    }
    this.put(from, length);
    return at;
  }

  private put(from: Buffer, length: number): void {
    for (let done = 0; done < length; ) {
      const block = this.data.get(Math.floor(this.dataBytes / BLOCK_BYTES));
      const offset = this.dataBytes % BLOCK_BYTES;
      const n = Math.min(length - done, BLOCK_BYTES - offset);
      from.copy(block.bytes, offset, done, done + n);
      block.dirty = true;
      done += n;
      this.dataBytes += n;
    }
  }

  /** The pending keys into the table (grown first if they would fill it over half), in the order of their slots. */
  private insertPending(): void {
    const waiting = this.waiting;
    while (this.count * 2 > this.slots) this.grow();
    const mask = this.slots - 1;
    const order = this.pendingOrder.subarray(0, waiting);
    for (let i = 0; i < waiting; i++) order[i] = (this.pendingHash[i]! & mask) * this.batch + i;
    order.sort();
    const first = this.count - waiting;
    // Many keys for the table's size go in a region of it at a time, one read and one write each:
    // block by block, a batch of 32,768 keys into a table of 2 M slots read and wrote nearly all
    // of its ~8,000 blocks, one at a time (RESULTS.md run 23). The rest, and the few keys whose
    // probe leaves their region, go in block by block.
    const sorted = order.subarray(0, waiting);
    const rest = waiting >= (this.slots / REGION_SLOTS) * KEYS_PER_REGION ? this.insertByRegions(sorted, first, mask) : Array.from(sorted, (o) => o % this.batch);
    for (const i of rest) {
      for (let slot = this.pendingHash[i]! & mask; ; slot = (slot + 1) & mask) {
        const block = this.table.get(Math.floor(slot / SLOTS_PER_BLOCK));
        const offset = (slot % SLOTS_PER_BLOCK) * SLOT_BYTES;
        if (block.bytes.readUInt32LE(offset + 4) !== 0) continue;
        this.putSlot(block.bytes, offset, i, first);
        block.dirty = true;
        break;
      }
    }
    this.pending.clear();
    this.waiting = this.unmapped = 0;
  }

  /** Pending key `i` (numbered `first + i`) into the slot at `offset` of `bytes`. */
  private putSlot(bytes: Buffer, offset: number, i: number, first: number): void {
    bytes.writeUInt32LE(this.pendingHash[i]!, offset);
    bytes.writeUInt32LE(first + i + 1, offset + 4);
    bytes.writeDoubleLE(this.pendingAt[i]!, offset + 8);
  }

  /**
   * The pending keys (`order`: slot · batch + index, sorted) into the table a region at a time.
   * Returns the few whose probe runs past the end of their region, to go in block by block: any
   * empty slot on a key's probe serves, as slots are only ever filled.
   */
  private insertByRegions(order: Float64Array, first: number, mask: number): number[] {
    this.table.forget();
    const region = (this.region ??= Buffer.allocUnsafe(REGION_SLOTS * SLOT_BYTES));
    const left: number[] = [];
    for (let k = 0; k < order.length; ) {
      const start = Math.floor((order[k]! / this.batch) / REGION_SLOTS) * REGION_SLOTS;
      const end = Math.min(start + REGION_SLOTS, this.slots);
      const bytes = (end - start) * SLOT_BYTES;
      this.table.readRange(start * SLOT_BYTES, region, bytes);
      for (; k < order.length; k++) {
        const i = order[k]! % this.batch;
        let slot = this.pendingHash[i]! & mask;
        if (slot >= end) break;
        for (; slot < end && region.readUInt32LE((slot - start) * SLOT_BYTES + 4) !== 0; slot++);
        if (slot === end) left.push(i);
        else this.putSlot(region, (slot - start) * SLOT_BYTES, i, first);
      }
      this.table.writeRange(start * SLOT_BYTES, region, bytes);
    }
    return left;
  }

  /** Rebuild the table into a new file with twice the slots, reading the old one in order. */
  private grow(): void {
    const old = this.table;
    old.flush();
    const oldBytes = this.slots * SLOT_BYTES;
    this.slots *= 2;
    const mask = this.slots - 1;
    this.table = new Blocks(openTemporary(this, `${this.name}-table`, 'bin'), TABLE_BLOCKS);
    const chunk = Buffer.allocUnsafe(Math.min(oldBytes, REBUILD_BYTES));
    for (let from = 0; from < oldBytes; from += chunk.length) {
      const got = readAt(old.file.fd, chunk, chunk.length, from);
      if (got < chunk.length) chunk.fill(0, got);
      for (let offset = 0; offset < chunk.length; offset += SLOT_BYTES) {
        if (chunk.readUInt32LE(offset + 4) === 0) continue;
        let slot = chunk.readUInt32LE(offset) & mask;
        for (;;) {
          const block = this.table.get(Math.floor(slot / SLOTS_PER_BLOCK));
          const at = (slot % SLOTS_PER_BLOCK) * SLOT_BYTES;
          if (block.bytes.readUInt32LE(at + 4) === 0) {
            chunk.copy(block.bytes, at, offset, offset + SLOT_BYTES);
            block.dirty = true;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    closeTemporary(old.file);
  }
}
