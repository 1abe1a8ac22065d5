import type { RepoRef } from '../types.js';
import type { ApiResponse } from './client.js';
import { type GitHubContext } from './context.js';
/** GitHub's answer to a query that ran too long: 502/504, or 200 with `data: "null"` and a timeout message. */
export declare function isTimeout(res: ApiResponse): boolean;
/**
 * Look up GitHub repositories and owners in batches of `batchSize`, `schedule` bounding how many
 * run at once. Every ref is emitted exactly once (found, not-found, blocked or unknown).
 */
export declare function graphqlLookup(ctx: GitHubContext, refs: RepoRef[], batchSize: number, schedule: <T>(fn: () => Promise<T>) => Promise<T>, concurrency: number): Promise<void>;
