import type { Snapshot } from '../types.js';
export declare class SnapshotFileError extends Error {
    constructor(path: string, detail: string);
}
/** Parse and check a snapshot; throws SnapshotFileError naming the file. */
export declare function parseSnapshot(text: string, path: string): Snapshot;
export declare function readSnapshot(path: string): Promise<Snapshot>;
/** The previous run's snapshot: an explicit path must exist; the default one may be missing. */
export declare function readPrevious(explicit: string | null, fallback: string): Promise<Snapshot | null>;
