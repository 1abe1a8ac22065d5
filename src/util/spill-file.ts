// A temporary file that a big run appends records to and reads them back from by offset, so that
// what a big collection has per target is held on disk, not in memory (repo-store.ts: the
// classified repositories; ref-store.ts: the targets). Appends are gathered before one write;
// reading in order reads a chunk at once. The file is closed (and deleted) once its owner is
// unreachable, or when the process exits (a library caller may read a returned snapshot after the
// run); it has no name from the start where the system allows it.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Appends are gathered up to this size before one write; reading in order reads this much at once. */
const CHUNK_BYTES = 256 * 1024;

/** An open temporary file (spill-file.ts, disk-key-index.ts): deleted when closed, when its owner is unreachable, or at exit. */
export interface TemporaryFile {
  fd: number;
  dir: string;
  open: boolean;
}

const live = new Set<TemporaryFile>();
/** Close and delete `file` (again: nothing). */
export const closeTemporary = (file: TemporaryFile): void => {
  if (!file.open) return;
  file.open = false;
  live.delete(file);
  unreachable.unregister(file);
  closeSync(file.fd);
  rmSync(file.dir, { recursive: true, force: true });
};
const unreachable = new FinalizationRegistry<TemporaryFile>(closeTemporary);
let exitHook = false;

/** A new temporary file `repo-audit-<name>-…/<name>.<extension>`, open for reading and writing, closed and deleted once `owner` is unreachable. */
export function openTemporary(owner: object, name: string, extension: string): TemporaryFile {
  const dir = mkdtempSync(join(tmpdir(), `repo-audit-${name}-`));
  const file = { dir, fd: openSync(join(dir, `${name}.${extension}`), 'w+'), open: true };
  // Where an open file can lose its name (not Windows), it does at once: the system frees it
  // when it is closed, however the process ends (a killed run or test worker leaves nothing).
  if (process.platform !== 'win32') rmSync(dir, { recursive: true, force: true });
  live.add(file);
  unreachable.register(owner, file, file);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => [...live].forEach(closeTemporary));
  }
  return file;
}

export class SpillFile {
  private readonly file: TemporaryFile;
  /**
   * Appends not yet written, and where reads ahead land: each reused, made at first use. A fresh
   * buffer per append or per read was memory outside V8's heap that only a collection frees, and
   * a long read or write of a big list piled up ~100 MB of them (bench/extract/RESULTS.md run 18).
   */
  private pending: Buffer | null = null;
  private pendingBytes = 0;
  private ahead: Buffer | null = null;
  private scratch: Buffer | null = null;
  private size = 0;
  /** The last chunk read in order (a view of `ahead`). */
  private window: Buffer = Buffer.alloc(0);
  private windowStart = 0;

  /** `owner`: the file is deleted once it is unreachable. */
  constructor(owner: object, name: string) {
    this.file = openTemporary(owner, name, 'jsonl');
  }

  /** Append `text`; returns where it starts and its length in bytes. */
  append(text: string): { offset: number; length: number } {
    // At most 3 bytes of UTF-8 per UTF-16 unit.
    if (this.pendingBytes + text.length * 3 > CHUNK_BYTES) this.flush();
    const offset = this.size;
    let length: number;
    if (text.length * 3 > CHUNK_BYTES) {
      const bytes = Buffer.from(text, 'utf8');
      this.writeAt(bytes, offset);
      length = bytes.length;
    } else {
      this.pending ??= Buffer.allocUnsafe(CHUNK_BYTES);
      length = this.pending.write(text, this.pendingBytes, 'utf8');
      this.pendingBytes += length;
    }
    this.size += length;
    return { offset, length };
  }

  /**
   * The text at `offset`. `streak`: how many reads in a row went on from the one before (the
   * caller knows its order): from the second on, a chunk is read ahead, growing with the streak
   * up to CHUNK_BYTES; a jump (a lookup by key) reads only its own bytes.
   */
  read(offset: number, length: number, streak: number): string {
    this.flush();
    if (offset >= this.windowStart && offset + length <= this.windowStart + this.window.length) {
      const start = offset - this.windowStart;
      return this.window.toString('utf8', start, start + length);
    }
    const ahead = streak > 0 ? Math.min(CHUNK_BYTES, 4096 << Math.min(streak, 6), this.size - offset) : 0;
    const size = Math.max(length, ahead);
    // A read ahead replaces the window; any other read must leave it as it is.
    const buffer =
      size > CHUNK_BYTES ? Buffer.allocUnsafe(size) : ahead > length ? (this.ahead ??= Buffer.allocUnsafe(CHUNK_BYTES)).subarray(0, size) : (this.scratch ??= Buffer.allocUnsafe(CHUNK_BYTES)).subarray(0, size);
    let got = 0;
    while (got < buffer.length) {
      const n = readSync(this.file.fd, buffer, got, buffer.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    if (ahead > length) {
      this.window = buffer.subarray(0, got);
      this.windowStart = offset;
    }
    return buffer.toString('utf8', 0, length);
  }

  /** Close and delete the file now (reading it afterwards fails). */
  dispose(): void {
    this.pending = null;
    this.pendingBytes = 0;
    this.ahead = this.scratch = null;
    this.window = Buffer.alloc(0);
    closeTemporary(this.file);
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    this.writeAt(this.pending!.subarray(0, this.pendingBytes), this.size - this.pendingBytes);
    this.pendingBytes = 0;
  }

  private writeAt(bytes: Buffer, at: number): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.file.fd, bytes, written, bytes.length - written, at + written);
  }
}
