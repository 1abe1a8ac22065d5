// Every repository state and flag the harvester must report, through GraphQL (token) and REST
// (no token), against the simulator over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/index.js';
import type { RunningSimulator, Scenario } from '../../src/sim/index.js';
import type { RepoFacts } from '../../src/types.js';
import { githubRef, ownerRef, simClock, simOptions, startSim, tempDir, tokenEntry } from './helpers/sim.js';

const scenario: Scenario = {
  now: '2026-11-01T00:00:00Z',
  tokens: [tokenEntry()],
  limits: { unauthenticated: 500 },
  repos: [
    {
      repo: 'Lab/Code', license: 'MIT', stars: 42, forks: 7, openIssues: 3, topics: ['nlp'], language: 'Python',
      description: 'official code', homepage: 'https://lab.example', latestRelease: { tag: 'v1.0', publishedAt: '2025-01-01T00:00:00Z' },
      pushedAt: '2025-06-01T00:00:00Z', lastCommitAt: '2025-05-31T00:00:00Z', paths: ['src/model.py'], refs: { v1: ['old/'] },
    },
    { repo: 'lab/empty', empty: true },
    { repo: 'lab/placeholder', rootEntries: [{ name: 'README.md', type: 'blob' }, { name: 'assets', type: 'tree' }] },
    { repo: 'lab/gone', state: 'not-found' },
    { repo: 'lab/dmca', state: 'dmca' },
    { repo: 'lab/tos', state: 'blocked' },
    { repo: 'lab/disabled', state: 'disabled' },
    { repo: 'lab/old-name', state: 'renamed', movedTo: 'lab/new-name' },
    { repo: 'lab/new-name', stars: 5 },
    { repo: 'lab/archived', archived: true, fork: true, license: 'NOASSERTION' },
  ],
};

const refs = [
  githubRef('lab/code', ['tree/main/src', 'blob/main/missing.py', 'tree/v1/old']),
  githubRef('lab/empty'),
  githubRef('lab/placeholder'),
  githubRef('lab/gone'),
  githubRef('lab/never-existed'),
  githubRef('lab/dmca'),
  githubRef('lab/tos'),
  githubRef('lab/disabled'),
  githubRef('lab/old-name'),
  githubRef('lab/archived'),
];

let sim: RunningSimulator;
beforeAll(async () => void (sim = await startSim(scenario)));
afterAll(() => sim.close());

function byName(facts: RepoFacts[]): Record<string, RepoFacts> {
  return Object.fromEntries(facts.map((f) => [f.key.replace('github/', ''), f]));
}

function expectStates(f: Record<string, RepoFacts>): void {
  const code = f['lab/code']!;
  expect(code).toMatchObject({ outcome: 'found', canonicalRepo: 'Lab/Code', moved: false, stars: 42, forks: 7, license: 'MIT', archived: false, fork: false, empty: false, pushedAt: '2025-06-01T00:00:00Z', description: 'official code', homepage: 'https://lab.example', language: 'Python', defaultBranch: 'main' });
  expect(code.subpaths).toEqual({ 'tree/main/src': true, 'blob/main/missing.py': false, 'tree/v1/old': true });
  expect(code.rootEntries?.map((e) => e.name).sort()).toEqual(['LICENSE', 'README.md', 'src']);
  expect(f['lab/empty']).toMatchObject({ outcome: 'found', empty: true });
  expect(f['lab/placeholder']?.rootEntries).toEqual([{ name: 'README.md', type: 'blob' }, { name: 'assets', type: 'tree' }]);
  expect(f['lab/gone']).toMatchObject({ outcome: 'not-found', httpStatus: 404 });
  expect(f['lab/never-existed']).toMatchObject({ outcome: 'not-found', httpStatus: 404 });
  expect(f['lab/dmca']).toMatchObject({ outcome: 'blocked', httpStatus: 451, blockReason: 'dmca' });
  expect(f['lab/tos']).toMatchObject({ outcome: 'blocked', httpStatus: 403, blockReason: 'tos' });
  expect(f['lab/disabled']).toMatchObject({ outcome: 'blocked' });
  expect(f['lab/old-name']).toMatchObject({ outcome: 'found', moved: true, canonicalRepo: 'lab/new-name', canonicalUrl: 'https://github.com/lab/new-name', stars: 5 });
  expect(f['lab/archived']).toMatchObject({ outcome: 'found', archived: true, fork: true, license: 'NOASSERTION' });
  for (const facts of Object.values(f)) expect(facts.error, facts.key).toBeNull();
}

describe('harvest against the simulator', () => {
  it('with a token: GraphQL batches (with missing repositories) decide every state and flag', async () => {
    const tmp = await tempDir();
    try {
      sim.log.clear();
      const run = await harvest([...refs, ownerRef('LAB'), ownerRef('nobody-here')], simOptions(sim, tmp.dir, { batchSize: 4 }), { clock: simClock(sim) });
      expect(run.incomplete).toBeNull();
      const f = byName(run.facts);
      expectStates(f);
      expect(f['lab/code']).toMatchObject({ via: 'graphql', topics: ['nlp'], latestRelease: { tag: 'v1.0', publishedAt: '2025-01-01T00:00:00Z' }, lastCommitAt: '2025-05-31T00:00:00Z', openIssues: 3 });
      expect(run.facts.find((x) => x.key === 'owner:github/lab')).toMatchObject({ outcome: 'found', canonicalRepo: 'lab' });
      expect(run.facts.find((x) => x.key === 'owner:github/nobody-here')?.outcome).toBe('not-found');
      // 12 targets in batches of 4 → 3 queries; REST only for the 4 GraphQL could not resolve (+ /rate_limit).
      const gql = sim.log.entries().filter((e) => e.path.startsWith('/graphql'));
      expect(gql).toHaveLength(3);
      expect(gql.map((e) => e.graphqlRepos).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
      const rest = sim.log.entries().filter((e) => !e.path.startsWith('/graphql')).map((e) => e.path).sort();
      expect(rest).toEqual(['/rate_limit', '/repos/lab/disabled', '/repos/lab/dmca', '/repos/lab/gone', '/repos/lab/never-existed', '/repos/lab/tos']);
      expect(run.stats).toMatchObject({ graphqlRequests: 3, restRequests: 6, requests: 9 });
      expect(sim.log.violations()).toEqual([]);
      expect(run.notices[0]).toMatch(/^12 GitHub targets need ~3 GraphQL points in 3 queries; 5,000 left$/);
    } finally {
      await tmp.remove();
    }
  });

  it('without a token: REST decides the same, with commits?per_page=1 only for size-0 repositories', async () => {
    const tmp = await tempDir();
    try {
      sim.log.clear();
      const run = await harvest(refs, simOptions(sim, tmp.dir, { token: null }), { clock: simClock(sim) });
      expect(run.incomplete).toBeNull();
      expectStates(byName(run.facts));
      expect(run.facts.every((x) => x.via === 'rest')).toBe(true);
      const paths = sim.log.entries().map((e) => e.path);
      expect(paths.filter((p) => p.includes('/commits')).sort()).toEqual(['/repos/lab/empty/commits?per_page=1']);
      expect(paths.some((p) => p.startsWith('/graphql'))).toBe(false);
      expect(sim.log.entries().every((e) => e.token === 'none')).toBe(true);
      expect(run.notices.join('\n')).toMatch(/a token makes this ~100x cheaper/);
      // A second run asks again with the stored ETags: the answers come back as free 304s.
      sim.log.clear();
      const again = await harvest(refs, simOptions(sim, tmp.dir, { token: null }), { clock: simClock(sim) });
      expectStates(byName(again.facts));
      const repoGets = sim.log.entries().filter((e) => /^\/repos\/lab\/code$/.test(e.path));
      expect(repoGets.map((e) => [e.status, e.cost])).toEqual([[304, 0]]);
      expect(again.stats.notModified).toBeGreaterThan(5);
    } finally {
      await tmp.remove();
    }
  });

  // github-api.md leaves open how GraphQL answers for blocked repositories and how REST answers for
  // disabled ones; the harvester must decide the same either way.
  for (const behaviour of [
    { graphqlBlocked: 'forbidden', restDisabled: '403' },
    { graphqlBlocked: 'disabled-data', restDisabled: '200' },
    { graphqlBlocked: 'not-found', restDisabled: '200', graphqlFollowsTransfers: false },
  ] as const) {
    it(`blocked, disabled and moved repositories whatever the UNCONFIRMED behaviour (${JSON.stringify(behaviour)})`, async () => {
      const other = await startSim({ ...scenario, behaviour, repos: [...scenario.repos!, { repo: 'lab/away', state: 'transferred', movedTo: 'elsewhere/away' }, { repo: 'elsewhere/away' }] });
      const tmp = await tempDir();
      try {
        const run = await harvest([...refs, githubRef('lab/away')], simOptions(other, tmp.dir, { batchSize: 20 }), { clock: simClock(other) });
        const f = byName(run.facts);
        expectStates(f);
        expect(f['lab/disabled']).toMatchObject({ outcome: 'blocked', blockReason: 'disabled' });
        expect(f['lab/away']).toMatchObject({ outcome: 'found', moved: true, canonicalRepo: 'elsewhere/away' });
      } finally {
        await tmp.remove();
        await other.close();
      }
    });
  }
});
