// Archived copies of dead targets (`--archives`): for every repository that is not found, blocked
// or empty, ask Software Heritage for its latest snapshot and the Wayback Machine for its page;
// for every dead web page or github.io site, the Wayback Machine. Healthy targets cost no archive
// request (except with --archive-live, which asks Software Heritage to save live repositories it
// has never archived). Answers are cached for long; a budget running out leaves the rest
// unchecked with one notice, never an error.
import type { ResolvedOptions } from '../../options.js';
import type { ArchiveCopies, RepoFacts, SwhCopy, WaybackCopy } from '../../types.js';
import type { HarvestCache } from '../cache.js';
import type { Clock } from '../clock.js';
import { ArchiveHttp } from './http.js';
import { SoftwareHeritage, type Lookup } from './swh.js';
import { Wayback } from './wayback.js';

const DAY = 86_400_000;
/** A snapshot in an archive does not go away: reuse a found copy for a month. */
export const COPY_MAX_AGE_MS = 30 * DAY;
/** "Not archived" may change (someone saves it): ask again after a week. */
export const NONE_MAX_AGE_MS = 7 * DAY;

export interface ArchiveContext {
  clock: Clock;
  cache: HarvestCache;
  notice(line: string): void;
  onRequest(): void;
  signal?: AbortSignal;
}

type Target = 'repo' | 'page';

/** Which archive lookups a dead target gets: `repo` (Software Heritage + Wayback), `page` (Wayback), or none. */
export function deadTarget(f: RepoFacts): Target | null {
  if (f.kind === 'repo') {
    if (f.outcome === 'not-found' || f.outcome === 'blocked') return 'repo';
    if (f.outcome === 'found' && (f.empty === true || f.disabled === true)) return 'repo';
    return null;
  }
  if ((f.kind === 'pages' || f.kind === 'web') && f.outcome === 'not-found') return 'page';
  return null;
}

/**
 * The order dead targets are looked up in, so a budget that runs out leaves the least useful ones
 * unchecked, the same ones on every run: deleted or blocked repositories first (their code is only
 * in an archive), then empty ones, then web pages; by key within each.
 */
function byArchivePriority(a: RepoFacts, b: RepoFacts): number {
  return archiveRank(a) - archiveRank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function archiveRank(f: RepoFacts): number {
  if (deadTarget(f) === 'page') return 2;
  return f.outcome === 'not-found' || f.outcome === 'blocked' ? 0 : 1;
}

/** A live repository Save Code Now can archive: git forges Software Heritage lists. */
function liveRepo(f: RepoFacts): boolean {
  const git = f.forge === 'github' || f.forge === 'gitlab' || f.forge === 'codeberg' || f.forge === 'bitbucket' || f.forge === 'gitee';
  return git && f.kind === 'repo' && f.outcome === 'found' && f.empty !== true && f.disabled !== true;
}

/** Whether findArchivedCopies will ask about `f` under these options (the harvest holds only these until then). */
export function isArchiveCandidate(f: RepoFacts, options: Pick<ResolvedOptions, 'archives' | 'archiveLive'>): boolean {
  return (options.archives && deadTarget(f) !== null) || (options.archiveLive && liveRepo(f));
}

/** The origin URL Software Heritage knows a repository by: the repository's own URL, without a trailing slash or `.git`. */
export function originOf(f: RepoFacts): string {
  return f.url.replace(/\/+$/, '').replace(/\.git$/i, '');
}

type Cached<T> = { kind: 'copy'; copy: T } | { kind: 'none' };

/** Facts with `archive` set on every dead target (and on saved live ones); the others unchanged. */
export async function findArchivedCopies(facts: RepoFacts[], options: ResolvedOptions, ctx: ArchiveContext): Promise<RepoFacts[]> {
  const dead = options.archives ? facts.filter((f) => deadTarget(f) !== null).sort(byArchivePriority) : [];
  const live = options.archiveLive ? facts.filter(liveRepo) : [];
  if (dead.length === 0 && live.length === 0) return facts;
  const http = new ArchiveHttp(options.requestTimeoutMs, options.swhToken);
  const common = { http, clock: ctx.clock, onRequest: ctx.onRequest, ...(ctx.signal ? { signal: ctx.signal } : {}), backoffMs: options.backoffMs, maxRetries: options.archiveRetries };
  const swh = new SoftwareHeritage({ ...common, base: options.swhApiUrl, token: options.swhToken, wait: options.wait });
  const wayback = new Wayback({ ...common, base: options.waybackApiUrl });
  const cached = async <T>(key: string, ask: () => Promise<Lookup<T>>): Promise<Lookup<T>> => {
    const now = ctx.clock.now();
    const hit = (await ctx.cache.getArchive<Cached<T>>(key, now, COPY_MAX_AGE_MS)) as Cached<T> | null;
    if (hit && (hit.kind === 'copy' || (await ctx.cache.getArchive<Cached<T>>(key, now, NONE_MAX_AGE_MS)))) return hit;
    const answer = await ask();
    if (answer.kind !== 'unchecked') await ctx.cache.putArchive(key, answer, ctx.clock.now());
    return answer;
  };
  const out = new Map<string, RepoFacts>();
  try {
    for (const f of dead) {
      if (ctx.signal?.aborted) break;
      const origin = originOf(f);
      const [s, w] = await Promise.all([
        deadTarget(f) === 'repo' ? cached(`swh:${origin}`, () => swh.latestSnapshot(origin)) : null,
        cached(`wayback:${f.url}`, () => wayback.closest(f.url)),
      ]);
      out.set(f.key, { ...f, archive: copies(s, w) });
    }
    for (const f of live) {
      if (ctx.signal?.aborted) break;
      out.set(f.key, { ...f, archive: await saveIfUnarchived(f, swh, cached) });
    }
  } finally {
    await http.close();
  }
  const left = [...out.values()].filter((f) => f.archive?.unchecked.some((u) => u.startsWith('swh:'))).length;
  const looked = [...out.values()].filter((f) => deadTarget(f) !== null);
  if (looked.length) {
    const found = looked.filter((f) => f.archive?.swh || f.archive?.wayback).length;
    const swhCount = looked.filter((f) => f.archive?.swh).length;
    const waybackCount = looked.filter((f) => f.archive?.wayback).length;
    ctx.notice(`archived copies: ${found} of ${looked.length} dead ${looked.length === 1 ? 'link has' : 'links have'} one (Software Heritage ${swhCount}, Wayback ${waybackCount})`);
  }
  const saved = [...out.values()].filter((f) => f.archive?.saveRequest).length;
  if (saved) ctx.notice(`asked Software Heritage to archive ${saved} live ${saved === 1 ? 'repository' : 'repositories'} it had never archived (Save Code Now)`);
  const leftWayback = [...out.values()].filter((f) => f.archive?.unchecked.some((u) => u.startsWith('wayback:'))).length;
  if (swh.spent) ctx.notice(`${swh.spent}: ${left} ${left === 1 ? 'target was' : 'targets were'} left without a Software Heritage lookup (the run goes on)`);
  if (wayback.spent) ctx.notice(`${wayback.spent}: ${leftWayback} ${leftWayback === 1 ? 'target was' : 'targets were'} left without a Wayback lookup (the run goes on)`);
  return facts.map((f) => out.get(f.key) ?? f);
}

function copies(s: Lookup<SwhCopy> | null, w: Lookup<WaybackCopy>): ArchiveCopies {
  const unchecked: string[] = [];
  if (s?.kind === 'unchecked') unchecked.push(`swh: ${s.why}`);
  if (w.kind === 'unchecked') unchecked.push(`wayback: ${w.why}`);
  return { swh: s?.kind === 'copy' ? s.copy : null, wayback: w.kind === 'copy' ? w.copy : null, unchecked };
}

type CachedLookup = <T>(key: string, ask: () => Promise<Lookup<T>>) => Promise<Lookup<T>>;

/** --archive-live: a live repository Software Heritage has never archived gets a Save Code Now request. */
async function saveIfUnarchived(f: RepoFacts, swh: SoftwareHeritage, cached: CachedLookup): Promise<ArchiveCopies> {
  const origin = originOf(f);
  const s = await cached(`swh:${origin}`, () => swh.latestSnapshot(origin));
  if (s.kind !== 'none') return { ...copies(s, { kind: 'none' }), saveRequest: null };
  const save = await cached(`swh-save:${origin}`, () => swh.requestSave(origin));
  if (save.kind === 'unchecked') return { swh: null, wayback: null, unchecked: [`swh: ${save.why}`], saveRequest: null };
  return { swh: null, wayback: null, unchecked: [], saveRequest: save.kind === 'copy' ? save.copy : null };
}
