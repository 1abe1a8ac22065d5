// How far V8 lets the heap grow past what a full collection left alive. By default it grows up
// to 2–4× before collecting again: in a long audit most of the heap is garbage (answer bodies,
// report pieces) and peak RSS follows the growth, not the data — 350–370 MB at 50,000
// repositories whose live data is under 100 MB. Growing by 20 % keeps the peak near the live
// set for a few more collections (same wall time in bench/harvest/scale.ts; docs/scale.md).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Percent over the live heap before the next full collection (V8's `--heap-growing-percent`). */
export const HEAP_GROWING_PERCENT = 20;

/** For the commands that read or hold a collection (extract, audit, harvest, merge, the Action): the flag is read at every collection. */
export function boundHeapGrowth(): void {
  // An explicit --heap-growing-percent on node's command line wins (NODE_OPTIONS may not carry it: node refuses to start).
  if (process.execArgv.some((a) => a.includes('heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
