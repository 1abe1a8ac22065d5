export class RateLimits {
    clock;
    windowMs;
    budgets = new Map();
    constructor(clock, windowMs) {
        this.clock = clock;
        this.windowMs = windowMs;
    }
    /** The current window of a budget (a new one once the previous has reset). */
    budget(key, resource, limit) {
        const id = `${key}\u0000${resource}`;
        const now = this.clock.now();
        let b = this.budgets.get(id);
        if (!b || now >= b.resetAt) {
            b = { limit, used: 0, resetAt: now + this.windowMs };
            this.budgets.set(id, b);
        }
        return b;
    }
    view(key, resource, limit) {
        const b = this.budget(key, resource, limit);
        return { limit: b.limit, used: b.used, remaining: Math.max(0, b.limit - b.used), reset: Math.ceil(b.resetAt / 1000), resource };
    }
    /** Whether `cost` fits in what is left. */
    canSpend(key, resource, limit, cost) {
        const b = this.budget(key, resource, limit);
        return b.used + cost <= b.limit;
    }
    spend(key, resource, limit, cost) {
        this.budget(key, resource, limit).used += cost;
    }
}
/** The `x-ratelimit-*` headers GitHub sends on every answer. */
export function rateLimitHeaders(v) {
    return {
        'x-ratelimit-limit': String(v.limit),
        'x-ratelimit-remaining': String(v.remaining),
        'x-ratelimit-reset': String(v.reset),
        'x-ratelimit-used': String(v.used),
        'x-ratelimit-resource': v.resource,
    };
}
//# sourceMappingURL=limits.js.map