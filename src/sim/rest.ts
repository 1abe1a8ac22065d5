// The REST router: `GET /`, `/rate_limit`, `/repos/{o}/{r}/…` and `/repositories/{id}/…`.
import type { BudgetView } from './limits.js';
import { json, type SimResponse } from './response.js';
import { notFound } from './rest-bodies.js';
import { nodeId, ownerId } from './rest-repo.js';
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

/** `GET /users/{login}` (users and organisations) and `GET /orgs/{org}` (organisations only). */
function account(ctx: RestContext, orgsOnly: boolean, login: string): SimResponse {
  const found = ctx.store.owners.get(login.toLowerCase());
  const doc = orgsOnly ? 'https://docs.github.com/rest/orgs/orgs#get-an-organization' : 'https://docs.github.com/rest/users/users#get-a-user';
  if (!found || (orgsOnly && found.type !== 'Organization')) return json(404, notFound(doc));
  const id = ownerId(found.login);
  const u = `${ctx.api}/${orgsOnly ? 'orgs' : 'users'}/${found.login}`;
  return json(200, {
    login: found.login, id, node_id: nodeId(found.type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`, url: u, html_url: `https://github.com/${found.login}`,
    repos_url: `${u}/repos`, type: found.type, site_admin: false, name: null, public_repos: ctx.store.countOwned(found.login),
  });
}

/** `GET /user`: the token's account (401 without a token, as GitHub answers). */
function viewer(ctx: RestContext): SimResponse {
  if (ctx.viewer?.app) return json(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
  if (!ctx.viewer) return json(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '401' });
  const { login, id } = ctx.viewer;
  return json(200, { login, id, node_id: nodeId('User', id), type: 'User', site_admin: false, url: `${ctx.api}/users/${login}`, html_url: `https://github.com/${login}` });
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
  if (path === '/user') return viewer(ctx);
  let m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
  if (m) {
    const owner = decode(m[1]!);
    const name = decode(m[2]!);
    const sub = decode(m[3] ?? '');
    if (owner === null || name === null || sub === null) return json(404, generic);
    return repoRoute(ctx, ctx.store.find(owner, name), sub, query);
  }
  m = /^\/(users|orgs)\/([^/]+)$/.exec(path);
  if (m) return account(ctx, m[1] === 'orgs', decode(m[2]!) ?? '');
  m = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  if (m) {
    const repo = ctx.store.findById(Number(m[1]));
    return repoRoute(ctx, repo, m[2] ?? '', query);
  }
  return json(404, generic);
}
