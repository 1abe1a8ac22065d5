// Growing the typed arrays that hold per-entry numbers of the stores (audit/*-store.ts,
// target-index.ts, facts-spill.ts, json-list.ts, util/key-index.ts): twice the length, the same kind.

type NumberArray = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;

/** A copy of `array` in a new array of the same kind, twice as long. */
export function doubled<A extends NumberArray>(array: A): A {
  const bigger = new (array.constructor as new (length: number) => A)(array.length * 2);
  bigger.set(array);
  return bigger;
}
