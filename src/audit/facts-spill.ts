// The full facts of a run's repositories, kept on disk instead of in memory while the audit runs:
// each answer is appended to a temporary file as it arrives and read back, by offset, when the
// snapshot is classified and written (one at a time). A big collection's facts (~1.7 KB a
// repository in memory) would otherwise be held from the first answer to the last report.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RepoFacts } from '../types.js';
import { KeyIndex } from '../util/key-index.js';
import { doubled } from '../util/typed-arrays.js';

/** Appends are gathered up to this size before one write. */
const FLUSH_BYTES = 256 * 1024;

export interface FactsReader {
  /** The facts last put for `key` (compared without case), or undefined. */
  get(key: string): RepoFacts | undefined;
}

export class FactsSpill implements FactsReader {
  private readonly dir = mkdtempSync(join(tmpdir(), 'repo-audit-facts-'));
  private readonly fd = openSync(join(this.dir, 'facts.jsonl'), 'w+');
  /** Per key (without case): its slot in `offsets` / `lengths` (a small integer: no object per entry). */
  private readonly where = new KeyIndex();
  /** Per slot: where the key's latest facts start in the file, and their length in bytes. */
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private size = 0;
  private disposed = false;

  /** Keep `facts`; a later put for the same key replaces it. */
  put(facts: RepoFacts): void {
    const bytes = Buffer.from(JSON.stringify(facts), 'utf8');
    const slot = this.where.add(facts.key);
    if (slot === this.offsets.length) this.grow();
    this.offsets[slot] = this.size;
    this.lengths[slot] = bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.size += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  has(key: string): boolean {
    return this.where.has(key);
  }

  get(key: string): RepoFacts | undefined {
    const slot = this.where.get(key);
    if (slot < 0) return undefined;
    this.flush();
    const offset = this.offsets[slot]!;
    const length = this.lengths[slot]!;
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) read += readSync(this.fd, buffer, read, length - read, offset + read);
    return JSON.parse(buffer.toString('utf8')) as RepoFacts;
  }

  /** Drop every entry (the file's bytes stay until dispose). */
  forget(): void {
    this.where.clear();
  }

  /** Close and delete the file (once its answers are no longer needed; again: nothing). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.where.clear();
    this.pending = [];
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private grow(): void {
    this.offsets = doubled(this.offsets);
    this.lengths = doubled(this.lengths);
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending);
    let written = 0;
    const start = this.size - this.pendingBytes;
    while (written < chunk.length) written += writeSync(this.fd, chunk, written, chunk.length - written, start + written);
    this.pending = [];
    this.pendingBytes = 0;
  }
}
