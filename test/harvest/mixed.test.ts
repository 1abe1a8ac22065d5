// One harvest over every kind of target: GitHub (simulator), another forge and web links (local
// server). The token goes to the GitHub API host only; --no-web leaves the rest unknown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/index.js';
import type { RunningSimulator } from '../../src/sim/index.js';
import type { RepoRef } from '../../src/types.js';
import { json, startLocalServer, type LocalServer } from './helpers/local-server.js';
import { githubRef, simClock, simOptions, startSim, tempDir, TOKEN, tokenEntry } from './helpers/sim.js';

let sim: RunningSimulator;
let web: LocalServer;
beforeAll(async () => {
  sim = await startSim({ now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], repos: [{ repo: 'lab/a' }] });
  web = await startLocalServer({
    '/page': (_q, r) => void r.writeHead(200).end('ok'),
    '/api/v4/projects/grp%2Fproj': json(200, { path_with_namespace: 'grp/proj', web_url: 'x', star_count: 1, forks_count: 0, last_activity_at: null, created_at: null, archived: false, empty_repo: false, description: null, default_branch: 'main' }),
  });
});
afterAll(async () => {
  await sim.close();
  await web.close();
});

const webRef = (url: string): RepoRef => ({ key: `web:${url}`, forge: null, kind: 'web', repo: null, url, paths: [], papers: [1] });
const gitlabRef: RepoRef = { key: 'gitlab/grp/proj', forge: 'gitlab', kind: 'repo', repo: 'grp/proj', url: 'https://gitlab.com/grp/proj', paths: [], papers: [2] };

describe('a mixed harvest', () => {
  it('checks forges and web links without the token, in input order', async () => {
    const tmp = await tempDir();
    try {
      const refs = [webRef(`${web.url}/page`), githubRef('lab/a'), gitlabRef, webRef(`${web.url}/missing`)];
      const options = simOptions(sim, tmp.dir, { checkWeb: true, allowPrivateHosts: true, forgeUrls: { gitlab: web.url } });
      const run = await harvest(refs, options, { clock: simClock(sim) });
      expect(run.facts.map((f) => [f.key, f.outcome, f.via])).toEqual([
        [refs[0]!.key, 'found', 'web'],
        ['github/lab/a', 'found', 'graphql'],
        ['gitlab/grp/proj', 'found', 'gitlab-api'],
        [refs[3]!.key, 'not-found', 'web'],
      ]);
      expect(web.hits.length).toBeGreaterThanOrEqual(3);
      expect(web.hits.every((h) => h.authorization === undefined)).toBe(true);
      expect(JSON.stringify(web.hits)).not.toContain(TOKEN);
      expect(run.stats.webRequests).toBe(web.hits.length);
    } finally {
      await tmp.remove();
    }
  });

  it('--no-web: other forges and web links are unknown "not checked (--no-web)" and nothing is sent', async () => {
    const tmp = await tempDir();
    const before = web.hits.length;
    try {
      const run = await harvest([webRef(`${web.url}/page`), gitlabRef], simOptions(sim, tmp.dir, { checkWeb: false, forgeUrls: { gitlab: web.url } }), { clock: simClock(sim) });
      expect(run.facts.map((f) => [f.outcome, f.error])).toEqual([
        ['unknown', 'not checked (--no-web)'],
        ['unknown', 'not checked (--no-web)'],
      ]);
      expect(web.hits.length).toBe(before);
      expect(run.incomplete).toBeNull();
    } finally {
      await tmp.remove();
    }
  });

  it('an aborted run stops cleanly: incomplete, everything unanswered unknown, nothing thrown', async () => {
    const tmp = await tempDir();
    try {
      const controller = new AbortController();
      controller.abort();
      const run = await harvest([githubRef('lab/a')], simOptions(sim, tmp.dir), { clock: simClock(sim), signal: controller.signal });
      expect(run.incomplete?.reason).toMatch(/interrupted/);
      expect(run.facts[0]).toMatchObject({ outcome: 'unknown', error: expect.stringMatching(/interrupted/) });
    } finally {
      await tmp.remove();
    }
  });

  it('a GitHub Enterprise style endpoint (/api/graphql) is handled like /graphql', async () => {
    const tmp = await tempDir();
    try {
      sim.log.clear();
      const run = await harvest([githubRef('lab/a')], simOptions(sim, tmp.dir, { graphqlUrl: `${sim.url}/api/graphql` }), { clock: simClock(sim) });
      expect(run.facts[0]).toMatchObject({ outcome: 'found', via: 'graphql' });
      expect(sim.log.entries().map((e) => e.path)).toEqual(['/rate_limit', '/api/graphql']);
    } finally {
      await tmp.remove();
    }
  });
});
