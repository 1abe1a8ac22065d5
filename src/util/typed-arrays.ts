// Growing the typed arrays that hold per-entry numbers of the stores (audit/*-store.ts,
// target-index.ts, facts-spill.ts, json-list.ts, util/key-index.ts): twice the length, the same
// kind; and the byte buffers that hold their texts (key-index.ts, read/markdown-definitions.ts,
// extract/record-lines.ts).

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
