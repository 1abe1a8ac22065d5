export interface Clock {
    /** Milliseconds since the epoch (compared with `x-ratelimit-reset`, which is in epoch seconds). */
    now(): number;
    /** Resolve after `ms`; reject with the signal's reason if aborted first. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export declare const realClock: Clock;
