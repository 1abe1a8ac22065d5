// A list that stays in memory up to a limit and moves to a temporary file beyond it, so a reader
// that must hold its records back until the end of a huge input (Markdown: the file record comes
// first but is only known at the end) keeps its memory bounded. The file is unlinked as soon as it
// is opened: nothing is left behind, even when the process is killed.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const READ_CHUNK = 1024 * 1024;
let serial = 0;

/** Entries written to disk at once, once spilling has begun (bounds the string built per write). */
const WRITE_BATCH = 256;

export class SpillList<T> {
  private held: T[] = [];
  private fd: number | null = null;
  private written = 0;
  private count = 0;

  /** `limit`: entries kept in memory before they move to disk (null: never). */
  constructor(private limit: number | null) {}

  get length(): number {
    return this.count;
  }

  push(value: T): void {
    this.held.push(value);
    this.count++;
    // Once on disk, later entries follow in small batches: the file keeps the older ones, memory
    // the newer ones, so reading the file then memory keeps the order.
    if (this.limit !== null && this.held.length >= (this.fd === null ? this.limit : WRITE_BATCH)) this.spill();
  }

  private spill(): void {
    if (this.fd === null) {
      const file = path.join(os.tmpdir(), `repo-audit-${process.pid}-${serial++}-${Math.random().toString(36).slice(2)}.jsonl`);
      try {
        this.fd = openSync(file, 'wx+', 0o600);
      } catch {
        // No writable temporary directory: keep everything in memory, as before spilling existed.
        this.limit = null;
        return;
      }
      unlinkSync(file);
    }
    for (let from = 0; from < this.held.length; from += WRITE_BATCH) {
      const batch = this.held.slice(from, from + WRITE_BATCH);
      const bytes = Buffer.from(`${batch.map((v) => JSON.stringify(v)).join('\n')}\n`, 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
      this.written += bytes.length;
    }
    this.held = [];
  }

  /** Every entry in the order pushed (spilled ones are read back from disk). */
  *[Symbol.iterator](): Generator<T> {
    if (this.fd !== null) {
      const buf = Buffer.allocUnsafe(READ_CHUNK);
      let carry: Buffer | null = null;
      for (let at = 0; at < this.written; ) {
        const n = readSync(this.fd, buf, 0, Math.min(READ_CHUNK, this.written - at), at);
        if (n === 0) break;
        at += n;
        const chunk: Buffer = carry ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
        const last = chunk.lastIndexOf(10);
        carry = last + 1 < chunk.length ? Buffer.from(chunk.subarray(last + 1)) : null;
        if (last === -1) continue;
        for (const line of chunk.toString('utf8', 0, last).split('\n')) yield JSON.parse(line) as T;
      }
    }
    yield* this.held;
  }

  /** Drop everything and close the file. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.held = [];
    this.count = 0;
    this.written = 0;
  }
}
