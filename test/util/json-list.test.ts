// JsonList (over SpillFile): values kept as JSON in a temporary file come back equal, whether
// small or longer than a chunk, read in order (read ahead) or by jumps, while more are appended.
import { describe, expect, it } from 'vitest';
import { JsonList } from '../../src/util/json-list.js';

const value = (i: number) => ({ i, text: i % 97 === 0 ? `long ${'ü⭐x'.repeat(40_000 + i)}` : `v${i} ${'é'.repeat(i % 50)}` });

describe('JsonList', () => {
  it('gives back every value: small and longer than a chunk, in order, by jumps, and while appending', () => {
    const list = new JsonList<ReturnType<typeof value>>('json-list-test');
    for (let i = 0; i < 3000; i++) {
      list.add(value(i));
      // A read between appends (the pending bytes are written first).
      if (i % 500 === 250) expect(list.get(i - 100)).toEqual(value(i - 100));
    }
    expect(list.length).toBe(3000);
    const inOrder = Array.from({ length: 3000 }, (_, i) => list.get(i));
    expect(inOrder).toEqual(Array.from({ length: 3000 }, (_, i) => value(i)));
    // Jumps between reads in order leave the read-ahead window valid.
    for (const i of [2999, 0, 1, 2, 1500, 97, 98, 99, 5, 2998]) expect(list.get(i)).toEqual(value(i));
    expect([...list.view()]).toEqual(inOrder);
    list.dispose();
  });
});
