// harvest(): what became of each repository. Cached answers first, then GitHub (GraphQL batches
// with a token, REST without), other forges' APIs and web liveness checks side by side; every
// answer is cached as it arrives; whatever could not be decided is `unknown`, never dead.
import type { ResolvedOptions } from '../options.js';
import type { RepoFacts, RepoRef } from '../types.js';
import { HarvestCache } from './cache.js';
import { createGitHubClient } from './client.js';
import { realClock, type Clock } from './clock.js';
import { nowIso, type GitHubContext, type HarvestStats } from './context.js';
import { Aborted, isIncompleteRunError, type IncompleteRunError } from '../errors.js';
import { SKIPPED_NO_WEB, unknownFacts } from './facts.js';
import { ForgeClient } from './forges/index.js';
import { RateGate } from './gate.js';
import { Lane } from './lane.js';
import { findArchivedCopies, isArchiveCandidate } from './archives/index.js';
import { TokenPool } from './pool.js';
import { redact } from '../util/redact.js';
import { subset, where } from '../util/lazy-array.js';
import { KeyIndex } from '../util/key-index.js';
import { runGitHub } from './run-github.js';
import { settleDnsFailures, WebChecker } from './web.js';

export interface HarvestProgress {
  done: number;
  total: number;
  cached: number;
  rest?: { remaining: number; limit: number };
  graphql?: { remaining: number; limit: number };
}

export interface HarvestRun {
  /** One per input RepoRef, same order. */
  facts: RepoFacts[];
  /** Why the run could not finish (budget exhausted without --wait, bad credentials, interrupted). */
  incomplete: { reason: string } | null;
  stats: HarvestStats;
  /** Plan/budget lines for the user. */
  notices: string[];
}

export interface HarvestHooks {
  onProgress?(p: HarvestProgress): void;
  onNotice?(line: string): void;
  signal?: AbortSignal;
  /** Injectable time (tests drive the simulator's virtual clock through it). */
  clock?: Clock;
}

export type { Clock } from './clock.js';
export type { HarvestStats } from './context.js';

/** What a run asks about: links to the papers themselves only with --check-paper-links. */
export function targetsToCheck(repos: RepoRef[], options: Pick<ResolvedOptions, 'checkPaperLinks'>): RepoRef[] {
  return options.checkPaperLinks ? repos : where(repos, (r) => r.kind !== 'paper');
}

const isGitHubApiTarget = (r: RepoRef): boolean => r.forge === 'github' && (r.kind === 'repo' || r.kind === 'owner') && !!r.repo;

export async function harvest(repos: RepoRef[], options: ResolvedOptions, hooks: HarvestHooks = {}): Promise<HarvestRun> {
  const results = new Map<string, RepoFacts>();
  const run = await harvestEach(repos, options, hooks, (facts) => void results.set(facts.key, facts));
  return { ...run, facts: repos.map((r) => results.get(r.key)!) };
}

/**
 * harvest() without holding the answers: each target's facts go to `onFacts` as they are decided
 * (cached, asked, or `unknown` at the end), one call per distinct key — a second call for a key
 * replaces the first (an archived copy found afterwards). The audit spills them as they come, so
 * its memory does not grow with the answers. Only the candidates of --archives / --archive-live
 * are held until their lookups.
 */
/**
 * One target per key, where it first appears (the last one given for a key wins, as a Map keeps
 * it). The list itself when no key repeats: an audit's targets are read from a file as used.
 */
function uniqueByKey(repos: RepoRef[]): RepoRef[] {
  const last = new Map<string, number>();
  let i = 0;
  for (const r of repos) last.set(r.key, i++);
  return last.size === repos.length ? repos : subset(repos, [...last.values()]);
}

export async function harvestEach(repos: RepoRef[], options: ResolvedOptions, hooks: HarvestHooks, onFacts: (facts: RepoFacts) => void | Promise<void>): Promise<Omit<HarvestRun, 'facts'>> {
  const clock = hooks.clock ?? realClock;
  const stats: HarvestStats = { requests: 0, graphqlPoints: 0, refusedQueries: 0, refusedPoints: 0, cacheHits: 0, restRequests: 0, graphqlRequests: 0, notModified: 0, webRequests: 0, archiveRequests: 0 };
  const notices: string[] = [];
  const notice = (line: string): void => {
    notices.push(line);
    hooks.onNotice?.(line);
  };
  const unique = uniqueByKey(repos);
  const answered = new KeyIndex({ exact: true }); // compact: one key per target of a big collection
  // Only what the archive lookups will ask about is held (nothing without --archives / --archive-live).
  const forArchives = new Map<string, RepoFacts>();
  const decided = async (facts: RepoFacts): Promise<void> => {
    answered.add(facts.key);
    if (isArchiveCandidate(facts, options)) forArchives.set(facts.key, facts);
    await onFacts(facts);
  };
  const cache = new HarvestCache(options.cacheDir);
  await cache.begin(clock.now(), options.maxAgeMs);
  const pool = createPool(options, hooks, clock, stats, notice);
  const progress = (): void =>
    hooks.onProgress?.({ done: answered.size, total: unique.length, cached: stats.cacheHits, ...budgetsOf(pool) });

  const asked: number[] = []; // the places of the targets to ask about (an audit's are read from a file as used)
  let place = 0;
  for (const ref of unique) {
    const cached = await cache.getFacts(ref.key);
    if (cached) {
      await decided({ ...cached, via: 'cache' });
      stats.cacheHits++;
    } else asked.push(place);
    place++;
  }
  const todo = asked.length === unique.length ? unique : subset(unique, asked);
  if (cache.resumedFrom !== null) notice(`resuming the run interrupted since ${new Date(cache.resumedFrom).toISOString()}: ${stats.cacheHits} answers reused`);
  else if (stats.cacheHits > 0) notice(`${stats.cacheHits} answers reused from ${options.cacheDir} (younger than --max-age)`);
  progress();

  const emit = async (facts: RepoFacts): Promise<void> => {
    await decided(facts);
    await cache.putFacts(facts, clock.now());
    progress();
  };
  const incomplete = await runAll(todo, options, hooks, { clock, stats, pool, cache, emit, notice });
  if (forArchives.size > 0 && !hooks.signal?.aborted) {
    const before = [...forArchives.values()];
    forArchives.clear();
    const after = await findArchivedCopies(before, options, {
      clock, cache, notice, onRequest: () => void stats.archiveRequests++,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    });
    for (const [i, f] of after.entries()) if (f !== before[i]) await onFacts(f);
  }
  const at = nowIso(clock);
  for (const r of unique) if (!answered.has(r.key)) await onFacts(unknownFacts(r, incomplete?.reason ?? 'not checked', 'none', at));
  if (!incomplete) await cache.finish(clock.now());
  return { incomplete, stats, notices };
}

/** One client and gate per token (a pool of one without a token); every gate paces on its own. */
function createPool(options: ResolvedOptions, hooks: HarvestHooks, clock: Clock, stats: HarvestStats, notice: (line: string) => void): TokenPool {
  const perMinute = { core: options.restPointsPerMinute, graphql: options.graphqlPointsPerMinute };
  const tokens: (string | null)[] = options.tokens.length ? options.tokens : [null];
  const members = tokens.map((token, i) => {
    // The pool, not the gate, waits for resets: only once every token is spent (pool.ts).
    const gate = new RateGate(clock, false, hooks.signal, Math.max(1, options.concurrency), perMinute);
    const who = tokens.length > 1 ? ` (token ${i + 1} of ${tokens.length})` : '';
    gate.onPace = (resource, limit, until) =>
      notice(`${resource === 'graphql' ? 'GraphQL' : 'REST'}${who}: ${limit.toLocaleString('en-US')} requests in the last minute, GitHub's per-minute limit: pacing (next at ${new Date(until).toISOString()})`);
    return { position: i + 1, client: createGitHubClient({ ...options, token }), gate, dropped: false };
  });
  const policy = {
    clock,
    maxRetries: options.retries,
    backoffMs: options.backoffMs,
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    onRequest: (resource: string) => {
      stats.requests++;
      if (resource === 'graphql') stats.graphqlRequests++;
      else stats.restRequests++;
    },
  };
  return new TokenPool(members, { clock, wait: options.wait, notice, policy, ...(hooks.signal ? { signal: hooks.signal } : {}) });
}

/** The pool's budgets added up (what the progress line shows). */
function budgetsOf(pool: TokenPool): Pick<HarvestProgress, 'rest' | 'graphql'> {
  const pick = (name: string) => {
    let remaining = 0;
    let limit = 0;
    for (const m of pool.live) {
      const b = m.gate.budgets.get(name);
      if (b && b.limit > 0) [remaining, limit] = [remaining + Math.max(0, b.remaining), limit + b.limit];
    }
    return limit > 0 ? { remaining, limit } : undefined; // no GraphQL without a token
  };
  const rest = pick('core');
  const graphql = pick('graphql');
  return { ...(rest ? { rest } : {}), ...(graphql ? { graphql } : {}) };
}

interface RunParts {
  clock: Clock;
  stats: HarvestStats;
  pool: TokenPool;
  cache: HarvestCache;
  emit(f: RepoFacts): Promise<void>;
  notice(line: string): void;
}

/** Run GitHub, forge and web checks side by side; the reason the run stopped, or null. */
async function runAll(todo: RepoRef[], options: ResolvedOptions, hooks: HarvestHooks, p: RunParts): Promise<{ reason: string } | null> {
  const clients = p.pool.members.map((m) => m.client);
  const ctx: GitHubContext = {
    client: clients[0]!,
    pool: p.pool,
    clock: p.clock,
    cache: p.cache,
    stats: p.stats,
    emit: p.emit,
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  const github = where(todo, isGitHubApiTarget);
  const others = where(todo, (r) => !isGitHubApiTarget(r));
  // The other checks wait for GitHub's plan line (or its failure), so no progress comes before it.
  let planned!: () => void;
  const plannedOrFailed = new Promise<void>((resolve) => (planned = resolve));
  const settled = await Promise.allSettled([
    runGitHub(ctx, github, options, p.notice, planned).finally(planned),
    plannedOrFailed.then(() => runOthers(others, options, hooks, p)),
  ]).finally(() => Promise.all(clients.map((c) => c.close())));
  const web = settled[1].status === 'fulfilled' ? settled[1].value : null;
  // DNS works if any web host name resolved, or the GitHub API answered by name.
  if (web) for (const facts of settleDnsFailures(web.held, web.dnsWorked || clients.some((c) => c.resolvedByName))) await p.emit(facts);
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (failures.length === 0) return null;
  // Only a stopped run (auth, budget, unreachable, interrupted) is an incomplete run; anything else
  // is a bug or the machine's trouble and reaches the top as it is.
  const other = failures.find((f) => !isIncompleteRunError(f));
  if (other !== undefined) throw other;
  const stop = failures[0] as IncompleteRunError;
  return { reason: redact(stop.reason, options.tokens) };
}

/** "Host not found" answers, decided once the run knows whether any host name resolved. */
interface HeldDnsFailures {
  held: RepoFacts[];
  dnsWorked: boolean;
}

/** Other forges' APIs and web liveness, or `unknown` for all of them with --no-web. */
async function runOthers(refs: RepoRef[], options: ResolvedOptions, hooks: HarvestHooks, p: RunParts): Promise<HeldDnsFailures> {
  const none = { held: [], dnsWorked: false };
  if (refs.length === 0) return none;
  const now = (): string => nowIso(p.clock);
  if (!options.checkWeb) {
    for (const ref of refs) await p.emit(unknownFacts(ref, SKIPPED_NO_WEB, 'none', now()));
    return none;
  }
  const onRequest = (): void => void p.stats.webRequests++;
  const timeoutMs = options.requestTimeoutMs;
  const web = new WebChecker({ allowPrivateHosts: options.allowPrivateHosts, clock: p.clock, onRequest, timeoutMs, maxRedirects: options.maxRedirects, perHost: options.perHostConcurrency });
  const signal = hooks.signal ? { signal: hooks.signal } : {};
  const forges = new ForgeClient({ bases: options.forgeUrls ?? {}, clock: p.clock, onRequest, timeoutMs, retries: options.forgeRetries, backoffMs: options.backoffMs, ...signal });
  const limit = new Lane(() => Math.max(1, options.concurrency)).run; // as many at once as --concurrency, beside GitHub's requests
  const held: RepoFacts[] = [];
  try {
    await Promise.all(
      refs.map((ref) =>
        limit(async () => {
          if (hooks.signal?.aborted) return;
          const facts = ForgeClient.handles(ref) ? await forges.check(ref) : await web.check(ref);
          if (web.isDnsFailure(facts)) held.push(facts);
          else await p.emit(facts);
        }),
      ),
    );
  } finally {
    await Promise.all([web.close(), forges.close()]);
  }
  if (hooks.signal?.aborted) throw new Aborted();
  return { held, dnsWorked: web.dnsWorked };
}
