import type { SwhCopy } from '../../types.js';
import type { Clock } from '../clock.js';
import { type ArchiveHttp } from './http.js';
export type Lookup<T> = {
    kind: 'copy';
    copy: T;
} | {
    kind: 'none';
} | {
    kind: 'unchecked';
    why: string;
};
export interface SwhOptions {
    base: string;
    token: string | null;
    http: ArchiveHttp;
    clock: Clock;
    /** Wait for the bucket to refill instead of leaving the rest unchecked. */
    wait: boolean;
    signal?: AbortSignal;
    onRequest(): void;
    /** Retries of a 5xx / no answer, and of short 429 pauses (default 3). */
    maxRetries?: number;
    /** First backoff delay for 5xx / no answer, in ms (default 1000; doubles). */
    backoffMs?: number;
}
/** The public resolver of SWHIDs (a SWHID is the same on every mirror). */
export declare const SWH_RESOLVER = "https://archive.softwareheritage.org/";
export declare function swhidOf(snapshot: string, origin: string): string;
export declare class SoftwareHeritage {
    private readonly o;
    /** Why lookups stopped (budget spent, token refused); null while they go on. */
    spent: string | null;
    private readonly budgets;
    constructor(o: SwhOptions);
    /** The latest visit of `origin` that has a snapshot, as a citable copy; `none` when never archived. */
    latestSnapshot(origin: string): Promise<Lookup<SwhCopy>>;
    /** Save Code Now for a git origin: the request's status (`accepted`, `pending`, `rejected`) and date. */
    requestSave(origin: string): Promise<Lookup<{
        status: string;
        date: string;
    }>>;
    private budget;
    private observe;
    private stop;
    private pause;
    private send;
}
