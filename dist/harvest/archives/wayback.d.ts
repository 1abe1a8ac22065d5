import type { WaybackCopy } from '../../types.js';
import type { Clock } from '../clock.js';
import { type ArchiveHttp } from './http.js';
import type { Lookup } from './swh.js';
export interface WaybackOptions {
    base: string;
    http: ArchiveHttp;
    clock: Clock;
    signal?: AbortSignal;
    onRequest(): void;
    /** Smallest gap between two requests, in ms (default 350: under three a second). */
    minGapMs?: number;
    maxRetries?: number;
    backoffMs?: number;
}
export declare class Wayback {
    private readonly o;
    spent: string | null;
    private nextAt;
    constructor(o: WaybackOptions);
    closest(url: string): Promise<Lookup<WaybackCopy>>;
}
