// A slow consumer for extract's output: each chunk is taken one event-loop turn after it is
// written, so the readers really wait for the output (back-pressure). writeExtract resolves once
// everything is handed to the stream, not once the stream has taken it: `text()` ends the stream
// and waits for it to finish, or the last chunks (still buffered) would be missed.
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export function slowOutput(): { out: Writable; text(): Promise<string>; largestChunk(): number; mostHeld(): number } {
  const chunks: string[] = [];
  let mostHeld = 0;
  const out: Writable = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      mostHeld = Math.max(mostHeld, out.writableLength);
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  return {
    out,
    /** The length of the longest chunk written (what the writer held at once). */
    largestChunk: () => Math.max(0, ...chunks.map((c) => c.length)),
    /** The most bytes the stream held unsent at once (written to it, not yet taken). */
    mostHeld: () => mostHeld,
    async text() {
      out.end();
      await finished(out);
      return chunks.join('');
    },
  };
}
