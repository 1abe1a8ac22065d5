import type { Snapshot, SnapshotRepo } from '../types.js';
export declare function acceptedSection(snapshot: Snapshot): string | null;
/** ` (accepted until 2026-01-31 (expired))` for a problem whose acceptance ran out, else nothing. */
export declare function expiredMark(r: Pick<SnapshotRepo, 'accepted'>): string;
