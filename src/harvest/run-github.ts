// The GitHub part of a run: plan from /rate_limit (every token of the pool), then GraphQL batches
// (token) or REST (none).
import type { ResolvedOptions } from '../options.js';
import type { RepoRef } from '../types.js';
import { planGitHub, poolBudget, poolPlanLine, readBudget } from './budget.js';
import type { GitHubContext } from './context.js';
import { BadCredentials, GitHubUnreachable } from '../errors.js';
import { graphqlLookup, type BatchSizer } from './github-graphql.js';
import { restRun } from './run-rest.js';

/** GitHub's `first`/`last` bound, and the largest aliased batch worth sending (github-api.md). */
export const MAX_BATCH_SIZE = 100;
/** A batch size learnt from a refusal is tried again after this long: GitHub's limits move. */
const LEARNT_BATCH_TTL_MS = 30 * 86_400_000;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The run's batch size: `--batch-size` (1-100), or less when a past run stored a smaller size
 * GitHub accepted. A refusal lowers it for the rest of the run and stores it for the next.
 */
async function batchSizer(ctx: GitHubContext, requested: number, notice: (line: string) => void): Promise<BatchSizer & { note: string }> {
  const configured = Math.max(1, Math.min(MAX_BATCH_SIZE, requested));
  const stored = await ctx.cache.getBatchLimit();
  const learnt = stored && stored.batchSize < configured && ctx.clock.now() - stored.learntAt < LEARNT_BATCH_TTL_MS ? stored : null;
  const sizer = {
    size: learnt?.batchSize ?? configured,
    note: learnt ? ` (batches of ${learnt.batchSize}: GitHub refused larger ones on ${day(learnt.learntAt)}, ${learnt.why})` : '',
    async refused(tried: number, why: string): Promise<void> {
      const size = Math.max(1, Math.ceil(tried / 2));
      if (size >= sizer.size) return; // another batch already taught as much
      sizer.size = size;
      notice(`GitHub refused a GraphQL query of ${tried} repositories (${why}): batches of ${size} from now on, kept in ${ctx.cache.dir} for the next run`);
      await ctx.cache.putBatchLimit({ batchSize: size, learntAt: ctx.clock.now(), why });
    },
  };
  return sizer;
}

export async function runGitHub(ctx: GitHubContext, refs: RepoRef[], options: ResolvedOptions, notice: (line: string) => void, onPlanned: () => void = () => {}): Promise<void> {
  if (refs.length === 0) return;
  const { pool } = ctx;
  for (const m of pool.live) {
    try {
      await readBudget(ctx, m);
    } catch (err) {
      if (!(err instanceof BadCredentials) || pool.members.length === 1) throw err;
      pool.drop(m, 'was rejected (401 bad credentials)');
    }
  }
  if (pool.live.length === 0) throw new BadCredentials();
  await pool.checkAccounts(ctx);
  const hasToken = ctx.client.hasToken;
  // Without a token, each repository also needs its root listing and one request per linked sub-path.
  const details = refs.reduce((n, r) => n + (r.kind === 'repo' ? 1 + r.paths.length : 0), 0);
  const budgetOf = (resource: string) => poolBudget(pool.live.map((m) => m.gate.budgets.get(resource)));
  // The batch size the queries use, so that the plan counts the queries that will be sent.
  const sizer = await batchSizer(ctx, options.batchSize, notice);
  const plan = planGitHub(refs.length, hasToken, sizer.size, budgetOf(hasToken ? 'graphql' : 'core'), options.wait, ctx.clock.now(), details);
  plan.notices[0] += hasToken ? sizer.note : '';
  for (const line of plan.notices) notice(line);
  if (pool.live.length > 1) {
    notice(poolPlanLine(pool.live.length, Math.ceil(refs.length / sizer.size), budgetOf('core'), { core: options.restPointsPerMinute, graphql: options.graphqlPointsPerMinute }));
  }
  onPlanned();
  const tally = { decided: 0, failed: 0 };
  const counted: GitHubContext = {
    ...ctx,
    emit: (facts) => {
      if (facts.outcome !== 'unknown') tally.decided++;
      else if (facts.httpStatus === null || facts.httpStatus >= 500) tally.failed++;
      return ctx.emit(facts);
    },
  };
  if (hasToken) {
    try {
      await graphqlLookup(counted, pool, refs, sizer);
    } finally {
      const { graphqlPoints, refusedPoints, refusedQueries } = ctx.stats;
      if (refusedQueries > 0) notice(`GraphQL: ${graphqlPoints} ${graphqlPoints === 1 ? 'point' : 'points'} spent, ${refusedPoints} of them on ${refusedQueries} refused ${refusedQueries === 1 ? 'query' : 'queries'}`);
    }
  } else await restRun(counted, refs, pool.lane());
  // GitHub answered /rate_limit but nothing after it: no answer, or 5xx on every retry. That is an
  // unreachable GitHub too, not a run whose targets happen to be unknown.
  const lastFailure = pool.live.map((m) => m.client.lastFailure).find((f) => f !== null);
  if (tally.decided === 0 && tally.failed > 0 && lastFailure) {
    throw new GitHubUnreachable(hasToken ? ctx.client.graphqlUrl : ctx.client.apiUrl, lastFailure);
  }
}
