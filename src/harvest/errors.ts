// What stops a run (as opposed to one repository's trouble, which becomes an `unknown` outcome).
// Each carries a user-facing, token-free reason; HarvestRun.incomplete repeats it.

export class HarvestStop extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = new.target.name;
  }
}

/** The primary budget is spent and `--wait` was not given (or waiting would not help). */
export class BudgetExhausted extends HarvestStop {
  constructor(readonly resource: string, readonly resetAt: number) {
    super(`rate limit exhausted (${resource}); it resets at ${new Date(resetAt).toISOString()} — rerun then, or use --wait`);
  }
}

/** 401: the token is wrong or expired; nothing else will work. */
export class BadCredentials extends HarvestStop {
  constructor() {
    super('bad credentials: GitHub rejected the token (401); check --token / GITHUB_TOKEN');
  }
}

/**
 * GitHub gave no usable answer: connection refused, DNS, TLS, timeouts, or 5xx on every retry.
 * Nothing it would have said was learnt, so the run is incomplete, never "healthy".
 */
export class GitHubUnreachable extends HarvestStop {
  constructor(readonly url: string, readonly why: string) {
    super(`cannot reach ${url} (${why})`);
  }
}

/** Ctrl-C or the caller's AbortSignal. */
export class Aborted extends HarvestStop {
  constructor() {
    super('interrupted; rerun to resume from the cache');
  }
}
