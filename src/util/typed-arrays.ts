// Growing the typed arrays that hold per-entry numbers of the stores (audit/*-store.ts,
// facts-spill.ts, json-list.ts, util/key-index.ts): twice the length, the same kind, or in
// segments (target-index.ts); and the byte buffers that hold their texts (key-index.ts,
// read/markdown-definitions.ts, extract/record-lines.ts).

/** Entries per segment of an Int32Segments (64 KiB). */
const SEGMENT_SHIFT = 14;
const SEGMENT_MASK = (1 << SEGMENT_SHIFT) - 1;

/**
 * Numbers by index (0 where none was set), in segments of a fixed size: growing adds a segment and
 * never copies. A doubled array holds both copies while it grows and up to half of it unused: the
 * targets of `extract --format json` and their citations, a million entries each at 256 MiB of
 * Markdown, peaked ~15 MiB above their numbers (bench/extract/RESULTS.md run 47).
 */
export class Int32Segments {
  private readonly segments: Int32Array[] = [];

  get(i: number): number {
    return this.segments[i >>> SEGMENT_SHIFT]?.[i & SEGMENT_MASK] ?? 0;
  }

  set(i: number, value: number): void {
    const segment = i >>> SEGMENT_SHIFT;
    while (segment >= this.segments.length) this.segments.push(new Int32Array(SEGMENT_MASK + 1));
    this.segments[segment]![i & SEGMENT_MASK] = value;
  }
}

type NumberArray = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;

/** A copy of `array` in a new array of the same kind, twice as long. */
export function doubled<A extends NumberArray>(array: A): A {
  const bigger = new (array.constructor as new (length: number) => A)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** `buffer` if `needed` bytes fit in it, else a copy of its first `used` bytes in one at least twice as long. */
export function roomFor(buffer: Buffer<ArrayBuffer>, used: number, needed: number): Buffer<ArrayBuffer> {
  if (needed <= buffer.length) return buffer;
  const bigger = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  buffer.copy(bigger, 0, 0, used);
  return bigger;
}
