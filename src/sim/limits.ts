// Primary rate limits: one budget per token and resource (`core` for REST, `graphql` in points),
// plus one shared unauthenticated budget. A window opens at the first charged request and resets
// `windowSeconds` later (github-api.md: x-ratelimit-reset is UTC epoch seconds).
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

export class RateLimits {
  private readonly budgets = new Map<string, Budget>();

  constructor(
    private readonly clock: SimClock,
    private readonly windowMs: number,
  ) {}

  /** The current window of a budget (a new one once the previous has reset). */
  private budget(key: string, resource: Resource, limit: number): Budget {
    const id = `${key}\u0000${resource}`;
    const now = this.clock.now();
    let b = this.budgets.get(id);
    if (!b || now >= b.resetAt) {
      b = { limit, used: 0, resetAt: now + this.windowMs };
      this.budgets.set(id, b);
    }
    return b;
  }

  view(key: string, resource: Resource, limit: number): BudgetView {
    const b = this.budget(key, resource, limit);
    return { limit: b.limit, used: b.used, remaining: Math.max(0, b.limit - b.used), reset: Math.ceil(b.resetAt / 1000), resource };
  }

  /** Whether `cost` fits in what is left. */
  canSpend(key: string, resource: Resource, limit: number, cost: number): boolean {
    const b = this.budget(key, resource, limit);
    return b.used + cost <= b.limit;
  }

  spend(key: string, resource: Resource, limit: number, cost: number): void {
    this.budget(key, resource, limit).used += cost;
  }
}

/** The `x-ratelimit-*` headers GitHub sends on every answer. */
export function rateLimitHeaders(v: BudgetView): Record<string, string> {
  return {
    'x-ratelimit-limit': String(v.limit),
    'x-ratelimit-remaining': String(v.remaining),
    'x-ratelimit-reset': String(v.reset),
    'x-ratelimit-used': String(v.used),
    'x-ratelimit-resource': v.resource,
  };
}
