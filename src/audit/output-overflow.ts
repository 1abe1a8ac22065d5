// Output that a stream could not take yet, parked in a temporary file. A reader that makes many
// records without a pause — one Markdown line of 200,000 HTML table rows, a saved extract result
// printed again — gives the output no chance to drain between them: every record's bytes stayed
// queued in the stream (a 19 MB line of rows peaked at 236 MiB). Past a bound they wait on disk
// instead, and are sent, in order, when the producer next waits for the output (write-extract.ts).
import { readSync, writeSync } from 'node:fs';
import { closeTemporary, openTemporary, type TemporaryFile } from '../util/spill-file.js';

/** Bytes read back from the file at a time. */
const READ_BYTES = 256 * 1024;

export class OutputOverflow {
  private readonly file: TemporaryFile;
  private written = 0;
  private sent = 0;

  constructor() {
    this.file = openTemporary(this, 'output', 'out');
  }

  /** Park `bytes` after what is parked already (copied: the caller may reuse them at once). */
  append(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.byteLength; ) done += writeSync(this.file.fd, bytes, done, bytes.byteLength - done, this.written + done);
    this.written += bytes.byteLength;
  }

  /** The next parked bytes in order (a buffer of their own, for the stream to keep), or null once all were taken. */
  next(): Buffer | null {
    if (this.sent === this.written) return null;
    const chunk = Buffer.allocUnsafe(Math.min(READ_BYTES, this.written - this.sent));
    for (let got = 0; got < chunk.length; ) {
      const n = readSync(this.file.fd, chunk, got, chunk.length - got, this.sent + got);
      if (n === 0) throw new Error('output overflow file ended early');
      got += n;
    }
    this.sent += chunk.length;
    return chunk;
  }

  /** Close and delete the file. */
  dispose(): void {
    closeTemporary(this.file);
  }
}
