import type { Violation } from './log.js';
export interface SimResponse {
    status: number;
    headers: Record<string, string>;
    /** JSON body; undefined for none (304). */
    body?: unknown;
    /** Charge this answer to the primary budget (false for /rate_limit and free 304s). REST only. */
    charged: boolean;
    /** The repositories the request touched (for `failFirst`). */
    repos?: string[];
    /** GraphQL: points charged and repositories asked for. */
    cost?: number;
    graphqlRepos?: number;
    violation?: Violation;
    fault?: string | null;
}
export declare function json(status: number, body: unknown, extra?: Partial<SimResponse>): SimResponse;
