import type { ResolvedOptions } from '../options.js';
import type { RepoFacts, RepoRef } from '../types.js';
import { type Clock } from './clock.js';
import { type HarvestStats } from './context.js';
export interface HarvestProgress {
    done: number;
    total: number;
    cached: number;
    rest?: {
        remaining: number;
        limit: number;
    };
    graphql?: {
        remaining: number;
        limit: number;
    };
}
export interface HarvestRun {
    /** One per input RepoRef, same order. */
    facts: RepoFacts[];
    /** Why the run could not finish (budget exhausted without --wait, bad credentials, interrupted). */
    incomplete: {
        reason: string;
    } | null;
    stats: HarvestStats;
    /** Plan/budget lines for the user. */
    notices: string[];
}
export interface HarvestHooks {
    onProgress?(p: HarvestProgress): void;
    onNotice?(line: string): void;
    signal?: AbortSignal;
    /** Injectable time (tests drive the simulator's virtual clock through it). */
    clock?: Clock;
    /** Retries for 5xx/network failures and secondary limits (default 4). */
    maxRetries?: number;
    /** First backoff delay in ms (default 1000; doubles). */
    backoffMs?: number;
    /** Timeout of one web/forge request in ms (default 15000). */
    webTimeoutMs?: number;
}
export type { Clock } from './clock.js';
export type { HarvestStats } from './context.js';
export declare function harvest(repos: RepoRef[], options: ResolvedOptions, hooks?: HarvestHooks): Promise<HarvestRun>;
