// Scenario validation (one clear message naming the field) and the large-scenario generator.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScenario, loadScenario, parseScenario, REPO_STATES, startSimulator } from '../../src/sim/index.js';

describe('scenario validation', () => {
  it('fills defaults', () => {
    const s = parseScenario({ repos: [{ repo: 'a/b' }] });
    expect(s.limits).toMatchObject({ unauthenticated: 60, maxInFlight: 20, windowSeconds: 3600, primaryStatus: 403 });
    expect(s.latency).toEqual({ ms: 0, jitterMs: 0 });
    expect(s.repos[0]).toMatchObject({ state: 'ok', license: null, defaultBranch: 'main', empty: false });
  });

  it.each([
    [{ repos: [{ repo: 'no-slash' }] }, /repos\[0\]\.repo: expected "owner\/name"/],
    [{ repos: [{ repo: 'a/b', stars: -1 }] }, /repos\[0\]\.stars: /],
    [{ repos: [{ repo: 'a/b', colour: 'red' }] }, /repos\[0\]: Unrecognized key: "colour"/],
    [{ repos: [{ repo: 'a/b', state: 'gone' }] }, /repos\[0\]\.state: /],
    [{ repos: [{ repo: 'a/b', state: 'renamed' }] }, /repos\[0\]\.movedTo: required for state "renamed"/],
    [{ repos: [{ repo: 'a/b', state: 'renamed', movedTo: 'c/d' }] }, /repos\[0\]\.movedTo: "c\/d" is not listed/],
    [{ repos: [{ repo: 'a/b' }, { repo: 'A/B' }] }, /repos\[1\]\.repo: "A\/B" is listed twice/],
    [{ repos: [{ repo: 'a/b', pushedAt: 'yesterday' }] }, /repos\[0\]\.pushedAt: expected an ISO date/],
    [{ limits: { primaryStatus: 500 } }, /limits\.primaryStatus: /],
    [{ repos: [{ repo: 'a/b', parent: 'c/d' }] }, /repos\[0\]\.parent: only for forks/],
    [{ repos: [{ repo: 'a/b', fork: true, parent: 'c/d' }] }, /repos\[0\]\.parent: "c\/d" is not listed/],
    [{ tokens: [{ token: 'short', login: 'x' }] }, /tokens\[0\]\.token: /],
    [{ archives: { swh: { origins: [{ url: 'https://github.com/a/b', visits: [{ date: '2024-01-01T00:00:00Z', snapshot: 'abc' }] }] } } }, /archives\.swh\.origins\[0\]\.visits\[0\]\.snapshot: expected 40 lower-case hex digits/],
    [{ archives: { swh: { origins: [{ url: 'https://github.com/a/b' }, { url: 'https://github.com/a/b' }] } } }, /archives\.swh\.origins\[1\]\.url: "https:\/\/github\.com\/a\/b" is listed twice/],
    [{ archives: { wayback: { snapshots: [{ url: 'https://x.org', timestamp: '2024' }] } } }, /archives\.wayback\.snapshots\[0\]\.timestamp: expected YYYYMMDDhhmmss/],
    [{ archives: { swh: { visits: [] } } }, /archives\.swh: Unrecognized key: "visits"/],
  ])('rejects %j', (input, message) => {
    expect(() => parseScenario(input)).toThrow(message);
  });

  it('accepts the example in docs/simulator.md', () => {
    const doc = readFileSync('docs/simulator.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    expect(parseScenario(JSON.parse(example), 'docs/simulator.md').repos).toHaveLength(6);
  });

  it('names the file when loading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-scn-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{ "repos": [ { "repo": "a/b", "forks": "many" } ] }');
      expect(() => loadScenario(bad)).toThrow(`${bad}: repos[0].forks: `);
      writeFileSync(bad, '{ nope');
      expect(() => loadScenario(bad)).toThrow(`${bad}: not valid JSON`);
      expect(() => loadScenario(join(dir, 'missing.json'))).toThrow(/cannot read the scenario \(ENOENT\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('generateScenario', () => {
  it('is deterministic, valid, and mixes every state', () => {
    const a = generateScenario({ repos: 2000, seed: 3 });
    expect(generateScenario({ repos: 2000, seed: 3 })).toEqual(a);
    expect(generateScenario({ repos: 2000, seed: 4 })).not.toEqual(a);
    const s = parseScenario(a);
    expect(s.comment).toMatch(/SIMULATED/);
    const states = new Map<string, number>();
    for (const r of s.repos) states.set(r.state, (states.get(r.state) ?? 0) + 1);
    for (const state of REPO_STATES) expect(states.get(state), state).toBeGreaterThan(0);
    expect(states.get('ok')! / s.repos.length).toBeGreaterThan(0.5);
    expect(s.repos.some((r) => r.empty)).toBe(true);
    const forks = s.repos.filter((r) => r.fork);
    expect(forks.length).toBeGreaterThan(0);
    expect(forks.every((r) => r.parent !== undefined)).toBe(true); // and parseScenario checked they are listed
  });

  it('builds a large scenario the simulator serves (100,000 via scripts/make-hf-scenario.ts --generate)', async () => {
    const scenario = generateScenario({ repos: 10_000, seed: 1 });
    expect(scenario.repos!.length).toBeGreaterThanOrEqual(10_000);
    const sim = await startSimulator(scenario, { clock: 'frozen' });
    try {
      const res = await fetch(`${sim.url}/repos/${scenario.repos!.find((r) => !r.state)!.repo}`);
      expect(res.status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
