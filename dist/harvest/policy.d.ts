import type { ApiResponse } from './client.js';
import type { Clock } from './clock.js';
import type { RateGate } from './gate.js';
export interface PolicyContext {
    gate: RateGate;
    clock: Clock;
    /** Retries for 5xx/network failures and for secondary limits. */
    maxRetries: number;
    /** First backoff delay; doubles each time (capped at 30 s). */
    backoffMs: number;
    onRequest(resource: string): void;
    /** Ctrl-C: a backoff in progress ends at once. */
    signal?: AbortSignal;
}
type Verdict = 'ok' | 'secondary' | 'primary' | 'transient';
export declare function isRateLimitedBody(data: unknown): boolean;
export declare function verdictOf(res: ApiResponse): Verdict;
/**
 * Send `attempt()` under the policy. `resource` is the budget it draws on (`core`, `graphql`),
 * `cost` what to reserve; answers for which `passThrough` is true come back at once. Returns the final answer (possibly a 5xx after the retries ran out).
 */
export declare function sendWithPolicy(ctx: PolicyContext, resource: string, cost: number, attempt: () => Promise<ApiResponse>, passThrough?: (res: ApiResponse) => boolean): Promise<ApiResponse>;
export {};
