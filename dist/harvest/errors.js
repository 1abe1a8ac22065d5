// What stops a run (as opposed to one repository's trouble, which becomes an `unknown` outcome).
// Each carries a user-facing, token-free reason; HarvestRun.incomplete repeats it.
export class HarvestStop extends Error {
    reason;
    constructor(reason, options) {
        super(reason, options);
        this.reason = reason;
        this.name = new.target.name;
    }
}
/** The primary budget is spent and `--wait` was not given (or waiting would not help). */
export class BudgetExhausted extends HarvestStop {
    resource;
    resetAt;
    constructor(resource, resetAt) {
        super(`rate limit exhausted (${resource}); it resets at ${new Date(resetAt).toISOString()} — rerun then, or use --wait`);
        this.resource = resource;
        this.resetAt = resetAt;
    }
}
/** 401: the token is wrong or expired; nothing else will work. */
export class BadCredentials extends HarvestStop {
    constructor() {
        super('bad credentials: GitHub rejected the token (401); check --token / GITHUB_TOKEN');
    }
}
/** Ctrl-C or the caller's AbortSignal. */
export class Aborted extends HarvestStop {
    constructor() {
        super('interrupted; rerun to resume from the cache');
    }
}
//# sourceMappingURL=errors.js.map