import type { Clock } from './clock.js';
export interface Budget {
    limit: number;
    remaining: number;
    /** Epoch milliseconds. */
    resetAt: number;
}
export declare class RateGate {
    private readonly clock;
    private readonly wait;
    private readonly signal?;
    private maxActive;
    readonly budgets: Map<string, Budget>;
    private pausedUntil;
    /** Cost of requests sent but not yet answered, per resource. */
    private readonly reserved;
    /** Sleeps in progress, one per lane (`pause` for the whole run, else a resource). */
    private readonly pending;
    /** Requests in flight now, and how many may be (lowered after a secondary limit). */
    private active;
    private readonly slotWaiters;
    /** Per-minute secondary limits (pace.ts), and requests in flight per resource. */
    private readonly windows;
    private readonly flying;
    /** Told the first time a resource waits for its minute window (a stalled progress bar needs a reason). */
    onPace?: (resource: string, limit: number, until: number) => void;
    private readonly paced;
    /** `perMinute`: requests allowed per sliding minute, per resource (`core`, `graphql`); absent = unpaced. */
    constructor(clock: Clock, wait: boolean, signal?: AbortSignal | undefined, maxActive?: number, perMinute?: Partial<Record<string, number>>);
    /**
     * Learn the budget from a response's headers. Answers can arrive out of order: within one
     * window (same reset) the lowest `remaining` seen is the truth; a later reset opens a new window.
     */
    observe(headers: Record<string, string>, fallbackResource: string): void;
    /** A reserved request has been answered (its cost now shows in the headers). */
    release(resource: string, cost: number): void;
    /** A request sent outside ready() (GET /rate_limit): GitHub may count it per minute all the same. */
    counted(resource: string): void;
    set(resource: string, budget: Budget): void;
    /** A primary-limit answer: nothing left on `resource` until `resetAt`. */
    exhausted(resource: string, resetAt: number): void;
    /**
     * A secondary-limit answer: every request of the run waits `ms`, and from now on at most half as
     * many are in flight (GitHub counts concurrent requests; "there is no way to check the status").
     */
    pauseFor(ms: number): void;
    /**
     * Wait until a request costing `cost` on `resource` may be sent, and reserve it. Throws
     * BudgetExhausted when the budget is spent and the run may not wait for the reset.
     */
    ready(resource: string, cost?: number): Promise<void>;
    /** Let in-flight answers land (real time: they come over the network, not on the virtual clock). */
    private clockTick;
    /**
     * Concurrent waiters for the same moment share one sleep (a virtual clock advances once). Lanes
     * keep a REST request waiting seconds for its minute window from sharing an hour-long sleep
     * until the GraphQL reset.
     */
    private waitUntil;
}
