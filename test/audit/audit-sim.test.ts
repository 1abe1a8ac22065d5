// `repo-audit audit` and `repo-audit demo` end to end: the real extractor and harvester against the
// simulator over HTTP on 127.0.0.1, through the CLI as a user runs it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';
import { MARKDOWNLINT_CONFIG } from '../fixtures/report/markdownlint-config.js';

const SCENARIO = 'examples/scenarios/hf-papers.json';

const cli = runCli;

let dir: string;
let sim: RunningSimulator;
let token: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-sim-'));
  sim = await startSimulator(SCENARIO);
  token = sim.scenario.tokens[0]!.token;
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const simArgs = (name: string) => ['--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, `${name}-cache`), '--out', join(dir, name)];

describe('repo-audit audit against the simulator', () => {
  it('audits the bundled corpus: reports written, dead links flagged (exit 1), lint-clean Markdown, no token anywhere', async () => {
    const r = await cli(['audit', 'examples/hf-papers', ...simArgs('full')], { GITHUB_TOKEN: token });
    expect(r.stdout).toMatch(/^Reports: .*health\.md, .*snapshot\.json, .*repos\.csv$/m);
    expect(r.stdout).toMatch(/^\d+ repositories from 376 papers: \d+ ok, .*\d+ not found/m);
    expect(r.code).toBe(1);
    const md = readFileSync(join(dir, 'full/health.md'), 'utf8');
    expect(lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG })['health.md']).toEqual([]);
    for (const file of ['health.md', 'snapshot.json', 'repos.csv']) expect(readFileSync(join(dir, 'full', file), 'utf8')).not.toContain(token);
    expect(r.stdout + r.stderr).not.toContain(token);
    const snapshot = JSON.parse(readFileSync(join(dir, 'full/snapshot.json'), 'utf8'));
    for (const status of ['ok', 'empty', 'placeholder', 'not-found', 'blocked', 'unknown']) expect(snapshot.summary.byStatus[status]).toBeGreaterThan(0);
    for (const flag of ['moved', 'archived', 'stale', 'no-license', 'fork', 'subpath-missing', 'promise-unkept']) expect(snapshot.summary.byFlag[flag]).toBeGreaterThan(0);
  });

  it('in GitHub Actions: job summary appended, one annotation per dead or blocked link', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await cli(['audit', 'examples/hf-papers', ...simArgs('actions'), '--quiet'], { GITHUB_TOKEN: token, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    const snapshot = JSON.parse(readFileSync(join(dir, 'actions/snapshot.json'), 'utf8'));
    expect(warnings.length).toBeGreaterThanOrEqual(snapshot.summary.byStatus['not-found'] + snapshot.summary.byStatus.blocked);
    expect(warnings[0]).toMatch(/^::warning file=examples\/hf-papers\/\d{3}_[0-9a-f]+\.txt,line=\d+,title=repo-audit%3A (not found|blocked)::https:\/\/github\.com\//);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## Repository health\n/);
  });

  it('a token the simulator refuses: exit 3, and the reports are still written', async () => {
    const r = await cli(['audit', 'examples/hf-papers', ...simArgs('badtoken')], { GITHUB_TOKEN: 'sim_wrong_token' });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('The run could not finish');
    expect(existsSync(join(dir, 'badtoken/health.md'))).toBe(true);
    expect(r.stdout + r.stderr).not.toContain('sim_wrong_token');
  });

  it('an unreadable input: exit 2 with one line naming it, the rest audited', async () => {
    const r = await cli(['audit', 'examples/hf-papers/000_cefb70814237eb1e.txt', join(dir, 'missing.txt'), ...simArgs('missing'), '--quiet'], { GITHUB_TOKEN: token });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stdout).toMatch(/from \d+ papers/);
  });
});

describe('repo-audit audit -', () => {
  it('reads stdin (a lone - that yargs would drop)', async () => {
    const text = 'Our code: https://github.com/deel-ai/Craft and https://github.com/hustvl/Vim\n';
    const r = await cli(['audit', '-', ...simArgs('stdin'), '--quiet', '--fail-on', 'empty'], { GITHUB_TOKEN: token }, text);
    expect(r.stdout).toMatch(/^2 repositories from 1 paper: /m);
    expect(r.code).toBe(0);
  });
});

describe('repo-audit demo', () => {
  it('runs the offline audit, exits 0 despite problems, and diffs against its previous run', async () => {
    const out = join(dir, 'demo');
    const first = await cli(['demo', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Demo: the papers in examples/hf-papers/ against simulated GitHub data');
    expect(first.stdout).toMatch(/^\d+ repositories from 376 papers: /m);
    const second = await cli(['demo', '--out', out, '--quiet']);
    expect(second.code).toBe(0);
    const md = readFileSync(join(out, 'health.md'), 'utf8');
    expect(md).toMatch(/## Changes since \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\n\nNothing changed\./);
    expect(md).toContain('xychart-beta');
    expect(lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG })['health.md']).toEqual([]);
    expect(md).not.toContain('](../examples/hf-papers/'); // no file links: --out is outside the working directory
    // The demo looks up archived copies of its dead links in the simulated archives.
    expect(md).toMatch(/\| Found at \| Archived copy \|/);
    expect(md).toMatch(/\[Software Heritage, \d{4}-\d{2}-\d{2}\]\(https:\/\/archive\.softwareheritage\.org\/swh:1:snp:[0-9a-f]{40};origin=https:\/\/github\.com\//);
    expect(md).toMatch(/\[Wayback, \d{4}-\d{2}-\d{2}\]\(https:\/\/web\.archive\.org\/web\/\d{14}\//);
  }, 60_000); // two runs of the CLI: room for a loaded 2-core machine
});

describe('repo-audit audit --archives', () => {
  const gone = 'https://github.com/lab/gone';
  const archiveScenario = {
    tokens: [{ token: 'sim_token_archives_01', login: 'tester' }],
    repos: [{ repo: 'lab/live' }, { repo: 'lab/gone', state: 'not-found' as const }, { repo: 'lab/never', state: 'not-found' as const }, { repo: 'lab/empty', empty: true }],
    archives: {
      // A bucket of two lookups: the third dead repository (the empty one, looked up last) is left unchecked (one notice).
      swh: { anonymous: 2, origins: [{ url: gone, visits: [{ date: '2024-05-02T08:30:00Z', snapshot: 'a'.repeat(40) }] }] },
      wayback: { snapshots: [{ url: gone, timestamp: '20230115093000' }] },
    },
  };
  const papers = `Code: ${gone} and https://github.com/lab/never\nAlso https://github.com/lab/empty and https://github.com/lab/live\n`;

  it('adds the archived copies to health.md, the snapshot and the CSV; a spent budget is one notice, not a failed run', async () => {
    const s = await startSimulator(archiveScenario);
    try {
      const input = join(dir, 'archives-papers.txt');
      writeFileSync(input, papers);
      const out = join(dir, 'archives');
      const args = ['audit', input, '--api-url', s.url, '--graphql-url', s.graphqlUrl, '--no-web', '--cache-dir', join(dir, 'archives-cache'), '--out', out, '--archives', '--swh-api-url', `${s.url}/swh/api/1`, '--wayback-api-url', `${s.url}/wayback/available`];
      const r = await cli(args, { GITHUB_TOKEN: 'sim_token_archives_01' });
      expect(r.code).toBe(1); // dead links found (--fail-on default), not 3: the spent SWH budget did not fail the run
      expect(r.stderr.match(/Software Heritage rate limit spent/g)).toHaveLength(1);
      expect(r.stderr).toMatch(/1 target was left without a Software Heritage lookup \(the run goes on\)/);
      const md = readFileSync(join(out, 'health.md'), 'utf8');
      expect(md).toContain(`[Software Heritage, 2024-05-02](https://archive.softwareheritage.org/swh:1:snp:${'a'.repeat(40)};origin=${gone})`);
      expect(md).toContain(`[Wayback, 2023-01-15](https://web.archive.org/web/20230115093000/${gone})`);
      expect(lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG })['health.md']).toEqual([]);
      const snapshot = JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8'));
      const byKey = (k: string) => snapshot.repos.find((x: { key: string }) => x.key === k);
      expect(byKey('github/lab/gone').archive.swh.swhid).toBe(`swh:1:snp:${'a'.repeat(40)};origin=${gone}`);
      expect(byKey('github/lab/live')).not.toHaveProperty('archive');
      // Deleted repositories are looked up before empty ones, so the empty one is the one left unchecked.
      expect(byKey('github/lab/never').archive.unchecked).toEqual([]);
      expect(byKey('github/lab/empty').archive.unchecked).toEqual([expect.stringMatching(/^swh: /)]);
      expect(readFileSync(join(out, 'repos.csv'), 'utf8')).toContain(`,20230115093000\r\n`);
      // Nothing was asked about the live repository, and the GitHub token never reached the archives.
      const archived = s.log.entries().filter((e) => e.resource === 'swh' || e.resource === 'wayback');
      expect(archived.some((e) => e.path.includes('lab/live'))).toBe(false);
      expect(archived.every((e) => e.token === 'swh-anonymous')).toBe(true);
    } finally {
      await s.close();
    }
  }, 60_000);
});
