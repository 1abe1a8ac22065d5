// Other forges through their public APIs, pointed at a local server (configurable bases).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/harvest/clock.js';
import { ForgeClient } from '../../src/harvest/forges/index.js';
import { DEFAULTS } from '../../src/options.js';
import type { Forge, RepoRef } from '../../src/types.js';
import { json, startLocalServer, type LocalServer } from './helpers/local-server.js';

const ref = (forge: Forge, repo: string): RepoRef => ({ key: `${forge}/${repo}`.toLowerCase(), forge, kind: 'repo', repo, url: `https://example/${repo}`, paths: [], papers: [0] });

let server: LocalServer;
let busy = 0;
beforeAll(async () => {
  server = await startLocalServer({
    '/api/v4/projects/group%2Fsub%2Fproj': json(200, { path_with_namespace: 'group/sub/proj', web_url: 'https://gitlab.com/group/sub/proj', star_count: 7, forks_count: 1, last_activity_at: '2024-01-01T00:00:00Z', created_at: null, archived: true, empty_repo: false, description: 'd', topics: ['x'], default_branch: 'main', license: { key: 'mit' } }),
    '/api/v5/repos/o/gone': json(404, { message: 'Not Found Project' }),
    '/api/v1/repos/o/r': json(200, { full_name: 'o/r', html_url: 'https://codeberg.org/o/r', stars_count: 3, forks_count: 0, updated_at: '2023-05-05T00:00:00Z', created_at: null, archived: false, empty: true, fork: false, description: '', website: '', language: '', default_branch: 'main' }),
    '/2.0/repositories/ws/private': json(403, { type: 'error' }),
    '/api/datasets/org/name': json(200, { id: 'org/name', likes: 12, lastModified: '2024-02-02T00:00:00Z', cardData: { license: 'cc-by-4.0' }, tags: ['license:cc-by-4.0', 'vision'] }),
    '/api/models/org/missing': json(401, { error: 'Repository Not Found' }),
    '/api/v5/repos/o/flaky': (_q, r) => void (busy++, r.writeHead(503).end()),
  });
});
afterAll(() => server.close());

describe('ForgeClient', () => {
  it('maps each forge and tells missing from transient', async () => {
    const bases = Object.fromEntries(['gitlab', 'gitee', 'codeberg', 'bitbucket', 'huggingface'].map((f) => [f, server.url]));
    const client = new ForgeClient({ bases, clock: fixedClock('2026-11-23T00:00:00Z'), timeoutMs: DEFAULTS.requestTimeoutMs, retries: DEFAULTS.forgeRetries, backoffMs: DEFAULTS.backoffMs });
    try {
      const gl = await client.check(ref('gitlab', 'group/sub/proj'));
      expect([gl.outcome, gl.stars, gl.archived, gl.license, gl.canonicalRepo, gl.via]).toEqual(['found', 7, true, 'MIT', 'group/sub/proj', 'gitlab-api']);
      expect((await client.check(ref('gitee', 'o/gone'))).outcome).toBe('not-found');
      const cb = await client.check(ref('codeberg', 'o/r'));
      expect([cb.outcome, cb.empty, cb.stars, cb.homepage]).toEqual(['found', true, 3, null]);
      expect((await client.check(ref('bitbucket', 'ws/private'))).outcome).toBe('not-found');
      const hf = await client.check(ref('huggingface', 'datasets/org/name'));
      expect([hf.outcome, hf.stars, hf.license, hf.topics]).toEqual(['found', 12, 'cc-by-4.0', ['vision']]);
      expect((await client.check(ref('huggingface', 'org/missing'))).outcome).toBe('not-found');
      const flaky = await client.check(ref('gitee', 'o/flaky'));
      expect([flaky.outcome, flaky.httpStatus]).toEqual(['unknown', 503]);
      expect(busy).toBe(3);
    } finally {
      await client.close();
    }
  });
});
