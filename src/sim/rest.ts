// The REST router: `GET /`, `/rate_limit`, `/repos/{o}/{r}/…` and `/repositories/{id}/…`.
import type { BudgetView } from './limits.js';
import { json, type SimResponse } from './response.js';
import { notFound } from './rest-bodies.js';
import { repoRoute, type RestContext } from './rest-repos.js';

function root(api: string): Record<string, string> {
  return {
    current_user_url: `${api}/user`,
    rate_limit_url: `${api}/rate_limit`,
    repository_url: `${api}/repos/{owner}/{repo}`,
    user_url: `${api}/users/{user}`,
    organization_url: `${api}/orgs/{org}`,
    emojis_url: `${api}/emojis`,
  };
}

function rateLimit(views: { core: BudgetView; graphql: BudgetView }): SimResponse {
  const plain = (v: BudgetView) => ({ limit: v.limit, used: v.used, remaining: v.remaining, reset: v.reset });
  // GET /rate_limit does not count against the primary limit (github-api.md).
  return json(200, { resources: { core: plain(views.core), graphql: plain(views.graphql) }, rate: plain(views.core) }, { charged: false });
}

/** decodeURIComponent that answers null for a malformed escape (GitHub answers those 404). */
function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function restRoute(
  ctx: RestContext,
  method: string,
  pathname: string,
  query: URLSearchParams,
  views: () => { core: BudgetView; graphql: BudgetView },
): SimResponse {
  const generic = notFound('https://docs.github.com/rest');
  if (method !== 'GET' && method !== 'HEAD') return json(404, generic);
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return json(200, root(ctx.api));
  if (path === '/rate_limit') return rateLimit(views());
  let m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
  if (m) {
    const owner = decode(m[1]!);
    const name = decode(m[2]!);
    const sub = decode(m[3] ?? '');
    if (owner === null || name === null || sub === null) return json(404, generic);
    return repoRoute(ctx, ctx.store.find(owner, name), sub, query);
  }
  m = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  if (m) {
    const repo = ctx.store.findById(Number(m[1]));
    return repoRoute(ctx, repo, m[2] ?? '', query);
  }
  return json(404, generic);
}
