// The token path: many repositories (and owner pages) per GraphQL query. A batch answer keeps
// every alias that resolved even when others give NOT_FOUND; a query GitHub refuses for its size
// (RESOURCE_LIMITS_EXCEEDED, MAX_NODE_LIMIT_EXCEEDED, 502/504, 200 without data) is split, and the
// size that works is kept for the rest of the run (and the next: run-github.ts stores it);
// NOT_FOUND ones get one REST follow-up to tell 451/403 from 404.
import type { RepoFacts, RepoRef } from '../types.js';
import type { ApiResponse } from './client.js';
import { nowIso, type GitHubContext } from './context.js';
import { blankFacts, splitSubpath, unknownFacts } from './facts.js';
import { factsFromNode, type RepoNode } from './github-map.js';
import { buildBatchQuery, estimateBatchCost, subpathExpression, type OwnerItem, type RepoItem } from './github-query.js';
import type { TokenPool } from './pool.js';
import { restLookup } from './github-rest.js';
import { verdictOf } from './policy.js';

interface GqlError {
  type?: string;
  extensions?: { type?: string };
  message?: string;
  path?: (string | number)[];
}
interface GqlBody {
  data?: Record<string, unknown> | 'null' | null;
  errors?: GqlError[];
}

/** GitHub's answer to a query that ran too long: 502/504, or 200 with `data: "null"` and a timeout message. */
export function isTimeout(res: ApiResponse): boolean {
  if (res.status === 502 || res.status === 504) return true;
  const body = res.data as GqlBody | null;
  return res.status === 200 && (body?.data === 'null' || body?.data == null) && (body?.errors ?? []).some((e) => /timeout|went wrong/i.test(e.message ?? ''));
}

/** Error types with which GitHub refuses a query for its size (github-api.md): a smaller one passes. */
const TOO_BIG = new Set(['RESOURCE_LIMITS_EXCEEDED', 'MAX_NODE_LIMIT_EXCEEDED']);

/**
 * Why GitHub refused a query for its size, or null: RESOURCE_LIMITS_EXCEEDED (HTTP 200, `data`
 * null or nulls, points charged), MAX_NODE_LIMIT_EXCEEDED, a 502/504 timeout, or a 200 without
 * usable `data`. A smaller batch is the answer to each; a rate limit is not one of them.
 */
export function refusalOf(res: ApiResponse): string | null {
  if (isTimeout(res)) return res.status === 200 ? 'timeout' : `HTTP ${res.status}`;
  if (res.status !== 200 || verdictOf(res) !== 'ok') return null; // rate limits are waited out, not split
  const body = res.data as GqlBody | null;
  const tooBig = (body?.errors ?? []).map((e) => e.type ?? e.extensions?.type ?? '').find((t) => TOO_BIG.has(t));
  if (tooBig) return tooBig;
  if (!body || typeof body.data !== 'object' || body.data === null) return 'no data';
  return null;
}

function itemsOf(batch: RepoRef[]): { repos: RepoItem[]; owners: OwnerItem[]; aliasOf: Map<RepoRef, string> } {
  const repos: RepoItem[] = [];
  const owners: OwnerItem[] = [];
  const aliasOf = new Map<RepoRef, string>();
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

function describe(res: ApiResponse): string {
  const body = res.data as (GqlBody & { message?: string }) | null;
  const msg = body?.message ?? body?.errors?.[0]?.message ?? '';
  return res.status === 0 ? `no answer from GraphQL: ${msg}` : `GraphQL HTTP ${res.status}${msg ? `: ${String(msg).slice(0, 200)}` : ''}`;
}

/** Facts for one alias of a successful answer; null means NOT_FOUND (needs the REST follow-up). */
function aliasFacts(ref: RepoRef, alias: string, body: GqlBody, at: string): RepoFacts | null {
  const data = body.data as Record<string, unknown>;
  const node = data[alias];
  if (node && ref.kind === 'owner') {
    const o = node as { login: string; url: string };
    return { ...blankFacts(ref, 'found', 'graphql', at), httpStatus: 200, canonicalRepo: o.login, canonicalUrl: o.url };
  }
  if (node) return factsFromNode(ref, node as RepoNode, ref.paths, at);
  const error = (body.errors ?? []).find((e) => e.path?.[0] === alias);
  const type = error?.type ?? error?.extensions?.type;
  if (type === 'NOT_FOUND' && ref.kind === 'owner') return { ...blankFacts(ref, 'not-found', 'graphql', at), httpStatus: 404 };
  // NOT_FOUND covers 404s and (on github.com, it seems) DMCA/blocked ones; FORBIDDEN is "access
  // blocked". Either way REST's status (404 / 451 / 403 + block reason) decides.
  if (type === 'NOT_FOUND' || type === 'FORBIDDEN') return null;
  return unknownFacts(ref, `GraphQL: ${error?.message ?? 'no data for this repository'}`.slice(0, 300), 'graphql', at);
}

/** The batch size of a run: lowered for the rest of the run (and stored for the next) when GitHub refuses one. */
export interface BatchSizer {
  size: number;
  /** A query of `tried` repositories was refused: use at most half of it from now on. */
  refused(tried: number, why: string): Promise<void>;
}

/** Ask for one batch; split it when GitHub refuses it for its size; emit every answer; return the refs GraphQL could not find. */
async function runBatch(ctx: GitHubContext, batch: RepoRef[], sizer: BatchSizer): Promise<RepoRef[]> {
  const { repos, owners, aliasOf } = itemsOf(batch);
  const query = buildBatchQuery(repos, owners);
  const cost = estimateBatchCost(batch.length);
  const res = await ctx.pool.send('graphql', cost, (client) => client.graphql(query, ctx.signal), (r) => batch.length > 1 && refusalOf(r) !== null);
  const refusal = refusalOf(res);
  if (refusal !== null && res.status === 200) {
    // Refused with a 200 (resource limits, no data): GitHub charged the points all the same.
    ctx.stats.refusedQueries++;
    ctx.stats.refusedPoints += cost;
    ctx.stats.graphqlPoints += cost;
  } else if (refusal !== null) ctx.stats.refusedQueries++;
  if (batch.length > 1 && refusal !== null) {
    await sizer.refused(batch.length, refusal);
    // In series, inside this batch's slot: the parts must not wait for slots their parent holds.
    // Each part is cut at the size known when it is sent, so what one part learns shapes the next.
    const missing: RepoRef[] = [];
    for (let i = 0; i < batch.length; ) {
      const size = Math.max(1, Math.min(sizer.size, Math.ceil(batch.length / 2)));
      missing.push(...(await runBatch(ctx, batch.slice(i, i + size), sizer)));
      i += size;
    }
    return missing;
  }
  const body = res.data as GqlBody | null;
  const at = nowIso(ctx.clock);
  const charged = (body?.data as { rateLimit?: { cost?: number } } | null | undefined)?.rateLimit?.cost;
  if (typeof charged === 'number') ctx.stats.graphqlPoints += charged;
  if (res.status !== 200 || !body || typeof body.data !== 'object' || body.data === null || refusal !== null) {
    const why = refusal !== null && res.status === 200 ? `GraphQL refused the query even for one repository (${refusal})` : describe(res);
    for (const ref of batch) await ctx.emit(unknownFacts(ref, why, 'graphql', at, res.status || null));
    return [];
  }
  const missing: RepoRef[] = [];
  for (const ref of batch) {
    const facts = aliasFacts(ref, aliasOf.get(ref) ?? '', body, at);
    if (facts) await ctx.emit(facts);
    else missing.push(ref);
  }
  return missing;
}

/**
 * Look up GitHub repositories and owners in batches of `sizer.size`, at most the gate's concurrency at
 * once. Batches are cut as they are sent, so a size learnt from one refusal shapes every later
 * batch. Every ref is emitted exactly once (found, not-found, blocked or unknown), unless the run stops.
 */
export async function graphqlLookup(ctx: GitHubContext, gate: Pick<TokenPool, 'lane' | 'concurrency'>, refs: RepoRef[], sizer: BatchSizer): Promise<void> {
  let next = 0;
  const take = (): RepoRef[] => {
    const batch = refs.slice(next, next + sizer.size);
    next += batch.length;
    return batch;
  };
  // GraphQL says NOT_FOUND for 404s and (likely) for DMCA/blocked ones alike: REST tells them apart.
  // Follow-ups start as soon as their batch is answered, so the REST minute window (gate.ts) fills
  // while queries still run; they have their own lane of the gate, so one waiting for the window
  // never holds a slot a batch needs (the gate bounds what is in flight for both).
  const followLimit = gate.lane();
  const followUps: Promise<void>[] = [];
  const worker = async (): Promise<void> => {
    for (let batch = take(); batch.length > 0; batch = take()) {
      for (const ref of await runBatch(ctx, batch, sizer)) followUps.push(followLimit(async () => ctx.emit(await restLookup(ctx, ref))));
    }
  };
  const workers = Math.max(1, Math.min(gate.concurrency, Math.ceil(refs.length / Math.max(1, sizer.size))));
  const settled = await Promise.allSettled(Array.from({ length: workers }, worker));
  const followed = await Promise.allSettled(followUps);
  // Every request has settled (nothing is still writing): now report what stopped the run, if anything.
  const stop = [...settled, ...followed].find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (stop) throw stop.reason;
}
