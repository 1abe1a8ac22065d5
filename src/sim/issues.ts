// Issues and pull requests of the simulated repositories, after GitHub's REST docs ("Issues",
// "Issue comments", "Pulls"): what the Action's `mode: issue` and the nightly's pull-request fallback
// use. Issues and pull requests share one numbering per repository, and the issues list includes pull
// requests (each with a `pull_request` key), as on GitHub. A read-only token (a fork's pull_request
// run) gets 403 "Resource not accessible by integration" on every write.
import { json, type SimResponse } from './response.js';
import { notFound } from './rest-bodies.js';

const DOCS = 'https://docs.github.com/rest/issues/issues';
const PULL_DOCS = 'https://docs.github.com/rest/pulls/pulls';

interface Label {
  name: string;
}

export interface SimIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: Label[];
  comments: { id: number; body: string; login: string; createdAt: string }[];
  login: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set for pull requests. */
  pull: { head: string; base: string; headOwner: string } | null;
}

export interface IssueCaller {
  token: string | null;
  login: string;
  readOnly: boolean;
}

export interface IssuesContext {
  api: string;
  now: () => string;
  /** The repository as the store has it (null: 404). */
  find(owner: string, name: string): { owner: string; name: string } | null;
}

/** Every repository's issues and pull requests, in memory for the simulator's lifetime. */
export class IssueTracker {
  private readonly byRepo = new Map<string, SimIssue[]>();
  private nextCommentId = 1;

  list(owner: string, name: string): SimIssue[] {
    const key = `${owner}/${name}`.toLowerCase();
    let list = this.byRepo.get(key);
    if (!list) this.byRepo.set(key, (list = []));
    return list;
  }

  commentId(): number {
    return this.nextCommentId++;
  }
}

function validationFailed(resource: string, field: string, code = 'missing_field', docs = `${DOCS}#create-an-issue`): SimResponse {
  return json(422, { message: 'Validation Failed', errors: [{ resource, code, field }], documentation_url: docs, status: '422' });
}

function issueJson(api: string, owner: string, name: string, i: SimIssue): Record<string, unknown> {
  const repoUrl = `${api}/repos/${owner}/${name}`;
  const url = `${repoUrl}/issues/${i.number}`;
  const html = `https://github.com/${owner}/${name}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
  return {
    url, repository_url: repoUrl, labels_url: `${url}/labels{/name}`, comments_url: `${url}/comments`, events_url: `${url}/events`,
    html_url: html, id: 50_000 + i.number, node_id: `I_sim${i.number}`, number: i.number, title: i.title,
    user: { login: i.login, id: 1, type: 'User' },
    labels: i.labels.map((l, n) => ({ id: n + 1, node_id: `LA_sim${n + 1}`, url: `${repoUrl}/labels/${encodeURIComponent(l.name)}`, name: l.name, color: 'ededed', default: false, description: null })),
    state: i.state, locked: false, assignee: null, assignees: [], milestone: null, comments: i.comments.length,
    created_at: i.createdAt, updated_at: i.updatedAt, closed_at: i.closedAt, author_association: 'NONE', active_lock_reason: null,
    body: i.body, state_reason: i.stateReason,
    ...(i.pull ? { pull_request: { url: `${repoUrl}/pulls/${i.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null } } : {}),
  };
}

function pullJson(api: string, owner: string, name: string, i: SimIssue): Record<string, unknown> {
  const pull = i.pull!;
  return {
    url: `${api}/repos/${owner}/${name}/pulls/${i.number}`, id: 90_000 + i.number, number: i.number, state: i.state, title: i.title, body: i.body,
    html_url: `https://github.com/${owner}/${name}/pull/${i.number}`, user: { login: i.login, id: 1, type: 'User' },
    head: { label: `${pull.headOwner}:${pull.head}`, ref: pull.head }, base: { label: `${owner}:${pull.base}`, ref: pull.base },
    created_at: i.createdAt, updated_at: i.updatedAt, closed_at: i.closedAt, merged_at: null, draft: false,
  };
}

function parseBody(text: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(text || '{}') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** One page of a list, with GitHub's `link` header (per_page default 30, at most 100). */
function page<T>(items: T[], query: URLSearchParams, selfUrl: string): SimResponse {
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
  const current = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const r = json(200, items.slice((current - 1) * perPage, current * perPage));
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(query);
    q.set('page', String(p));
    return `<${selfUrl}?${q.toString()}>; rel="${rel}"`;
  };
  const links = [...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []), ...(current > 1 ? [link(1, 'first'), link(current - 1, 'prev')] : [])];
  if (links.length) r.headers.link = links.join(', ');
  return r;
}

function labelNames(value: unknown): Label[] {
  if (!Array.isArray(value)) return [];
  return value.map((l) => (typeof l === 'string' ? l : typeof l === 'object' && l && 'name' in l ? String((l as { name: unknown }).name) : '')).filter(Boolean).map((name) => ({ name }));
}

/**
 * `GET/POST /repos/{o}/{r}/issues`, `GET/PATCH /repos/{o}/{r}/issues/{n}`, `GET/POST …/issues/{n}/comments`,
 * `GET/POST /repos/{o}/{r}/pulls`; null for any other path (the repository routes answer those).
 */
export function issuesRoute(
  tracker: IssueTracker,
  ctx: IssuesContext,
  caller: IssueCaller,
  method: string,
  owner: string,
  name: string,
  sub: string,
  query: URLSearchParams,
  bodyText: string,
): SimResponse | null {
  const m = /^\/(issues|pulls)(?:\/(\d+)(\/comments)?)?$/.exec(sub);
  if (!m) return null;
  const [, kind, numberText, comments] = m;
  const repo = ctx.find(owner, name);
  if (!repo) return json(404, notFound(kind === 'pulls' ? PULL_DOCS : DOCS));
  const write = method !== 'GET' && method !== 'HEAD';
  if (write && caller.token === null) return json(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
  if (write && caller.readOnly) return json(403, { message: 'Resource not accessible by integration', documentation_url: kind === 'pulls' ? PULL_DOCS : DOCS, status: '403' });
  const body: Record<string, unknown> | null = write ? parseBody(bodyText) : {};
  if (body === null) return json(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
  const issues = tracker.list(repo.owner, repo.name);
  const base = `${ctx.api}/repos/${repo.owner}/${repo.name}/${kind}`;
  const render = (i: SimIssue) => (kind === 'pulls' ? pullJson : issueJson)(ctx.api, repo.owner, repo.name, i);
  const now = ctx.now();

  if (!numberText) {
    if (method === 'GET') {
      const state = query.get('state') ?? 'open';
      const wanted = (query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const head = query.get('head');
      const list = issues
        .filter((i) => (kind === 'pulls' ? i.pull !== null : true))
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
        .filter((i) => !head || (i.pull !== null && `${i.pull.headOwner}:${i.pull.head}` === head))
        .filter((i) => !query.get('base') || i.pull?.base === query.get('base'))
        .sort((a, b) => b.number - a.number); // newest first, GitHub's default sort
      return page(list.map(render), query, base);
    }
    if (method !== 'POST') return json(404, notFound(DOCS));
    const title = typeof body.title === 'string' ? body.title.trim() : '';
    if (!title) return validationFailed(kind === 'pulls' ? 'PullRequest' : 'Issue', 'title', 'missing_field', kind === 'pulls' ? `${PULL_DOCS}#create-a-pull-request` : undefined);
    let pull: SimIssue['pull'] = null;
    if (kind === 'pulls') {
      const headText = typeof body.head === 'string' ? body.head : '';
      const baseRef = typeof body.base === 'string' ? body.base : '';
      if (!headText) return validationFailed('PullRequest', 'head', 'missing_field', `${PULL_DOCS}#create-a-pull-request`);
      if (!baseRef) return validationFailed('PullRequest', 'base', 'missing_field', `${PULL_DOCS}#create-a-pull-request`);
      const [headOwner, head] = headText.includes(':') ? (headText.split(':', 2) as [string, string]) : [repo.owner, headText];
      if (issues.some((i) => i.state === 'open' && i.pull?.head === head && i.pull.headOwner === headOwner && i.pull.base === baseRef)) {
        return json(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${headOwner}:${head}.` }],
          documentation_url: `${PULL_DOCS}#create-a-pull-request`,
          status: '422',
        });
      }
      pull = { head, base: baseRef, headOwner };
    }
    const issue: SimIssue = {
      number: issues.length + 1, title, body: typeof body.body === 'string' ? body.body : null, state: 'open', stateReason: null,
      labels: labelNames(body.labels), comments: [], login: caller.login || 'github-actions[bot]', createdAt: now, updatedAt: now, closedAt: null, pull,
    };
    issues.push(issue);
    const r = json(201, render(issue));
    r.headers.location = `${base}/${issue.number}`;
    return r;
  }

  const issue = issues.find((i) => i.number === Number(numberText));
  if (!issue || (kind === 'pulls' && !issue.pull)) return json(404, notFound(kind === 'pulls' ? PULL_DOCS : DOCS));
  if (comments) {
    if (kind === 'pulls') return json(404, notFound(PULL_DOCS));
    const commentUrl = (id: number) => `${ctx.api}/repos/${repo.owner}/${repo.name}/issues/comments/${id}`;
    const commentJson = (c: SimIssue['comments'][number]) => ({ id: c.id, url: commentUrl(c.id), body: c.body, user: { login: c.login, id: 1, type: 'User' }, created_at: c.createdAt, updated_at: c.createdAt });
    if (method === 'GET') return page(issue.comments.map(commentJson), query, `${base}/${issue.number}/comments`);
    if (method !== 'POST') return json(404, notFound(DOCS));
    if (typeof body.body !== 'string' || body.body === '') return validationFailed('IssueComment', 'body', 'missing_field', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
    const comment = { id: tracker.commentId(), body: body.body, login: caller.login || 'github-actions[bot]', createdAt: now };
    issue.comments.push(comment);
    issue.updatedAt = now;
    return json(201, commentJson(comment));
  }
  if (method === 'GET') return json(200, render(issue));
  if (method !== 'PATCH') return json(404, notFound(DOCS));
  if ('title' in body && typeof body.title === 'string') issue.title = body.title;
  if ('body' in body) issue.body = typeof body.body === 'string' ? body.body : null;
  if ('labels' in body) issue.labels = labelNames(body.labels);
  if ('state' in body) {
    if (body.state !== 'open' && body.state !== 'closed') return validationFailed('Issue', 'state', 'invalid', `${DOCS}#update-an-issue`);
    if (body.state === 'closed' && issue.state === 'open') {
      issue.closedAt = now;
      issue.stateReason = body.state_reason === 'not_planned' ? 'not_planned' : 'completed';
    } else if (body.state === 'open' && issue.state === 'closed') {
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    }
    issue.state = body.state;
  }
  issue.updatedAt = now;
  return json(200, render(issue));
}
