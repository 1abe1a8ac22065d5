// Golden answers: real GitHub recordings shipped in @octokit/fixtures (get-repository,
// rename-repository). The simulator, given the same repository, must answer the same requests
// with the same status, the headers that matter and the same body shape and values.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startSimulator, type Scenario } from '../../src/sim/index.js';

interface Recording {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  response: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
function fixture(name: string): Recording[] {
  const file = require.resolve(`@octokit/fixtures/scenarios/api.github.com/${name}/normalized-fixture.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Recording[];
}

const HEADERS_THAT_MATTER = ['content-type', 'cache-control', 'x-github-media-type', 'x-ratelimit-limit', 'x-ratelimit-resource', 'access-control-expose-headers'];

/** Every key path with its JSON type, e.g. `owner.login:string`. */
function shape(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${prefix}:${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`];
  return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
}

/** The recording's body as the simulator would word it (its own host instead of api.github.com). */
const rehost = (body: unknown, url: string): unknown => JSON.parse(JSON.stringify(body).replaceAll('https://api.github.com', url));

async function replay(scenario: Scenario, rec: Recording) {
  const sim = await startSimulator(scenario, { clock: 'frozen' });
  try {
    const res = await request(sim.url + rec.path, { headers: { authorization: 'token sim_token_golden_01', accept: rec.headers.accept ?? 'application/vnd.github.v3+json' } });
    return { sim: sim.url, status: res.statusCode, headers: res.headers as Record<string, string>, body: (await res.body.json()) as Record<string, unknown> };
  } finally {
    await sim.close();
  }
}

function compare(rec: Recording, got: Awaited<ReturnType<typeof replay>>, sameValues: string[]): void {
  expect(got.status).toBe(rec.status);
  for (const h of HEADERS_THAT_MATTER) if (rec.headers[h] !== undefined) expect(got.headers[h], h).toBeDefined();
  expect(got.headers['content-type']).toBe(rec.headers['content-type']);
  expect(got.headers['access-control-expose-headers']).toBe(rec.headers['access-control-expose-headers']);
  expect(got.headers['x-ratelimit-resource']).toBe(rec.headers['x-ratelimit-resource']);
  if (rec.status === 200) expect(got.headers.etag).toBeDefined();
  expect(shape(got.body).sort()).toEqual(shape(rec.response).sort());
  const want = rehost(rec.response, got.sim) as Record<string, unknown>;
  for (const key of sameValues) expect(got.body[key], key).toEqual(want[key]);
}

const token = [{ token: 'sim_token_golden_01', login: 'octokit-fixture-user', rest: 5000, graphql: 5000 }];
const RECORDED = { createdAt: '2017-10-10T16:00:00Z', pushedAt: '2017-10-10T16:00:00Z', updatedAt: '2017-10-10T16:00:00Z', stars: 42, forks: 42, openIssues: 42, defaultBranch: 'master', description: null, license: null };
const URL_KEYS = (r: Recording): string[] => Object.keys(r.response).filter((k) => k === 'url' || k.endsWith('_url'));
const VALUE_KEYS = ['id', 'name', 'full_name', 'private', 'description', 'fork', 'created_at', 'updated_at', 'pushed_at', 'homepage', 'stargazers_count', 'watchers_count', 'forks_count', 'open_issues_count', 'forks', 'open_issues', 'watchers', 'archived', 'disabled', 'license', 'topics', 'visibility', 'default_branch', 'git_url', 'ssh_url', 'clone_url', 'svn_url'];

describe('golden answers from @octokit/fixtures', () => {
  it('get-repository: GET /repos/octokit-fixture-org/hello-world', async () => {
    const [rec] = fixture('get-repository');
    const scenario: Scenario = { tokens: token, repos: [{ repo: 'octokit-fixture-org/hello-world', id: 1000, topics: ['fixtures', 'hello', 'hello-world'], ...RECORDED }] };
    compare(rec!, await replay(scenario, rec!), [...VALUE_KEYS, ...URL_KEYS(rec!)]);
  });

  it('rename-repository: 301 to /repositories/1000, then the renamed repository', async () => {
    const recs = fixture('rename-repository').filter((r) => r.method === 'get');
    const scenario: Scenario = {
      tokens: token,
      repos: [
        { repo: 'octokit-fixture-org/rename-repository', id: 999, state: 'renamed', movedTo: 'octokit-fixture-org/rename-repository-newname' },
        { repo: 'octokit-fixture-org/rename-repository-newname', id: 1000, topics: [], ...RECORDED, defaultBranch: 'main' },
      ],
    };
    const [moved, target] = recs;
    const got = await replay(scenario, moved!);
    compare(moved!, got, ['message', 'url', 'documentation_url']);
    expect(new URL(got.headers.location!).pathname).toBe(new URL(moved!.headers.location!).pathname);
    compare(target!, await replay(scenario, target!), [...VALUE_KEYS, ...URL_KEYS(target!)]);
  });
});
