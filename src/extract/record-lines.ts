// Records' JSON texts written one after another as UTF-8 in a worker thread (JSON Lines' and
// Markdown's), cut into RecordLines when a problem must come between them or a message ends: the
// texts never exist as one string, and the main thread gets bytes it can write as they are.
import type { RecordLines } from './jsonl-worker.js';
import { roomFor } from '../util/typed-arrays.js';

/** Size of a new buffer that may be sent back (cut's `spare`): a message's worth of records fits. */
export const SPARE_BYTES = 512 * 1024;

export class RecordLinesOut {
  private buf = Buffer.allocUnsafe(256 * 1024);
  private size = 0;
  private count = 0;

  add(json: string): void {
    // At most 3 bytes of UTF-8 per UTF-16 unit, and the newline.
    const room = json.length * 3 + 1;
    this.buf = roomFor(this.buf, this.size, this.size + room);
    this.size += this.buf.write(json, this.size);
    this.buf[this.size++] = 10;
    this.count++;
  }

  /**
   * The records added since the last cut (a copy the main thread can own), or null. In one of
   * `spare` (buffers sent back to be filled again) when one is big enough.
   */
  cut(spare?: ArrayBuffer[]): RecordLines | null {
    if (this.count === 0) return null;
    const reused = spare?.length && spare[spare.length - 1]!.byteLength >= this.size ? spare.pop()! : null;
    const buffer = reused ?? (spare ? new ArrayBuffer(Math.max(this.size, SPARE_BYTES)) : null);
    const lines = buffer ? new Uint8Array(buffer, 0, this.size) : new Uint8Array(this.size);
    lines.set(this.buf.subarray(0, this.size));
    const cut = { lines, count: this.count };
    this.size = 0;
    this.count = 0;
    return cut;
  }
}
