import type { Snapshot } from '../types.js';
export type HistoryEntry = NonNullable<Snapshot['history']>[number];
/** How many runs the snapshot remembers. */
export declare const HISTORY_LENGTH = 30;
/** Share of the decided repositories that are `ok` (unknown ones are left out: they were not checked). */
export declare function healthyShare(snapshot: Pick<Snapshot, 'repos'>): number;
/** The previous run's history (or just the previous run) followed by this run, at most HISTORY_LENGTH long. */
export declare function nextHistory(previous: Snapshot | null, current: HistoryEntry): HistoryEntry[];
