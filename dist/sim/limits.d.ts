import type { SimClock } from './clock.js';
export type Resource = 'core' | 'graphql';
export interface Budget {
    limit: number;
    used: number;
    /** Epoch milliseconds when the window resets. */
    resetAt: number;
}
export interface BudgetView {
    limit: number;
    used: number;
    remaining: number;
    /** Epoch seconds. */
    reset: number;
    resource: Resource;
}
export declare class RateLimits {
    private readonly clock;
    private readonly windowMs;
    private readonly budgets;
    constructor(clock: SimClock, windowMs: number);
    /** The current window of a budget (a new one once the previous has reset). */
    private budget;
    view(key: string, resource: Resource, limit: number): BudgetView;
    /** Whether `cost` fits in what is left. */
    canSpend(key: string, resource: Resource, limit: number, cost: number): boolean;
    spend(key: string, resource: Resource, limit: number, cost: number): void;
}
/** The `x-ratelimit-*` headers GitHub sends on every answer. */
export declare function rateLimitHeaders(v: BudgetView): Record<string, string>;
