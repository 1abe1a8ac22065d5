import type { Snapshot } from '../types.js';
export interface ShardFile {
    path: string;
    snapshot: Snapshot;
}
export declare class MergeError extends Error {
    constructor(message: string);
}
/** Check that `files` are every shard of one split of the same inputs, once each; one clear line naming the files otherwise. */
export declare function checkShards(files: readonly ShardFile[]): number;
export interface MergeInput {
    files: readonly ShardFile[];
    now: Date;
    version: string;
    previous: Snapshot | null;
}
/** One snapshot from every shard's, as a single run over the same inputs would have written it. */
export declare function mergeShards(input: MergeInput): Snapshot;
