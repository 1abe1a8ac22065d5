// lazyArray: the audit's papers, targets and repositories are read from their stores as used; the
// harvester and the reports pick among them with `where` / `subset`, which must give what
// filter / map give without reading every element into memory at once.
import { describe, expect, it } from 'vitest';
import { lazyArray, lookupOf, subset, where } from '../../src/util/lazy-array.js';

describe('lazyArray', () => {
  it('reads an element each time it is used, and refuses writes', () => {
    let reads = 0;
    const view = lazyArray(5, (i) => (reads++, { n: i }));
    expect(view.length).toBe(5);
    expect(view[2]).toEqual({ n: 2 });
    expect(reads).toBe(1);
    expect([...view].map((e) => e.n)).toEqual([0, 1, 2, 3, 4]);
    expect(view.slice(1, 3)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(Reflect.set(view, 0, { n: 9 })).toBe(false);
    expect(lookupOf(view)).toBeUndefined();
    const keyed = lazyArray(2, (i) => ({ key: `k${i}` }), undefined, (key) => ({ key }));
    expect(lookupOf(keyed)!('k1')).toEqual({ key: 'k1' });
  });

  it('where / subset: what filter / map give; a lazy array stays lazy (nothing held)', () => {
    const plain = Array.from({ length: 50 }, (_, i) => ({ n: i }));
    const view = lazyArray(50, (i) => ({ n: i }));
    const odd = (e: { n: number }) => e.n % 2 === 1;
    expect(where(plain, odd)).toEqual(plain.filter(odd));
    const picked = where(view, odd);
    expect(picked).toEqual(plain.filter(odd));
    expect(subset(picked, [0, 24])).toEqual([{ n: 1 }, { n: 49 }]);
    expect(Reflect.set(picked, 0, { n: 0 })).toBe(false); // a lazy array, not a copy
    expect(where(view, () => true)).toBe(view);
    expect(subset(plain, [3, 1])).toEqual([{ n: 3 }, { n: 1 }]);
  });
});
