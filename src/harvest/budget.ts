// Plan before spending: read /rate_limit (free: it does not count against the primary limit) and
// tell the user up front what the work needs and what is left.
import type { ApiResponse } from './client.js';
import type { GitHubContext } from './context.js';
import { GitHubUnreachable } from '../errors.js';
import type { Budget } from './gate.js';
import { estimateBatchCost } from './github-query.js';
import { sendWithPolicy } from './policy.js';
import type { PoolMember } from './pool.js';

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Why an answer is no answer: `ECONNREFUSED`, `HTTP 502 on every retry`… */
export function unreachableCause(res: ApiResponse): string {
  return res.status === 0 ? (res.cause ?? 'no answer') : `HTTP ${res.status} on every retry`;
}

/**
 * Read one token's /rate_limit into its gate: the first request of a run, so it also finds out
 * whether GitHub can be reached at all. Throws GitHubUnreachable after a few retries when it cannot
 * (every other request would fail the same way, each after its own backoff), BadCredentials on a
 * 401 (the pool drops that token). Returns false when the server has no rate limit (GHES with limits off).
 */
export async function readBudget(ctx: GitHubContext, member: PoolMember): Promise<boolean> {
  // Free for the hourly budget; whether it counts per minute is not documented (the gate counts it).
  const base = ctx.pool.opts.policy;
  const policy = { ...base, gate: member.gate, maxRetries: Math.min(2, base.maxRetries) };
  const res = await sendWithPolicy(policy, 'core', 0, () => member.client.get('/rate_limit', ctx.signal ? { signal: ctx.signal } : {}));
  if (res.status === 0 || res.status >= 500) throw new GitHubUnreachable(member.client.apiUrl, unreachableCause(res));
  if (res.status !== 200) return false;
  const resources = (res.data as { resources?: Record<string, { limit: number; remaining: number; reset: number }> }).resources ?? {};
  for (const [name, r] of Object.entries(resources)) {
    if (typeof r?.remaining === 'number') member.gate.set(name, { limit: r.limit, remaining: r.remaining, resetAt: r.reset * 1000 });
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

/** The pool's budgets added up: what is left in all, the first reset. */
export function poolBudget(budgets: readonly (Budget | undefined)[]): Budget | undefined {
  const known = budgets.filter((b): b is Budget => b !== undefined);
  if (known.length === 0) return undefined;
  return {
    limit: known.reduce((n, b) => n + b.limit, 0),
    remaining: known.reduce((n, b) => n + Math.max(0, b.remaining), 0),
    resetAt: Math.min(...known.map((b) => b.resetAt)),
  };
}

/**
 * How long the work takes with `tokens` tokens at GitHub's per-minute limits (each token has its
 * own): the queries, and the REST follow-ups, one per repository GraphQL cannot find.
 */
export function poolPlanLine(tokens: number, queries: number, rest: Budget | undefined, perMinute: { core: number; graphql: number }): string {
  const minutes = (n: number, perToken: number): string => (perToken > 0 ? `~${fmt(Math.max(1, Math.ceil(n / (perToken * tokens))))} min` : 'no per-minute limit');
  const restLeft = rest ? `; ${fmt(rest.remaining)} REST requests left in all` : '';
  return `a pool of ${tokens} tokens${restLeft}: the queries take ${minutes(queries, perMinute.graphql)}, and every 1,000 repositories GraphQL cannot find ${minutes(1000, perMinute.core)} of REST follow-ups`;
}
