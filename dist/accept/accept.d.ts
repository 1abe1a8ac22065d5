import type { Snapshot, SnapshotRepo } from '../types.js';
import { type IgnoreEntry } from './ignore-file.js';
/** Marks the repositories of `snapshot` that an entry names (the first entry that matches wins). */
export declare function markAccepted(snapshot: Snapshot, entries: readonly IgnoreEntry[], now: Date): Snapshot;
/** Accepted and not expired: left out of --fail-on and out of the problem tables. */
export declare function isAccepted(r: Pick<SnapshotRepo, 'accepted'>): boolean;
