// How far V8 lets the heap grow past what a full collection left alive. By default it grows up
// to 2–4× before collecting again: in a long audit most of the heap is garbage (answer bodies,
// report pieces) and peak RSS follows the growth, not the data — 350–370 MB at 50,000
// repositories whose live data is under 100 MB. Growing by 20 % keeps the peak near the live
// set for a few more collections (same wall time in bench/harvest/scale.ts; docs/scale.md).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Percent over the live heap before the next full collection (V8's `--heap-growing-percent`). */
export const HEAP_GROWING_PERCENT = 20;

/**
 * For the commands that read or hold a collection (extract, audit, harvest, merge, the Action): the
 * flag is read at every collection. The young generation is bounded from then on too (capYoungGeneration).
 */
export function boundHeapGrowth(): void {
  // A semi-space flag on node's command line (a user's, a benchmark's baseline) is left to rule.
  watchYoungGeneration = !process.execArgv.some((a) => a.includes('semi-space'));
  // An explicit --heap-growing-percent on node's command line wins (NODE_OPTIONS may not carry it: node refuses to start).
  if (process.execArgv.some((a) => a.includes('heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * The young generation's size (both semi-spaces) seen between two batches past which it grows
 * little more. A batch may take it a step or two further (a megabyte of links at once), and Node
 * 24's V8 still grows it a little (8 → 12 MiB in test/util/heap-growth.test.ts): it ends at 8–32 MiB,
 * where Node 20's V8 let it reach 32 and Node 24's 128. Measured on the CLI (bench/extract/RESULTS.md
 * run 51): as fast, and 20 MiB less at the peak of 64 MiB of Markdown on Node 20, up to 180 on Node 24.
 */
const YOUNG_GENERATION_CAP = 8 * 1024 * 1024;
let watchYoungGeneration = false;

/**
 * Node 24's V8 lets the young generation grow to 2 × 64 MiB where Node 20's stopped at 2 × 16, and
 * a reader that allocates fast takes it there: a 58 MB Markdown line peaked at 300 MiB RSS on
 * Node 24, 137 on Node 20 (bench/extract/RESULTS.md run 51). Its largest size cannot be set once
 * the heap exists (`--max-semi-space-size` works only on node's command line), but how it grows
 * can (`--semi-space-growth-factor` is read at each growth): past YOUNG_GENERATION_CAP it grows
 * little more. Called between chunks of input (read/lines.ts splitLines, which every reader's bytes pass
 * through) and between pieces of a huge text's links (extract/record.ts collectInPieces: they are
 * collected within one chunk's turn, and grew it from under 8 to 32 MiB between two looks, run 58),
 * and only once a command bounds the heap (boundHeapGrowth): a look at the heap's spaces each time until then.
 */
export function capYoungGeneration(): void {
  if (!watchYoungGeneration) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_GENERATION_CAP) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  watchYoungGeneration = false;
}

let fullCollection: (() => void) | null = null;

/**
 * A full collection now, between the phases of a long run (the audit after reading its inputs, after
 * the harvest, once the snapshot is built): the phase's garbage goes and V8 gives its pages back.
 * Left to itself V8 keeps the heap the readers grew to (~90 MB above the live set at 200,000
 * papers) for the rest of the run, and the next phase's peak starts from there.
 */
export function collectGarbage(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
}
