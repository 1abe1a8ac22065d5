// Plan before spending: read /rate_limit (free: it does not count against the primary limit) and
// tell the user up front what the work needs and what is left.
import type { ApiResponse } from './client.js';
import type { GitHubContext } from './context.js';
import { GitHubUnreachable } from '../errors.js';
import type { Budget, RateGate } from './gate.js';
import { estimateBatchCost } from './github-query.js';
import { sendWithPolicy } from './policy.js';

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Why an answer is no answer: `ECONNREFUSED`, `HTTP 502 on every retry`… */
export function unreachableCause(res: ApiResponse): string {
  return res.status === 0 ? (res.cause ?? 'no answer') : `HTTP ${res.status} on every retry`;
}

/**
 * Read /rate_limit into the gate: the first request of a run, so it also finds out whether
 * GitHub can be reached at all. Throws GitHubUnreachable after a few retries when it cannot (every
 * other request would fail the same way, each after its own backoff), BadCredentials on a 401.
 * Returns false when the server has no rate limit (GHES with limits off).
 */
export async function readBudget(ctx: GitHubContext, gate: RateGate): Promise<boolean> {
  // Free for the hourly budget; whether it counts per minute is not documented (the gate counts it).
  const policy = { ...ctx.policy, maxRetries: Math.min(2, ctx.policy.maxRetries) };
  const res = await sendWithPolicy(policy, 'core', 0, () => ctx.client.get('/rate_limit', ctx.signal ? { signal: ctx.signal } : {}));
  if (res.status === 0 || res.status >= 500) throw new GitHubUnreachable(ctx.client.apiUrl, unreachableCause(res));
  if (res.status !== 200) return false;
  const resources = (res.data as { resources?: Record<string, { limit: number; remaining: number; reset: number }> }).resources ?? {};
  for (const [name, r] of Object.entries(resources)) {
    if (typeof r?.remaining === 'number') gate.set(name, { limit: r.limit, remaining: r.remaining, resetAt: r.reset * 1000 });
  }
  return true;
}

export interface Plan {
  resource: 'graphql' | 'core';
  /** Budget units the work needs (points or requests). */
  needed: number;
  notices: string[];
}

/**
 * What `repos` GitHub targets will cost, and whether it fits. `detailRequests` is what the
 * token-less path spends after the first GET (root listing and sub-paths of each repository).
 */
export function planGitHub(repos: number, hasToken: boolean, batchSize: number, budget: Budget | undefined, wait: boolean, now: number, detailRequests = 0): Plan {
  const notices: string[] = [];
  if (repos === 0) return { resource: hasToken ? 'graphql' : 'core', needed: 0, notices };
  const left = budget ? `; ${fmt(budget.remaining)} left` : '';
  const resetAt = budget ? new Date(Math.max(budget.resetAt, now)).toISOString() : '';
  if (hasToken) {
    const batches = Math.ceil(repos / batchSize);
    const needed = batches * estimateBatchCost(Math.min(batchSize, repos));
    notices.push(`${fmt(repos)} GitHub ${repos === 1 ? 'target needs' : 'targets need'} ~${fmt(needed)} GraphQL ${needed === 1 ? 'point' : 'points'} in ${fmt(batches)} ${batches === 1 ? 'query' : 'queries'}${left}`);
    if (budget && budget.remaining < needed) notices.push(overBudget(budget, resetAt, wait));
    return { resource: 'graphql', needed, notices };
  }
  const details = detailRequests > 0 ? `, ~${fmt(repos + detailRequests)} with details` : '';
  notices.push(`no GitHub token: ${fmt(repos)} REST ${repos === 1 ? 'request' : 'requests'} to decide ${repos === 1 ? 'it' : 'them'}${details}${left} (a token makes this ~100x cheaper: set GITHUB_TOKEN or --token)`);
  if (budget && budget.remaining < repos) notices.push(overBudget(budget, resetAt, wait));
  return { resource: 'core', needed: repos, notices };
}

function overBudget(budget: Budget, resetAt: string, wait: boolean): string {
  return wait
    ? `the budget does not cover it: will wait for the reset at ${resetAt} (--wait)`
    : `the budget does not cover it: checking what fits; the rest will be unknown (rerun after ${resetAt}, or use --wait)`;
}
