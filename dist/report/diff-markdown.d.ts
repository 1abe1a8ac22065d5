import type { SnapshotDiff } from './diff.js';
export declare function renderChanges(d: SnapshotDiff): string;
