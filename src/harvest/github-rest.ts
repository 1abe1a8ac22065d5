// The no-token path (and the follow-up that tells 451/403-blocked from 404 after GraphQL):
// GET /repos/{o}/{r} with stored ETags (a 304 is free), `moved` from the 301, and
// commits?per_page=1 only when `size` is 0 (the one case where "empty" is in doubt).
import type { RepoFacts, RepoRef, TreeEntry } from '../types.js';
import type { ApiResponse } from './client.js';
import { nowIso, type GitHubContext } from './context.js';
import { blankFacts, splitSubpath, unknownFacts } from './facts.js';
import { factsFromRest, missingFacts, type RestRepo } from './github-map.js';
import { verdictOf } from './policy.js';

const enc = (s: string): string => s.split('/').map(encodeURIComponent).join('/');

/** GET with If-None-Match from the cache; a 304 is answered from the stored body. */
export async function conditionalGet(ctx: GitHubContext, pathOrUrl: string): Promise<ApiResponse> {
  const url = /^https?:/i.test(pathOrUrl) ? pathOrUrl : ctx.client.apiUrl + pathOrUrl;
  const cached = await ctx.cache.getHttp(url);
  const res = await ctx.pool.send('core', 1, (client) => client.get(url, { etag: cached?.etag ?? null, ...(ctx.signal ? { signal: ctx.signal } : {}) }));
  if (res.status === 304 && cached) {
    ctx.stats.notModified++;
    return { status: cached.status, headers: res.headers, data: cached.data };
  }
  const etag = res.headers.etag;
  if (etag && res.status === 200) await ctx.cache.putHttp({ url, etag, status: res.status, data: res.data, savedAt: ctx.clock.now() });
  return res;
}

function messageOf(res: ApiResponse): string {
  const m = (res.data as { message?: unknown } | null)?.message;
  return res.status === 0 ? `no answer: ${String(m ?? 'network error')}` : `HTTP ${res.status}${typeof m === 'string' ? `: ${m.slice(0, 200)}` : ''}`;
}

/** A 403 that is an answer about the repository, not a rate limit the policy gave up on. */
function isBlocked403(res: ApiResponse): boolean {
  if (res.status !== 403 || verdictOf(res) !== 'ok') return false;
  const data = res.data as { block?: unknown; message?: unknown } | null;
  return data?.block != null || /access blocked|disabled/i.test(String(data?.message ?? ''));
}

const TYPE_OF: Record<string, string> = { file: 'blob', dir: 'tree', submodule: 'commit', symlink: 'blob' };

/** Root entries, emptiness and linked sub-paths of a found repository (REST). */
export async function restDetails(ctx: GitHubContext, ref: RepoRef, facts: RepoFacts, size: number): Promise<RepoFacts> {
  const full = enc(facts.canonicalRepo ?? ref.repo ?? '');
  let out = { ...facts, empty: size > 0 ? false : null };
  if (size === 0) {
    // size is computed hourly and is 0 at creation: only the commits endpoint can tell (409 = empty).
    const commits = await conditionalGet(ctx, `/repos/${full}/commits?per_page=1`);
    if (commits.status === 409) return { ...out, empty: true, rootEntries: [], subpaths: Object.fromEntries(ref.paths.map((p) => [p, false])) };
    if (commits.status === 200) {
      const first = (commits.data as { commit?: { committer?: { date?: string } } }[])[0];
      out = { ...out, empty: false, lastCommitAt: first?.commit?.committer?.date ?? null };
    }
  }
  const root = await conditionalGet(ctx, `/repos/${full}/contents/`);
  if (root.status === 200 && Array.isArray(root.data)) {
    out.rootEntries = (root.data as { name: string; type: string }[]).map((e): TreeEntry => ({ name: e.name, type: TYPE_OF[e.type] ?? e.type }));
  }
  for (const p of ref.paths) {
    const { ref: gitRef, path } = splitSubpath(p);
    const q = gitRef ? `?ref=${encodeURIComponent(gitRef)}` : '';
    const res = await conditionalGet(ctx, `/repos/${full}/contents/${enc(path)}${q}`);
    out.subpaths[p] = res.status === 200 ? true : res.status === 404 ? false : null;
  }
  return out;
}

/** What one repository GET decides: the outcome, and for a found repository its `size`. */
export async function restCore(ctx: GitHubContext, ref: RepoRef): Promise<{ facts: RepoFacts; size: number | null }> {
  const at = nowIso(ctx.clock);
  let res = await conditionalGet(ctx, `/repos/${enc(ref.repo ?? '')}`);
  let moved = false;
  for (let hops = 0; (res.status === 301 || res.status === 302 || res.status === 307) && hops < 3; hops++) {
    const location = res.headers.location ?? (res.data as { url?: string } | null)?.url;
    if (!location) break;
    moved = true; // a rename or transfer (github-api.md: 301 → /repositories/<id>)
    res = await conditionalGet(ctx, new URL(location, ctx.client.apiUrl + '/').toString());
  }
  if (res.status === 200) {
    const repo = res.data as RestRepo;
    return { facts: factsFromRest(ref, repo, moved, at), size: repo.size };
  }
  if (res.status === 404 || res.status === 451 || isBlocked403(res)) return { facts: missingFacts(ref, res.status, res.data, 'rest', at), size: null };
  return { facts: unknownFacts(ref, messageOf(res), 'rest', at, res.status || null), size: null };
}

/** Everything REST can tell about one repository. */
export async function restLookup(ctx: GitHubContext, ref: RepoRef): Promise<RepoFacts> {
  const { facts, size } = await restCore(ctx, ref);
  return size === null ? facts : restDetails(ctx, ref, facts, size);
}

/** An owner page without a token: GET /users/{login} (users and organisations alike). */
export async function restOwnerLookup(ctx: GitHubContext, ref: RepoRef): Promise<RepoFacts> {
  const at = nowIso(ctx.clock);
  const res = await conditionalGet(ctx, `/users/${encodeURIComponent(ref.repo ?? '')}`);
  if (res.status === 200) {
    const u = res.data as { login: string; html_url: string };
    return { ...blankFacts(ref, 'found', 'rest', at), httpStatus: 200, canonicalRepo: u.login, canonicalUrl: u.html_url };
  }
  if (res.status === 404) return { ...blankFacts(ref, 'not-found', 'rest', at), httpStatus: 404 };
  return unknownFacts(ref, messageOf(res), 'rest', at, res.status || null);
}
