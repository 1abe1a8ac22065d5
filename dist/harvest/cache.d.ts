import type { RepoFacts } from '../types.js';
export interface CachedHttp {
    url: string;
    etag: string;
    status: number;
    data: unknown;
    savedAt: number;
}
export declare class HarvestCache {
    readonly dir: string;
    /** Answers saved at or after this moment are reused (an unfinished run's start, or now − max-age). */
    private freshSince;
    /** This run's start as written to run.json (an interrupted run's first start when resuming). */
    private startedAt;
    resumedFrom: number | null;
    constructor(dir: string);
    /** Create the directories, read the run marker, and mark this run as started. */
    begin(now: number, maxAgeMs: number): Promise<void>;
    finish(now: number): Promise<void>;
    private writeMarker;
    /** A fresh decided answer for `key`, or null. */
    getFacts(key: string): Promise<RepoFacts | null>;
    putFacts(facts: RepoFacts, now: number): Promise<void>;
    /** An archive answer saved less than `maxAgeMs` before `now` (its own age, not --max-age), or null. */
    getArchive<T>(key: string, now: number, maxAgeMs: number): Promise<T | null>;
    putArchive(key: string, answer: unknown, now: number): Promise<void>;
    getHttp(url: string): Promise<CachedHttp | null>;
    putHttp(entry: CachedHttp): Promise<void>;
}
