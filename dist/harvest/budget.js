import { estimateBatchCost } from './github-query.js';
const fmt = (n) => n.toLocaleString('en-US');
/** Read /rate_limit into the gate. Returns false when the server has none (GHES with limits off). */
export async function readBudget(client, gate) {
    const res = await client.get('/rate_limit');
    gate.counted('core'); // free for the hourly budget; whether it counts per minute is not documented
    if (res.status !== 200)
        return false;
    const resources = res.data.resources ?? {};
    for (const [name, r] of Object.entries(resources)) {
        if (typeof r?.remaining === 'number')
            gate.set(name, { limit: r.limit, remaining: r.remaining, resetAt: r.reset * 1000 });
    }
    return true;
}
/**
 * What `repos` GitHub targets will cost, and whether it fits. `detailRequests` is what the
 * token-less path spends after the first GET (root listing and sub-paths of each repository).
 */
export function planGitHub(repos, hasToken, batchSize, budget, wait, now, detailRequests = 0) {
    const notices = [];
    if (repos === 0)
        return { resource: hasToken ? 'graphql' : 'core', needed: 0, notices };
    const left = budget ? `; ${fmt(budget.remaining)} left` : '';
    const resetAt = budget ? new Date(Math.max(budget.resetAt, now)).toISOString() : '';
    if (hasToken) {
        const batches = Math.ceil(repos / batchSize);
        const needed = batches * estimateBatchCost(Math.min(batchSize, repos));
        notices.push(`${fmt(repos)} GitHub ${repos === 1 ? 'target needs' : 'targets need'} ~${fmt(needed)} GraphQL ${needed === 1 ? 'point' : 'points'} in ${fmt(batches)} ${batches === 1 ? 'query' : 'queries'}${left}`);
        if (budget && budget.remaining < needed)
            notices.push(overBudget(budget, resetAt, wait));
        return { resource: 'graphql', needed, notices };
    }
    const details = detailRequests > 0 ? `, ~${fmt(repos + detailRequests)} with details` : '';
    notices.push(`no GitHub token: ${fmt(repos)} REST ${repos === 1 ? 'request' : 'requests'} to decide ${repos === 1 ? 'it' : 'them'}${details}${left} (a token makes this ~100x cheaper: set GITHUB_TOKEN or --token)`);
    if (budget && budget.remaining < repos)
        notices.push(overBudget(budget, resetAt, wait));
    return { resource: 'core', needed: repos, notices };
}
function overBudget(budget, resetAt, wait) {
    return wait
        ? `the budget does not cover it: will wait for the reset at ${resetAt} (--wait)`
        : `the budget does not cover it: checking what fits; the rest will be unknown (rerun after ${resetAt}, or use --wait)`;
}
//# sourceMappingURL=budget.js.map