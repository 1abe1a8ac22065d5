// Streams an input as lines, chunk by chunk, so a 1 GB file never sits in memory whole.
// Splits on bytes (a UTF-8 multi-byte sequence never holds 0x0A), decodes per chunk.
import { isUtf8 } from 'node:buffer';

export interface LineStreamEvents {
  /** A batch of consecutive lines; `first` is the 1-based number of `lines[0]`. */
  lines(lines: string[], first: number): void;
  problem(line: number | null, message: string): void;
  /** After each batch: a promise to wait for (output back-pressure), or null to go on. */
  after?(): Promise<void> | null;
}

/** Bytes inspected for NUL to call a file binary. */
const SNIFF = 8192;

/** 1-based offset (within `buf`) of the first line whose bytes are not valid UTF-8. */
function firstBadLine(buf: Buffer): number {
  let start = 0;
  for (let n = 0; ; n++) {
    const nl = buf.indexOf(10, start);
    const end = nl === -1 ? buf.length : nl;
    if (!isUtf8(buf.subarray(start, end))) return n;
    if (nl === -1) return 0;
    start = nl + 1;
  }
}

/** Decode `buf` into lines, reporting invalid UTF-8 (replaced by U+FFFD) with its line number. */
function decode(buf: Buffer, first: number, events: LineStreamEvents, state: { badUtf8: boolean }): string[] {
  const text = buf.toString('utf8');
  if (!state.badUtf8 && text.includes('\uFFFD') && !isUtf8(buf)) {
    // Name the first line where bytes were replaced; later ones in the same input are not repeated.
    events.problem(first + firstBadLine(buf), 'invalid UTF-8 replaced with U+FFFD');
    state.badUtf8 = true;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/**
 * Read `stream` to its end, handing over complete lines in batches. Returns false when the input
 * was skipped as binary (a NUL byte near the start).
 */
export async function streamLines(stream: AsyncIterable<Buffer | string>, events: LineStreamEvents): Promise<boolean> {
  let carry: Buffer | null = null;
  let next = 1;
  let firstChunk = true;
  const state = { badUtf8: false };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (firstChunk) {
      firstChunk = false;
      if (buf.subarray(0, SNIFF).includes(0)) {
        events.problem(null, 'binary file skipped');
        return false;
      }
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const lastNl = buf.lastIndexOf(10);
    if (lastNl === -1) {
      carry = carry ? Buffer.concat([carry, buf]) : buf;
      continue;
    }
    const whole: Buffer = carry ? Buffer.concat([carry, buf.subarray(0, lastNl)]) : buf.subarray(0, lastNl);
    carry = lastNl + 1 < buf.length ? Buffer.from(buf.subarray(lastNl + 1)) : null;
    const lines = decode(whole, next, events, state);
    events.lines(lines, next);
    next += lines.length;
    const wait = events.after?.();
    if (wait) await wait;
  }
  if (carry && carry.length > 0) events.lines(decode(carry, next, events, state), next);
  return true;
}
