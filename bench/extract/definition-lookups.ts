// Lookups in a DiskKeyIndex made inOrder (util/disk-key-index.ts), as a Markdown list past
// tuning.definitionsInMemory looks its reference definitions up: in about the order they were
// added, with a few looked up all through the file (a badge's definition used by every row), then
// backwards and at random. Prints the milliseconds of each pass.
//   node --import tsx bench/extract/definition-lookups.ts [--keys N] [--common N]
import { option } from '../options.js';
import { DiskKeyIndex } from '../../src/util/disk-key-index.js';

const count = Number(option('keys') ?? 60_000);
const common = Number(option('common') ?? 40);
const keys = Array.from({ length: count }, (_, i) => `ref-${i}`);
const index = new DiskKeyIndex('definition-lookups', { inOrder: true, batch: 333 });
for (const key of keys) index.add(key);
/** Each definition in order, each followed by one of the `common` first ones. */
const inOrderWithCommon = keys.flatMap((key, i) => [key, keys[i % common]!]);
const passes: [string, string[]][] = [
  ['in order, a common key after each', inOrderWithCommon],
  ['backwards', [...keys].reverse()],
  ['at random', keys.map((_, i) => keys[(i * 7919) % count]!)],
];
for (const [name, lookups] of passes) {
  const start = performance.now();
  for (const key of lookups) if (index.get(key) < 0) throw new Error(`${key} not found`);
  console.log(`${name}: ${lookups.length} lookups, ${(performance.now() - start).toFixed(0)} ms`);
}
index.dispose();
