// The shipped demo scenario: up to date with its generator, valid, marked as simulated, and
// covering every state the demo must show.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHfScenario, HF_SCENARIO, SCHEMA_FILE } from '../../scripts/make-hf-scenario.js';
import { loadScenario, REPO_STATES, scenarioJsonSchema } from '../../src/sim/index.js';

describe('examples/scenarios/hf-papers.json', () => {
  it('is what scripts/make-hf-scenario.ts produces (regenerate it if this fails)', async () => {
    const shipped = JSON.parse(readFileSync(HF_SCENARIO, 'utf8')) as unknown;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(await buildHfScenario())));
  });

  it('points at the JSON Schema, which is up to date with the zod schema', () => {
    expect(JSON.parse(readFileSync(HF_SCENARIO, 'utf8')).$schema).toBe('./scenario.schema.json');
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(scenarioJsonSchema());
  });

  it('is valid, says it is simulated, and holds every state', () => {
    const s = loadScenario(HF_SCENARIO);
    expect(s.comment).toMatch(/SIMULATED/);
    expect(s.tokens[0]!.token).toMatch(/^sim_token_/);
    const states = new Set(s.repos.map((r) => r.state));
    for (const state of REPO_STATES) expect(states).toContain(state);
    const ok = s.repos.filter((r) => r.state === 'ok');
    expect(ok.some((r) => r.empty)).toBe(true);
    expect(ok.some((r) => r.rootEntries?.every((e) => /^(README\.md|assets|.*\.png)$/.test(e.name)))).toBe(true);
    expect(ok.some((r) => r.archived)).toBe(true);
    expect(ok.some((r) => r.fork)).toBe(true);
    expect(ok.some((r) => r.license === null)).toBe(true);
    expect(ok.some((r) => r.license === 'NOASSERTION')).toBe(true);
    expect(ok.some((r) => (r.pushedAt ?? '') < '2025-06-01')).toBe(true);
    // Some dead repositories have archived copies (a snapshot, only failed visits, a Wayback capture).
    const origins = s.archives.swh.origins;
    expect(origins.some((o) => o.visits.some((v) => v.snapshot !== null))).toBe(true);
    expect(origins.some((o) => o.visits.every((v) => v.snapshot === null))).toBe(true);
    expect(s.archives.wayback.snapshots.length).toBeGreaterThan(0);
    const dead = new Set(s.repos.filter((r) => r.state !== 'ok' || r.empty).map((r) => `https://github.com/${r.repo}`.toLowerCase()));
    for (const o of origins) expect(dead).toContain(o.url.toLowerCase());
    const noah = s.repos.find((r) => r.repo === 'huawei-noah/noah-research')!;
    expect(noah.paths).not.toContain('Focus-DETR');
  });
});
