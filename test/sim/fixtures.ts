// A small scenario covering every repository state, shared by the simulator tests.
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';

export const TOKEN = 'sim_token_test_0001';
export const OTHER_TOKEN = 'sim_token_test_0002';

export function smallScenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    comment: 'SIMULATED DATA for tests',
    seed: 7,
    now: '2026-11-01T00:00:00Z',
    tokens: [
      { token: TOKEN, login: 'Tester', rest: 100, graphql: 50 },
      { token: OTHER_TOKEN, login: 'other', rest: 5000, graphql: 5000 },
    ],
    repos: [
      {
        repo: 'OpenLab/Focus-DETR', stars: 420, forks: 42, openIssues: 3, license: 'MIT', language: 'Python',
        topics: ['detr', 'detection'], description: 'Focus DETR', homepage: 'https://example.org',
        createdAt: '2023-01-01T00:00:00Z', pushedAt: '2024-05-01T00:00:00Z', commitCount: 57,
        latestRelease: { tag: 'v1.0', publishedAt: '2024-01-01T00:00:00Z' },
        rootEntries: [{ name: 'README.md', type: 'blob' }, { name: 'models', type: 'tree' }, { name: 'train.py', type: 'blob' }],
        paths: ['models/detr.py', 'Focus-DETR/main.py'], refs: { v1: ['old/thing.py'] },
      },
      { repo: 'someone/empty-repo', empty: true, license: null },
      { repo: 'someone/placeholder', rootEntries: [{ name: 'README.md', type: 'blob' }, { name: 'assets', type: 'tree' }], license: 'NOASSERTION' },
      { repo: 'someone/old-name', state: 'renamed', movedTo: 'someone/new-name' },
      { repo: 'someone/new-name', archived: true, pushedAt: '2019-01-01T00:00:00Z' },
      { repo: 'someone/given-away', state: 'transferred', movedTo: 'neworg/given-away' },
      { repo: 'neworg/given-away', fork: true, parent: 'OpenLab/Focus-DETR' },
      { repo: 'someone/deleted', state: 'not-found' },
      { repo: 'someone/taken-down', state: 'dmca', blockedAt: '2024-02-02T00:00:00Z' },
      { repo: 'someone/tos', state: 'blocked' },
      { repo: 'someone/disabled', state: 'disabled' },
      { repo: 'someone/flaky', failFirst: { count: 2, status: 503 } },
    ],
    ...extra,
  };
}

/** Runs `fn` against a fresh simulator on a frozen clock, optionally logging to `logFile`, and closes it after. */
export async function withSim<T>(scenario: Scenario, fn: (sim: RunningSimulator) => Promise<T>, logFile?: string): Promise<T> {
  const sim = await startSimulator(scenario, { clock: 'frozen', logFile: logFile ?? null });
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}
