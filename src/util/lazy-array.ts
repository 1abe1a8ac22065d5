// A read-only array whose elements are made when read: a Proxy over an empty array of the right
// length. The audit holds its papers (audit/paper-store.ts) and its repositories
// (audit/repo-store.ts) outside V8's heap and hands them out as arrays this way, so every reader
// of `Snapshot.papers` / `Snapshot.repos` keeps working while nothing holds them all.
// Writing an element is refused (they are the run's record).

/** Finds an element by a key without reading them all (set on views that can). */
export type KeyLookup<T> = (key: string) => T | undefined;

const lookups = new WeakMap<object, KeyLookup<unknown>>();
const lazy = new WeakSet<object>();
const ordered = new WeakSet<object>();

/**
 * `get(i)` makes the i-th element; `iterate` (optional) reads them all in order, faster than
 * `get` one by one; `lookup` finds one by its key (see lookupOf).
 */
export function lazyArray<T>(length: number, get: (i: number) => T, iterate?: () => Iterator<T>, lookup?: KeyLookup<T>): T[] {
  const target: T[] = new Array<T>(length);
  const index = (prop: string | symbol): number => {
    if (typeof prop !== 'string') return -1;
    const i = Number(prop);
    return Number.isInteger(i) && i >= 0 && i < length && String(i) === prop ? i : -1;
  };
  const all = iterate ?? function* (): Generator<T> {
    for (let i = 0; i < length; i++) yield get(i);
  };
  const view = new Proxy(target, {
    get: (t, prop, receiver) => {
      const i = index(prop);
      if (i >= 0) return get(i);
      if (prop === Symbol.iterator) return all;
      return Reflect.get(t, prop, receiver);
    },
    has: (t, prop) => index(prop) >= 0 || Reflect.has(t, prop),
    getOwnPropertyDescriptor: (t, prop) => {
      const i = index(prop);
      return i >= 0 ? { value: get(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, prop);
    },
    ownKeys: (t) => [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(t)],
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
  if (lookup) lookups.set(view, lookup);
  lazy.add(view);
  return view;
}

/**
 * The elements that pass `keep`, in order: `array.filter(keep)` for an array held in memory; for
 * one made by lazyArray, another lazy array over the places kept (a filter would hold them all).
 */
export function where<T>(array: T[], keep: (element: T) => boolean): T[] {
  if (!lazy.has(array)) return array.filter(keep);
  const kept: number[] = [];
  let i = 0;
  for (const element of array) {
    if (keep(element)) kept.push(i);
    i++;
  }
  return kept.length === array.length ? array : subset(array, kept);
}

/** The elements at `places` (in that order), as an array read as it is used when `array` is one. */
export function subset<T>(array: T[], places: readonly number[]): T[] {
  if (!lazy.has(array)) return places.map((i) => array[i]!);
  const at = Uint32Array.from(places);
  return lazyArray(at.length, (i) => array[at[i]!]!);
}

/** Whether `array` was made by lazyArray (its elements are made as they are read). */
export function isLazyArray(array: readonly unknown[]): boolean {
  return lazy.has(array);
}

/** Mark a lazy array as already in the order its readers want (so they need not read it all to check). */
export function markOrdered<T>(array: T[]): T[] {
  ordered.add(array);
  return array;
}

/** Whether markOrdered was said of `array`. */
export function isMarkedOrdered(array: readonly unknown[]): boolean {
  return ordered.has(array);
}

/** The key lookup of an array made by lazyArray with one, else undefined. */
export function lookupOf<T>(array: readonly T[]): KeyLookup<T> | undefined {
  return lookups.get(array) as KeyLookup<T> | undefined;
}
