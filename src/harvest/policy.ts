// One retry policy for every GitHub request (Octokit's retry/throttling plugins are off: client.ts).
//   secondary limit (403/429 "secondary rate limit" or retry-after) → pause the whole run, retry;
//   primary limit (remaining 0, or GraphQL RATE_LIMITED) → wait for the reset (--wait) or stop;
//   5xx / no answer → bounded exponential backoff, then give the answer back (→ `unknown`);
//   401 → stop the run (bad credentials).
import type { ApiResponse } from './client.js';
import type { Clock } from './clock.js';
import { Aborted, BadCredentials } from '../errors.js';
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

function graphqlErrors(data: unknown): { type?: string; code?: string; message?: string }[] {
  const errors = (data as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as { type?: string }[]) : [];
}

export function isRateLimitedBody(data: unknown): boolean {
  return graphqlErrors(data).some((e) => e.type === 'RATE_LIMITED' || e.type === 'RATE_LIMIT' || e.code === 'graphql_rate_limit');
}

function messageOf(data: unknown): string {
  const m = (data as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : graphqlErrors(data).map((e) => e.message ?? '').join('; ');
}

export function verdictOf(res: ApiResponse): Verdict {
  const { status, headers } = res;
  if (status === 403 || status === 429) {
    if (/secondary rate limit/i.test(messageOf(res.data)) || headers['retry-after'] !== undefined) return 'secondary';
    if (headers['x-ratelimit-remaining'] === '0' || isRateLimitedBody(res.data)) return 'primary';
    if (status === 429) return 'secondary';
    return 'ok'; // 403 "Repository access blocked" and friends are answers, not limits
  }
  // GraphQL may answer a secondary limit with 200 as well as 403 (secondary-rate-limit docs, github-api.md).
  if (status === 200 && /secondary rate limit/i.test(messageOf(res.data))) return 'secondary';
  if (status === 200 && isRateLimitedBody(res.data)) return 'primary';
  if (status === 0 || status >= 500) return 'transient';
  return 'ok';
}

/**
 * Send `attempt()` under the policy. `resource` is the budget it draws on (`core`, `graphql`),
 * `cost` what to reserve; answers for which `passThrough` is true come back at once. Returns the final answer (possibly a 5xx after the retries ran out).
 */
export async function sendWithPolicy(
  ctx: PolicyContext,
  resource: string,
  cost: number,
  attempt: () => Promise<ApiResponse>,
  passThrough?: (res: ApiResponse) => boolean,
): Promise<ApiResponse> {
  let transient = 0;
  let secondary = 0;
  for (let primary = 0; ; ) {
    await ctx.gate.ready(resource, cost);
    ctx.onRequest(resource);
    let res: ApiResponse;
    try {
      res = await attempt();
    } finally {
      ctx.gate.release(resource, cost);
    }
    ctx.gate.observe(res.headers, resource);
    if (res.status === 401) throw new BadCredentials();
    if (passThrough?.(res)) return res; // e.g. a GraphQL timeout: the caller splits the batch instead
    const verdict = verdictOf(res);
    if (verdict === 'ok') return res;
    if (verdict === 'primary') {
      const reset = Number(res.headers['x-ratelimit-reset']);
      ctx.gate.exhausted(resource, Number.isFinite(reset) && reset > 0 ? reset * 1000 : ctx.clock.now() + 60_000);
      if (++primary > 3) return res;
      continue; // gate.ready() waits for the reset or throws BudgetExhausted
    }
    if (verdict === 'secondary') {
      if (++secondary > ctx.maxRetries) return res;
      const retryAfter = Number(res.headers['retry-after']);
      // No retry-after: wait at least a minute, doubling on each repeat (GitHub's advice).
      ctx.gate.pauseFor(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 60_000 * 2 ** (secondary - 1));
      continue;
    }
    if (++transient > ctx.maxRetries) return res;
    await backoff(ctx, transient);
  }
}

/**
 * The wait before retry number `attempt` (1, 2, …) after a transient failure (5xx, 429 of a forge,
 * no answer): `backoffMs` doubling each time, ±25 % jitter so that parallel retries spread, at most
 * 30 s. On the run's clock; Ctrl-C ends it with Aborted. Every retry loop of the harvester uses it.
 */
export async function backoff(ctx: Pick<PolicyContext, 'clock' | 'backoffMs' | 'signal'>, attempt: number): Promise<void> {
  const jitter = 0.75 + Math.random() * 0.5;
  await ctx.clock.sleep(Math.min(30_000, ctx.backoffMs * 2 ** (attempt - 1) * jitter), ctx.signal).catch(() => {
    throw new Aborted();
  });
}
