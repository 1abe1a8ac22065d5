// REST routes about one repository: the repository itself, its commits, contents and licence.
// A renamed/transferred repository answers 301 to `/repositories/{id}` (@octokit/fixtures
// `rename-repository`); deleted ones 404; DMCA 451; ToS-blocked 403 (github-api.md).
import { createHash } from 'node:crypto';
import { licenseInfo, LICENSE_FILE } from './license.js';
import { json, type SimResponse } from './response.js';
import { restRepository } from './rest-repo.js';
import { accessBlocked, EMPTY_REPOSITORY, movedPermanently, notFound } from './rest-bodies.js';
import type { ResolvedScenario } from './scenario.js';
import { RepoStore, type SimRepo } from './store.js';

export interface RestContext {
  store: RepoStore;
  scenario: ResolvedScenario;
  /** REST base of this simulator, e.g. http://127.0.0.1:PORT */
  api: string;
  /** Short token label, so ETags differ per token as GitHub's reportedly do. */
  tokenLabel: string;
  /** The token owner's login ('' without a token): private repositories are visible only to their owner. */
  login: string;
  /** The authenticated caller (`GET /user`), null without a token. */
  viewer?: { login: string; id: number; app: boolean } | null;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

/** 301/404/451/403 for a repository that cannot be served as itself; null when it can. */
function unavailable(ctx: RestContext, repo: SimRepo | undefined, sub: string): SimResponse | null {
  if (!repo || repo.state === 'not-found' || !RepoStore.visibleTo(repo, ctx.login)) return json(404, notFound());
  if (repo.state === 'renamed' || repo.state === 'transferred') {
    const target = ctx.store.resolve(repo);
    if (!target) return json(404, notFound());
    const location = `${ctx.api}/repositories/${target.id}${sub}`;
    return json(301, movedPermanently(location), { headers: { location }, repos: [repo.repo] });
  }
  const at = repo.blockedAt ?? repo.pushedAt;
  if (repo.state === 'dmca') {
    const url = repo.blockUrl ?? `https://github.com/github/dmca/blob/master/${at.slice(0, 4)}/${at.slice(5, 7)}/${at.slice(0, 10)}-${repo.name.toLowerCase()}.md`;
    return json(451, accessBlocked('dmca', at, url), { repos: [repo.repo] });
  }
  if (repo.state === 'blocked') return json(403, accessBlocked('tos', at, repo.blockUrl ?? 'https://github.com/tos'), { repos: [repo.repo] });
  // UNCONFIRMED (behaviour.restDisabled): a disabled repository answers like a ToS block, or 200 with disabled: true.
  if (repo.state === 'disabled' && ctx.scenario.behaviour.restDisabled === '403') {
    return json(403, accessBlocked('disabled', at, repo.blockUrl ?? 'https://github.com/tos'), { repos: [repo.repo] });
  }
  return null;
}

function etagOf(body: unknown, label: string): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body)).update(label).digest('hex').slice(0, 32)}"`;
}

/** 200 with an ETag, or 304 (free) when the client already holds it. */
function withEtag(ctx: RestContext, body: unknown, repo: SimRepo, extra: Record<string, string> = {}): SimResponse {
  const etag = etagOf(body, ctx.tokenLabel);
  const headers = { etag, 'last-modified': new Date(repo.updatedAt).toUTCString(), ...extra };
  const held = (ctx.ifNoneMatch ?? '').split(',').map((s) => s.trim().replace(/^W\//, ''));
  // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); Last-Modified has 1 s resolution.
  const since = ctx.ifNoneMatch === null && ctx.ifModifiedSince !== null ? Date.parse(ctx.ifModifiedSince) : NaN;
  const fresh = held.includes(etag.replace(/^W\//, '')) || since >= Math.floor(Date.parse(repo.updatedAt) / 1000) * 1000;
  if (fresh) return { status: 304, headers, charged: false, repos: [repo.repo] };
  return json(200, body, { headers: { 'cache-control': 'private, max-age=60, s-maxage=60', ...headers }, repos: [repo.repo] });
}

function commits(ctx: RestContext, repo: SimRepo, query: URLSearchParams, base: string): SimResponse {
  if (repo.empty) return json(409, EMPTY_REPOSITORY, { repos: [repo.repo] });
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const total = repo.commitCount;
  const list = [];
  for (let i = (page - 1) * perPage; i < Math.min(total, page * perPage); i++) {
    const sha = createHash('sha1').update(`${repo.repo}#${i}`).digest('hex');
    const date = i === 0 ? repo.lastCommitAt : repo.createdAt;
    list.push({
      sha,
      node_id: Buffer.from(`06:Commit${sha}`).toString('base64'),
      commit: { author: { name: repo.owner, date }, committer: { name: repo.owner, date }, message: i === 0 ? 'Latest commit' : 'Commit', tree: { sha } },
      url: `${ctx.api}/repos/${repo.repo}/commits/${sha}`,
      html_url: `https://github.com/${repo.repo}/commit/${sha}`,
    });
  }
  const last = Math.max(1, Math.ceil(total / perPage));
  const headers: Record<string, string> = {};
  if (last > 1) {
    const link = (p: number, rel: string): string => `<${ctx.api}${base}/commits?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const parts = [];
    if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) parts.push(link(1, 'first'), link(page - 1, 'prev'));
    headers.link = parts.join(', ');
  }
  return withEtag(ctx, list, repo, headers);
}

function contentItem(ctx: RestContext, repo: SimRepo, path: string, type: string): Record<string, unknown> {
  const sha = createHash('sha1').update(`${repo.repo}:${path}`).digest('hex');
  const name = path.split('/').pop() ?? path;
  const url = `${ctx.api}/repos/${repo.repo}/contents/${path}`;
  return { name, path, sha, size: type === 'blob' ? 1024 : 0, url, html_url: `https://github.com/${repo.repo}/${type === 'blob' ? 'blob' : 'tree'}/${repo.defaultBranch}/${path}`, type: type === 'blob' ? 'file' : type === 'commit' ? 'submodule' : 'dir' };
}

function contents(ctx: RestContext, repo: SimRepo, path: string, query: URLSearchParams): SimResponse {
  const doc = 'https://docs.github.com/rest/repos/contents#get-repository-content';
  if (repo.empty) return json(404, { message: 'This repository is empty.', documentation_url: doc, status: '404' }, { repos: [repo.repo] });
  const ref = query.get('ref') || 'HEAD';
  const refKey = ref === repo.defaultBranch ? 'HEAD' : ref;
  const type = ctx.store.pathType(repo, refKey, path);
  if (type === undefined) return json(404, { message: `No commit found for the ref ${ref}`, documentation_url: doc, status: '404' }, { repos: [repo.repo] });
  if (type === null) return json(404, notFound(doc), { repos: [repo.repo] });
  const clean = path.replace(/^\/+|\/+$/g, '');
  if (type === 'tree') {
    const list = (ctx.store.entries(repo, refKey, clean) ?? []).map((e) => contentItem(ctx, repo, clean ? `${clean}/${e.name}` : e.name, e.type));
    return withEtag(ctx, list, repo);
  }
  return withEtag(ctx, { ...contentItem(ctx, repo, clean, type), encoding: 'base64', content: Buffer.from(`simulated ${clean}\n`).toString('base64') }, repo);
}

function license(ctx: RestContext, repo: SimRepo): SimResponse {
  const info = licenseInfo(repo.license, ctx.api);
  if (!info || repo.empty) return json(404, notFound('https://docs.github.com/rest/licenses/licenses#get-the-license-for-a-repository'), { repos: [repo.repo] });
  return withEtag(ctx, { ...contentItem(ctx, repo, LICENSE_FILE, 'blob'), license: info }, repo);
}

/** `/repos/{o}/{r}{sub}` or `/repositories/{id}{sub}` for a known (or unknown) repository. */
export function repoRoute(ctx: RestContext, repo: SimRepo | undefined, sub: string, query: URLSearchParams): SimResponse {
  const blocked = unavailable(ctx, repo, sub);
  if (blocked || !repo) return blocked ?? json(404, notFound());
  const base = `/repos/${repo.repo}`;
  if (sub === '') return withEtag(ctx, restRepository(repo, ctx.api, ctx.store.lineage(repo)), repo);
  if (sub === '/commits') return commits(ctx, repo, query, base);
  if (sub === '/license') return license(ctx, repo);
  if (sub === '/contents' || sub.startsWith('/contents/')) return contents(ctx, repo, sub.slice('/contents/'.length), query);
  return json(404, notFound('https://docs.github.com/rest'), { repos: [repo.repo] });
}
