// The token path: many repositories (and owner pages) per GraphQL query. A batch answer keeps
// every alias that resolved even when others give NOT_FOUND; a 502/504 (the query ran over 10 s)
// splits the batch in halves; NOT_FOUND ones get one REST follow-up to tell 451/403 from 404.
import pLimit from 'p-limit';
import { nowIso } from './context.js';
import { blankFacts, splitSubpath, unknownFacts } from './facts.js';
import { factsFromNode } from './github-map.js';
import { buildBatchQuery, estimateBatchCost, subpathExpression } from './github-query.js';
import { restLookup } from './github-rest.js';
import { sendWithPolicy } from './policy.js';
/** GitHub's answer to a query that ran too long: 502/504, or 200 with `data: "null"` and a timeout message. */
export function isTimeout(res) {
    if (res.status === 502 || res.status === 504)
        return true;
    const body = res.data;
    return res.status === 200 && (body?.data === 'null' || body?.data == null) && (body?.errors ?? []).some((e) => /timeout|went wrong/i.test(e.message ?? ''));
}
function itemsOf(batch) {
    const repos = [];
    const owners = [];
    const aliasOf = new Map();
    batch.forEach((ref, i) => {
        const id = ref.repo ?? '';
        if (ref.kind === 'owner') {
            owners.push({ alias: `o${i}`, login: id });
            aliasOf.set(ref, `o${i}`);
            return;
        }
        const [owner = '', name = ''] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        const subpaths = ref.paths.map((p) => {
            const s = splitSubpath(p);
            return { key: p, expression: subpathExpression(s.ref, s.path) };
        });
        repos.push({ alias: `r${i}`, owner, name, subpaths });
        aliasOf.set(ref, `r${i}`);
    });
    return { repos, owners, aliasOf };
}
function describe(res) {
    const body = res.data;
    const msg = body?.message ?? body?.errors?.[0]?.message ?? '';
    return res.status === 0 ? `no answer from GraphQL: ${msg}` : `GraphQL HTTP ${res.status}${msg ? `: ${String(msg).slice(0, 200)}` : ''}`;
}
/** Facts for one alias of a successful answer; null means NOT_FOUND (needs the REST follow-up). */
function aliasFacts(ref, alias, body, at) {
    const data = body.data;
    const node = data[alias];
    if (node && ref.kind === 'owner') {
        const o = node;
        return { ...blankFacts(ref, 'found', 'graphql', at), httpStatus: 200, canonicalRepo: o.login, canonicalUrl: o.url };
    }
    if (node)
        return factsFromNode(ref, node, ref.paths, at);
    const error = (body.errors ?? []).find((e) => e.path?.[0] === alias);
    const type = error?.type ?? error?.extensions?.type;
    if (type === 'NOT_FOUND' && ref.kind === 'owner')
        return { ...blankFacts(ref, 'not-found', 'graphql', at), httpStatus: 404 };
    // NOT_FOUND covers 404s and (on github.com, it seems) DMCA/blocked ones; FORBIDDEN is "access
    // blocked". Either way REST's status (404 / 451 / 403 + block reason) decides.
    if (type === 'NOT_FOUND' || type === 'FORBIDDEN')
        return null;
    return unknownFacts(ref, `GraphQL: ${error?.message ?? 'no data for this repository'}`.slice(0, 300), 'graphql', at);
}
/** Ask for one batch; split on timeouts; emit every answer; return the refs GraphQL could not find. */
async function runBatch(ctx, batch) {
    const { repos, owners, aliasOf } = itemsOf(batch);
    const query = buildBatchQuery(repos, owners);
    const res = await sendWithPolicy(ctx.policy, 'graphql', estimateBatchCost(batch.length), () => ctx.client.graphql(query, ctx.signal), (r) => batch.length > 1 && isTimeout(r));
    if (batch.length > 1 && isTimeout(res)) {
        const half = Math.ceil(batch.length / 2);
        // In series, inside this batch's slot: the halves must not wait for slots their parent holds.
        const missing = await runBatch(ctx, batch.slice(0, half));
        return missing.concat(await runBatch(ctx, batch.slice(half)));
    }
    const body = res.data;
    const at = nowIso(ctx.clock);
    const cost = body?.data?.rateLimit?.cost;
    if (typeof cost === 'number')
        ctx.stats.graphqlPoints += cost;
    if (res.status !== 200 || !body || typeof body.data !== 'object' || body.data === null) {
        for (const ref of batch)
            await ctx.emit(unknownFacts(ref, describe(res), 'graphql', at, res.status || null));
        return [];
    }
    const missing = [];
    for (const ref of batch) {
        const facts = aliasFacts(ref, aliasOf.get(ref) ?? '', body, at);
        if (facts)
            await ctx.emit(facts);
        else
            missing.push(ref);
    }
    return missing;
}
/**
 * Look up GitHub repositories and owners in batches of `batchSize`, `schedule` bounding how many
 * run at once. Every ref is emitted exactly once (found, not-found, blocked or unknown).
 */
export async function graphqlLookup(ctx, refs, batchSize, schedule, concurrency) {
    const batches = [];
    for (let i = 0; i < refs.length; i += batchSize)
        batches.push(refs.slice(i, i + batchSize));
    // GraphQL says NOT_FOUND for 404s and (likely) for DMCA/blocked ones alike: REST tells them apart.
    // Follow-ups start as soon as their batch is answered, so the REST minute window (gate.ts) fills
    // while queries still run; they have their own limiter, so one waiting for the window never
    // holds a slot a batch needs (the gate bounds what is in flight for both).
    const followLimit = pLimit(Math.max(1, concurrency));
    const followUps = [];
    const settled = await Promise.allSettled(batches.map((b) => schedule(async () => {
        for (const ref of await runBatch(ctx, b))
            followUps.push(followLimit(async () => ctx.emit(await restLookup(ctx, ref))));
    })));
    const followed = await Promise.allSettled(followUps);
    // Every request has settled (nothing is still writing): now report what stopped the run, if anything.
    const stop = [...settled, ...followed].find((s) => s.status === 'rejected');
    if (stop)
        throw stop.reason;
}
//# sourceMappingURL=github-graphql.js.map