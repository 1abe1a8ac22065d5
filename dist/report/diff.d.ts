import type { RepoStatus, Snapshot } from '../types.js';
export interface RepoChange {
    key: string;
    url: string;
    /** null when the repository is new in this run. */
    was: RepoStatus | null;
    now: RepoStatus;
    reason: string;
}
export interface StarGain {
    key: string;
    url: string;
    from: number;
    to: number;
    gain: number;
}
export interface SnapshotDiff {
    since: string;
    newlyDead: RepoChange[];
    recovered: RepoChange[];
    newlyEmpty: RepoChange[];
    renamed: (RepoChange & {
        canonicalUrl: string | null;
    })[];
    promisesKept: RepoChange[];
    starGains: StarGain[];
    added: number;
    removed: number;
}
export declare function diffSnapshots(prev: Snapshot, cur: Snapshot): SnapshotDiff;
/** True when nothing a reader would care about changed. */
export declare function isQuiet(d: SnapshotDiff): boolean;
