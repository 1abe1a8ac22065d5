import type { Snapshot } from '../types.js';
/** Repositories by key, papers by source then line; everything else keeps the order it was built in. */
export declare function renderSnapshotJson(snapshot: Snapshot): string;
