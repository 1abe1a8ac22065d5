// Shared setup for harvester tests against the simulator over real HTTP on 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../src/harvest/clock.js';
import { resolveOptions, type Options, type ResolvedOptions } from '../../../src/options.js';
import { startSimulator, type RunningSimulator, type Scenario } from '../../../src/sim/index.js';
import type { RepoRef } from '../../../src/types.js';

export const TOKEN = 'ghp_simTestToken0123456789abcdefABCDEF';

export async function startSim(scenario: Scenario): Promise<RunningSimulator> {
  return startSimulator(scenario, { clock: 'frozen' });
}

/** The harvester's waits advance the simulator's virtual clock instead of sleeping. */
export function simClock(sim: RunningSimulator): Clock {
  return {
    now: () => sim.clock.now(),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sim.clock.advance(Math.max(0, ms));
    },
  };
}

export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ra-harvest-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs `fn` against a fresh simulator and an empty cache directory, and removes both after. */
export async function withSim<T>(scenario: Scenario, fn: (sim: RunningSimulator, cacheDir: string) => Promise<T>): Promise<T> {
  const sim = await startSim(scenario);
  const tmp = await tempDir();
  try {
    return await fn(sim, tmp.dir);
  } finally {
    await sim.close();
    await tmp.remove();
  }
}

/** Options pointing at the simulator; no environment is read. */
export function simOptions(sim: RunningSimulator, cacheDir: string, extra: Options = {}): ResolvedOptions {
  return resolveOptions({ apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, cacheDir, token: TOKEN, checkWeb: false, ...extra }, {}, {});
}

export function githubRef(repo: string, paths: string[] = []): RepoRef {
  return { key: `github/${repo.toLowerCase()}`, forge: 'github', kind: 'repo', repo, url: `https://github.com/${repo}`, paths, papers: [0] };
}

export function ownerRef(login: string): RepoRef {
  return { key: `owner:github/${login.toLowerCase()}`, forge: 'github', kind: 'owner', repo: login, url: `https://github.com/${login}`, paths: [], papers: [0] };
}

export const tokenEntry = (login = 'tester', graphql = 5000, rest = 5000) => ({ token: TOKEN, login, graphql, rest });
