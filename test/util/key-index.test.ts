// KeyIndex numbers keys compactly (util/key-index.ts); it must answer exactly as a Map keyed by
// the lower-cased key does, through growth, collisions of its table and keys past ASCII.
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/util/key-index.js';

describe('KeyIndex', () => {
  it('numbers keys in the order added and finds them as a Map of lower-cased keys does', () => {
    const index = new KeyIndex();
    const map = new Map<string, number>();
    // Enough keys to grow the table, the key bytes and the per-key arrays several times; similar
    // keys (one character apart) and keys of every length from 0 on.
    const keys: string[] = [''];
    for (let i = 0; i < 30_000; i++) keys.push(`github/owner${i % 97}/repo-${i}`, `web:https://example.org/${'x'.repeat(i % 40)}`);
    keys.push('GitHub/Owner1/Repo-1', 'github/ünïcödé/名前', 'GITHUB/ÜNÏCÖDÉ/名前', 'github/ünïcödé/名前x');
    for (const key of keys) {
      const lower = key.toLowerCase();
      if (!map.has(lower)) map.set(lower, map.size);
      expect(index.add(key)).toBe(map.get(lower));
    }
    expect(index.size).toBe(map.size);
    for (const [lower, n] of map) {
      expect(index.get(lower)).toBe(n);
      expect(index.get(lower.toUpperCase())).toBe(n);
    }
    for (const absent of ['github/owner1/repo-2', 'github/ünïcödé/名', 'github/unicode/名前', 'web:https://example.org/' + 'x'.repeat(40), 'x']) {
      expect(index.get(absent)).toBe(-1);
      expect(index.has(absent)).toBe(false);
    }
    index.clear();
    expect(index.size).toBe(0);
    expect(index.get('github/owner1/repo-1')).toBe(-1);
    expect(index.add('b')).toBe(0);
    expect(index.add('B')).toBe(0);
  });

  it('made exact, keeps keys that differ in case apart', () => {
    const index = new KeyIndex({ exact: true });
    expect(index.add('github/Owner/Repo')).toBe(0);
    expect(index.add('github/owner/repo')).toBe(1);
    expect(index.add('github/Owner/Repo')).toBe(0);
    expect(index.get('GITHUB/OWNER/REPO')).toBe(-1);
    expect(index.get('github/owner/repo')).toBe(1);
  });
});
