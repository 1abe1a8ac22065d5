export declare class HarvestStop extends Error {
    readonly reason: string;
    constructor(reason: string, options?: {
        cause?: unknown;
    });
}
/** The primary budget is spent and `--wait` was not given (or waiting would not help). */
export declare class BudgetExhausted extends HarvestStop {
    readonly resource: string;
    readonly resetAt: number;
    constructor(resource: string, resetAt: number);
}
/** 401: the token is wrong or expired; nothing else will work. */
export declare class BadCredentials extends HarvestStop {
    constructor();
}
/** Ctrl-C or the caller's AbortSignal. */
export declare class Aborted extends HarvestStop {
    constructor();
}
