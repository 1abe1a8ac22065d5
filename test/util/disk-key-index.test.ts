// DiskKeyIndex (util/disk-key-index.ts) keeps a KeyIndex's keys on disk: it must answer exactly as
// a Map keyed by the (lower-cased) key does — through several rebuilds of its table, keys past
// ASCII, keys whose hashes all collide, values replaced — and leave no file behind.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { DiskKeyIndex } from '../../src/util/disk-key-index.js';
import { hashOf, KeyIndex } from '../../src/util/key-index.js';
import { openFilesMatching } from '../helpers/open-files.js';

/** Keys of every length from 0 on, similar ones (one character apart), past ASCII, one longer than the append buffer. */
function keys(count: number): string[] {
  const all = ['', 'github/ünïcödé/名前', 'GITHUB/ÜNÏCÖDÉ/名前', 'github/ünïcödé/名前x', '😀/🚀', 'x'.repeat(300_000)];
  for (let i = 0; i < count; i++) all.push(`github/owner${i % 97}/repo-${i}`, `web:https://example.org/${'x'.repeat(i % 40)}`, `GitHub/Owner${i % 97}/Repo-${i}`);
  return all;
}

function checkAgainstMap(index: DiskKeyIndex, all: string[], exact: boolean): void {
  const map = new Map<string, number>();
  const normal = (k: string) => (exact ? k : k.toLowerCase());
  for (const key of all) {
    if (!map.has(normal(key))) map.set(normal(key), map.size);
    expect(index.add(key)).toBe(map.get(normal(key)));
  }
  expect(index.size).toBe(map.size);
  for (const [key, n] of map) {
    expect(index.get(key)).toBe(n);
    if (!exact) expect(index.get(key.toUpperCase())).toBe(n);
  }
  for (const absent of ['github/owner1/repo-2', 'github/ünïcödé/名', 'github/unicode/名前', 'web:https://example.org/' + 'x'.repeat(40), 'x', 'x'.repeat(299_999)]) {
    expect(index.get(absent)).toBe(-1);
    expect(index.has(absent)).toBe(false);
  }
}

describe('DiskKeyIndex', () => {
  it('numbers keys in the order added and finds them as a Map of lower-cased keys does, through several rebuilds', () => {
    const index = new DiskKeyIndex('test-index');
    // ~80,000 distinct keys: the table (65,536 slots, at most half full) is rebuilt twice.
    checkAgainstMap(index, keys(80_000), false);
    expect(index.size).toBeGreaterThan(2 * 32_768);
    index.dispose();
  });

  it('made inOrder (keys read ahead by number once one is found on disk), answers the same, in order or not', () => {
    const all = keys(20_000);
    const index = new DiskKeyIndex('test-index', { inOrder: true, batch: 333 });
    checkAgainstMap(index, all, false);
    // In the order added (the read-ahead pays), backwards, and at random: the same numbers.
    const memory = new KeyIndex();
    for (const key of all) memory.add(key);
    const order = [...all.keys()];
    for (const indices of [order, [...order].reverse(), order.map((i) => (i * 7919) % all.length)]) {
      for (const i of indices) expect(index.get(all[i]!)).toBe(memory.get(all[i]!));
    }
    expect(index.get('never added')).toBe(-1);
  });

  it('takes keys known to be new (addNew: another index moved here) without looking them up, numbered as add numbers them', () => {
    const all = keys(20_000);
    const memory = new KeyIndex();
    const index = new DiskKeyIndex('test-index', { batch: 1000 });
    // The first 25,000 distinct keys moved in (more than a batch), then everything added again and more.
    for (const key of all) {
      if (memory.size >= 25_000) break;
      if (memory.has(key)) continue;
      expect(index.addNew(key)).toBe(memory.add(key));
    }
    checkAgainstMap(index, all, false);
  });

  it('made exact, keeps keys that differ in case apart, as KeyIndex does', () => {
    const disk = new DiskKeyIndex('test-index', { exact: true });
    const memory = new KeyIndex({ exact: true });
    for (const key of ['github/Owner/Repo', 'github/owner/repo', 'github/Owner/Repo', 'Ü', 'ü']) expect(disk.add(key)).toBe(memory.add(key));
    expect(disk.get('GITHUB/OWNER/REPO')).toBe(-1);
    expect(disk.get('github/owner/repo')).toBe(1);
    checkAgainstMap(new DiskKeyIndex('test-index', { exact: true, batch: 64 }), keys(2000), true);
  });

  it('tells keys apart when every hash collides (one cluster, wrapping round the table, through rebuilds)', () => {
    const same = new DiskKeyIndex('test-index', { hash: () => 0, batch: 7 });
    checkAgainstMap(same, keys(300), false);
    // Hashes at the table's end: the cluster wraps to its start.
    const last = new DiskKeyIndex('test-index', { hash: (k) => 0xffffffff - (k.length % 3), batch: 5 });
    checkAgainstMap(last, keys(300), false);
    // ~5 keys a hash, through two rebuilds.
    const shared = new DiskKeyIndex('test-index', { hash: (k) => Math.imul(hashOf(k) % 16_001, 0x9e3779b1) >>> 0, batch: 1000 });
    checkAgainstMap(shared, keys(80_000), false);
  });

  it('keeps a value per number, replaced when set again, read back after the appends were written', () => {
    const index = new DiskKeyIndex('test-index', { exact: true, batch: 100 });
    const values = new Map<number, string>();
    for (let i = 0; i < 40_000; i++) {
      const n = index.add(`id${i % 30_000}`);
      const value = `${i} https://github.com/o/r${i}/ü—${'x'.repeat(i % 50)}`;
      index.setValue(n, value);
      values.set(n, value);
    }
    expect(index.size).toBe(30_000);
    for (const n of [0, 1, 9_999, 10_000, 29_999]) expect(index.value(n)).toBe(values.get(n));
    for (const [n, value] of values) expect(index.value(n)).toBe(value);
    expect(index.value(30_000)).toBe('');
  });

  it('leaves no temporary file behind, and fails loudly once disposed', () => {
    const made = () => readdirSync(os.tmpdir()).filter((n) => n.startsWith('repo-audit-test-leftover-'));
    const open = () => openFilesMatching(/repo-audit-test-leftover-/);
    const before = new Set(made());
    const index = new DiskKeyIndex('test-leftover');
    for (let i = 0; i < 50_000; i++) index.add(`k${i}`);
    index.setValue(0, 'v');
    // Its files (keys, table, values) are open, nameless where the system allows it…
    if (process.platform === 'linux') expect(open()).toHaveLength(3);
    index.dispose();
    // …and closed once it is disposed.
    expect(open()).toEqual([]);
    const left = made().filter((n) => !before.has(n));
    expect(left).toEqual(process.platform === 'win32' ? left : []);
    expect(() => index.get('k1')).toThrow(/used after it was disposed/);
    expect(() => index.value(0)).toThrow(/used after it was disposed/);
  });
});
