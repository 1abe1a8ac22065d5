// The simulator's issue and pull request endpoints, over HTTP, against GitHub's REST docs: what the
// Action's `mode: issue` and the nightly's pull-request fallback rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';

const WRITE = 'sim_token_issues_write_01';
const READ_ONLY = 'sim_token_issues_read_001';

describe('simulator: issues and pulls', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      tokens: [{ token: WRITE, login: 'bot' }, { token: READ_ONLY, login: 'fork-bot', readOnly: true }],
      repos: [{ repo: 'octo/papers' }],
    } as Scenario);
  });
  afterAll(async () => sim?.close());

  const call = async (method: string, path: string, body?: unknown, token: string | null = WRITE) => {
    const res = await fetch(`${sim.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `token ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, headers: res.headers, data: (await res.json()) as Record<string, unknown> & Record<string, unknown>[] };
  };

  it('creates, lists by label and state, edits, comments on and closes an issue', async () => {
    const created = await call('POST', '/repos/octo/papers/issues', { title: 'Repository health', body: 'two problems', labels: ['repository-health'] });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${sim.url}/repos/octo/papers/issues/1`);
    expect(created.data).toMatchObject({ number: 1, state: 'open', title: 'Repository health', body: 'two problems', comments: 0, closed_at: null, state_reason: null });
    expect((created.data.labels as unknown as { name: string }[]).map((l) => l.name)).toEqual(['repository-health']);
    await call('POST', '/repos/octo/papers/issues', { title: 'unrelated' });
    expect((await call('GET', '/repos/octo/papers/issues?labels=repository-health')).data.map((i) => i.number)).toEqual([1]);
    expect((await call('GET', '/repos/octo/papers/issues')).data.map((i) => i.number)).toEqual([2, 1]);
    const edited = await call('PATCH', '/repos/octo/papers/issues/1', { body: 'one problem' });
    expect(edited.data).toMatchObject({ number: 1, body: 'one problem', state: 'open' });
    expect((await call('POST', '/repos/octo/papers/issues/1/comments', { body: 'all healthy' })).status).toBe(201);
    const closed = await call('PATCH', '/repos/octo/papers/issues/1', { state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    expect(closed.data.closed_at).toEqual(expect.any(String));
    expect((await call('GET', '/repos/octo/papers/issues?labels=repository-health')).data).toEqual([]);
    expect((await call('GET', '/repos/octo/papers/issues?state=closed')).data.map((i) => i.number)).toEqual([1]);
    expect((await call('GET', '/repos/octo/papers/issues/1/comments')).data.map((c) => c.body)).toEqual(['all healthy']);
  });

  it('pages with per_page and a link header', async () => {
    const first = await call('GET', '/repos/octo/papers/issues?state=all&per_page=1');
    expect(first.data).toHaveLength(1);
    expect(first.headers.get('link')).toContain('rel="next"');
  });

  it('answers 422 for a missing title, 404 for an unknown repository or issue, 401 and 403 for writes without the right', async () => {
    expect((await call('POST', '/repos/octo/papers/issues', { body: 'no title' })).data).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] });
    expect((await call('GET', '/repos/nobody/nothing/issues')).status).toBe(404);
    expect((await call('GET', '/repos/octo/papers/issues/99')).status).toBe(404);
    expect((await call('POST', '/repos/octo/papers/issues', { title: 'x' }, null)).status).toBe(401);
    const forbidden = await call('POST', '/repos/octo/papers/issues', { title: 'x' }, READ_ONLY);
    expect(forbidden.status).toBe(403);
    expect(forbidden.data.message).toBe('Resource not accessible by integration');
    expect((await call('GET', '/repos/octo/papers/issues', undefined, READ_ONLY)).status).toBe(200);
  });

  it('opens one pull request per head and base, numbered with the issues and listed among them', async () => {
    const pr = await call('POST', '/repos/octo/papers/pulls', { title: 'Refresh reports', head: 'repo-audit/reports', base: 'trunk', body: 'b' });
    expect(pr.status).toBe(201);
    expect(pr.data).toMatchObject({ number: 3, state: 'open', head: { ref: 'repo-audit/reports', label: 'octo:repo-audit/reports' }, base: { ref: 'trunk' } });
    const again = await call('POST', '/repos/octo/papers/pulls', { title: 'again', head: 'repo-audit/reports', base: 'trunk' });
    expect(again.status).toBe(422);
    expect(JSON.stringify(again.data)).toContain('A pull request already exists for octo:repo-audit/reports.');
    expect((await call('GET', '/repos/octo/papers/pulls?head=octo:repo-audit/reports&state=open')).data.map((p) => p.number)).toEqual([3]);
    const listed = (await call('GET', '/repos/octo/papers/issues?state=all')).data.find((i) => i.number === 3);
    expect(listed?.pull_request).toBeDefined();
  });
});
