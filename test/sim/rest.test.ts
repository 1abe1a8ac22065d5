// REST behaviour of the simulator, driven with undici directly (no redirects followed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { smallScenario, TOKEN } from './fixtures.js';

let sim: RunningSimulator;
const auth = { authorization: `token ${TOKEN}` };

async function get(path: string, headers: Record<string, string> = auth) {
  const res = await request(sim.url + path, { headers });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

beforeAll(async () => {
  sim = await startSimulator(smallScenario(), { clock: 'frozen' });
});
afterAll(() => sim.close());

describe('GET /repos/{owner}/{repo}', () => {
  it('answers in canonical case for any case, with an ETag and rate-limit headers', async () => {
    const r = await get('/repos/openlab/FOCUS-detr');
    expect(r.status).toBe(200);
    expect(r.body!.full_name).toBe('OpenLab/Focus-DETR');
    expect(r.body!.license).toMatchObject({ spdx_id: 'MIT', key: 'mit' });
    expect(r.body!.stargazers_count).toBe(420);
    expect(r.headers.etag).toMatch(/^W\/"[0-9a-f]+"$/);
    expect(r.headers['x-ratelimit-limit']).toBe('100');
    expect(r.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(r.headers['x-ratelimit-reset'])).toBe(Date.parse('2026-11-01T01:00:00Z') / 1000);
  });

  it('answers If-None-Match with a 304 that costs nothing', async () => {
    const first = await get('/repos/OpenLab/Focus-DETR');
    const before = Number(first.headers['x-ratelimit-remaining']);
    const again = await get('/repos/OpenLab/Focus-DETR', { ...auth, 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(Number(again.headers['x-ratelimit-remaining'])).toBe(before);
    expect(sim.log.entries().at(-1)).toMatchObject({ status: 304, cost: 0 });
  });

  it('answers If-Modified-Since with a free 304 when nothing changed since', async () => {
    const first = await get('/repos/OpenLab/Focus-DETR');
    expect((await get('/repos/OpenLab/Focus-DETR', { ...auth, 'if-modified-since': first.headers['last-modified']! })).status).toBe(304);
    expect((await get('/repos/OpenLab/Focus-DETR', { ...auth, 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' })).status).toBe(200);
  });

  it('redirects a renamed repository to /repositories/{id} with the recorded body', async () => {
    const r = await get('/repos/someone/OLD-NAME');
    expect(r.status).toBe(301);
    const target = await get(new URL(r.headers.location!).pathname);
    expect(target.body!.full_name).toBe('someone/new-name');
    expect(r.body).toEqual({ message: 'Moved Permanently', url: r.headers.location, documentation_url: 'https://docs.github.com/v3/#http-redirects' });
    expect(target.body!.archived).toBe(true);
  });

  it('redirects a transferred repository too; a fork carries its parent and source', async () => {
    const r = await get('/repos/someone/given-away');
    expect(r.status).toBe(301);
    const fork = (await get(new URL(r.headers.location!).pathname)).body!;
    expect(fork).toMatchObject({ full_name: 'neworg/given-away', fork: true, parent: { full_name: 'OpenLab/Focus-DETR' }, source: { full_name: 'OpenLab/Focus-DETR' } });
    expect((await get('/repos/OpenLab/Focus-DETR')).body!.parent).toBeUndefined();
  });

  it('sends GitHub’s bodies for 404, 451 and 403', async () => {
    for (const path of ['/repos/someone/deleted', '/repos/nobody/never-existed']) {
      expect(await get(path)).toMatchObject({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' } });
    }
    const dmca = await get('/repos/someone/taken-down');
    expect(dmca.status).toBe(451);
    expect(dmca.body).toMatchObject({ message: 'Repository access blocked', block: { reason: 'dmca', created_at: '2024-02-02T00:00:00Z' } });
    expect(dmca.body!.block.html_url).toMatch(/^https:\/\/github\.com\/github\/dmca\/blob\/master\//);
    expect(await get('/repos/someone/tos')).toMatchObject({ status: 403, body: { message: 'Repository access blocked', block: { reason: 'tos', html_url: 'https://github.com/tos' } } });
  });

  it('rejects an unknown token with 401 Bad credentials', async () => {
    const r = await get('/repos/OpenLab/Focus-DETR', { authorization: 'token not-a-real-token' });
    expect(r).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    expect(sim.log.entries().at(-1)!.token).not.toContain('not-a-real-token');
  });
});

describe('other REST routes', () => {
  it('answers 409 on /commits of an empty repository and a Link header otherwise', async () => {
    expect(await get('/repos/someone/empty-repo/commits?per_page=1')).toMatchObject({ status: 409, body: { message: 'Git Repository is empty.' } });
    const r = await get('/repos/OpenLab/Focus-DETR/commits?per_page=1');
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(1);
    expect(r.headers.link).toContain('page=57>; rel="last"');
  });

  it('serves contents per ref, 404 for missing paths', async () => {
    const dir = await get('/repos/OpenLab/Focus-DETR/contents/Focus-DETR');
    expect((dir.body as unknown as { name: string }[]).map((e) => e.name)).toEqual(['main.py']);
    expect((await get('/repos/OpenLab/Focus-DETR/contents/models/detr.py?ref=main')).body).toMatchObject({ type: 'file', path: 'models/detr.py' });
    expect((await get('/repos/OpenLab/Focus-DETR/contents/old/thing.py?ref=v1')).status).toBe(200);
    expect((await get('/repos/OpenLab/Focus-DETR/contents/old/thing.py')).status).toBe(404);
    expect((await get('/repos/OpenLab/Focus-DETR/contents/gone')).status).toBe(404);
    expect((await get('/repos/OpenLab/Focus-DETR/contents/models%2Fdetr.py')).body).toMatchObject({ path: 'models/detr.py' });
    expect((await get('/repos/OpenLab/Focus-DETR/contents/%E0%A4%A')).status).toBe(404);
  });

  it('serves /license, 404 without one', async () => {
    expect((await get('/repos/OpenLab/Focus-DETR/license')).body).toMatchObject({ license: { spdx_id: 'MIT' } });
    expect((await get('/repos/someone/placeholder/license')).body).toMatchObject({ license: { spdx_id: 'NOASSERTION', key: 'other', url: null } });
    expect((await get('/repos/someone/empty-repo/license')).status).toBe(404);
  });

  it('also serves the GitHub Enterprise layout (/api/v3), with links under it', async () => {
    const r = await get('/api/v3/repos/someone/old-name');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`${sim.url}/api/v3/repositories/1004`);
    expect((await get('/api/v3/repositories/1004')).body!.url).toBe(`${sim.url}/api/v3/repos/someone/new-name`);
  });

  it('sends the x-ratelimit-* headers on every answer, errors included', async () => {
    const etag = (await get('/repos/OpenLab/Focus-DETR')).headers.etag!;
    const answers = [
      await get('/repos/OpenLab/Focus-DETR', { ...auth, 'if-none-match': etag }),
      await get('/repos/nobody/none'),
      await get('/repos/someone/taken-down'),
      await get('/repos/someone/old-name'),
      await get('/repos/someone/flaky'),
      await get('/nothing/here'),
      await get('/', { authorization: 'token wrong-token-123' }),
      await get('/', {}),
    ];
    expect(answers.map((a) => a.status)).toEqual([304, 404, 451, 301, 503, 404, 401, 200]);
    for (const a of answers) {
      for (const h of ['limit', 'remaining', 'used', 'reset', 'resource']) expect(a.headers[`x-ratelimit-${h}`], `${a.status} ${h}`).toBeDefined();
    }
    expect(answers.at(-1)!.headers['x-ratelimit-limit']).toBe('60');
  });

  it('answers /users/{login} and /orgs/{org} for owners, in canonical case', async () => {
    expect((await get('/users/openlab')).body).toMatchObject({ login: 'OpenLab', type: 'Organization', public_repos: 1 });
    expect((await get('/orgs/OPENLAB')).status).toBe(200);
    expect((await get('/users/nobody-at-all')).status).toBe(404);
  });

  it('answers /rate_limit for free and GET /', async () => {
    const a = await get('/rate_limit');
    const b = await get('/rate_limit');
    expect(b.body!.resources.core.remaining).toBe(a.body!.resources.core.remaining);
    expect(b.body!.resources.graphql.limit).toBe(50);
    const root = await get('/');
    expect(root.body!.repository_url).toBe(`${sim.url}/repos/{owner}/{repo}`);
    expect(root.headers['x-ratelimit-limit']).toBeDefined();
  });
});
