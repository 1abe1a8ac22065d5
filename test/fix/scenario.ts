// A small simulator scenario with moved repositories next to look-alikes that must stay untouched.
import type { Scenario } from '../../src/sim/index.js';

export const TOKEN = 'sim_token_fix_0001';

export const FIX_SCENARIO: Scenario = {
  comment: 'SIMULATED DATA for the fix tests',
  seed: 12,
  now: '2026-11-01T00:00:00Z',
  tokens: [{ token: TOKEN, login: 'fixer', rest: 5000, graphql: 5000 }],
  repos: [
    { repo: 'oldorg/tool', state: 'transferred', movedTo: 'NewLab/Tool' },
    { repo: 'NewLab/Tool' },
    { repo: 'oldorg/tool-extra' },
    { repo: 'oldorg/other' },
    { repo: 'lab/my_tool', state: 'renamed', movedTo: 'lab/my_tool_v2' },
    { repo: 'lab/my_tool_v2' },
    { repo: 'someone/deleted', state: 'not-found' },
    { repo: 'someone/gone', state: 'not-found' },
  ],
};

/** The simulator's address and token as command-line flags (never a real host: --no-web too). */
export function simFlags(sim: { url: string; graphqlUrl: string }, cacheDir: string): string[] {
  return ['--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', cacheDir];
}
