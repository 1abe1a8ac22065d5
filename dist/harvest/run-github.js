// The GitHub part of a run: plan from /rate_limit, then GraphQL batches (token) or REST (none).
import pLimit from 'p-limit';
import { planGitHub, readBudget } from './budget.js';
import { graphqlLookup } from './github-graphql.js';
import { restRun } from './run-rest.js';
export async function runGitHub(ctx, gate, refs, options, notice) {
    if (refs.length === 0)
        return;
    ctx.policy.onRequest('core'); // GET /rate_limit: free, but a request all the same
    await readBudget(ctx.client, gate);
    const hasToken = ctx.client.hasToken;
    // Without a token, each repository also needs its root listing and one request per linked sub-path.
    const details = refs.reduce((n, r) => n + (r.kind === 'repo' ? 1 + r.paths.length : 0), 0);
    const budget = gate.budgets.get(hasToken ? 'graphql' : 'core');
    // The batch size the queries use (1-200), so that the plan counts the queries that will be sent.
    const batchSize = Math.max(1, Math.min(200, options.batchSize));
    const plan = planGitHub(refs.length, hasToken, batchSize, budget, options.wait, ctx.clock.now(), details);
    for (const line of plan.notices)
        notice(line);
    const limit = pLimit(Math.max(1, options.concurrency));
    if (hasToken)
        return graphqlLookup(ctx, refs, batchSize, limit, options.concurrency);
    return restRun(ctx, refs, limit);
}
//# sourceMappingURL=run-github.js.map