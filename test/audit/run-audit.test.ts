// The pipeline's own logic (previous snapshot, reports, job summary, annotations, fail-on,
// incomplete runs) with the real extractor and a harvest stage that answers from a table.
// The real harvester against the simulator is exercised in audit-sim.test.ts.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAuditWith, type AuditStages } from '../../src/audit/run-audit.js';
import { extractInputs } from '../../src/extract/index.js';
import { resolveOptions, type Options } from '../../src/options.js';
import { auditExitCode } from '../../src/audit/exit-code.js';
import { BadCredentials, IncompleteRunError } from '../../src/errors.js';
import type { RepoFacts } from '../../src/types.js';
import { facts } from '../fixtures/report/facts.js';
import { fixedClock } from '../../src/harvest/clock.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-run-'));
  writeFileSync(
    join(dir, 'papers.md'),
    ['# Papers', '', 'Code: https://github.com/good/model', '', 'Gone: https://github.com/gone/repo', ''].join('\n'),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-11-22T03:17:00Z');

function stages(table: Record<string, Partial<RepoFacts>>, incomplete: { reason: string } | null = null): AuditStages & { calls: number } {
  const s = {
    calls: 0,
    extract: extractInputs,
    async harvest(repos: { key: string; url: string }[], _o: unknown, hooks: { onNotice?(l: string): void }, onFacts: (f: RepoFacts) => void) {
      s.calls++;
      hooks.onNotice?.('a notice');
      for (const r of repos.filter((r) => table[r.key])) onFacts({ ...facts(r.key.replace('github/', '')), key: r.key, url: r.url, ...table[r.key] });
      return { incomplete };
    },
  };
  return s;
}

const ANSWERS = { 'github/good/model': {}, 'github/gone/repo': { outcome: 'not-found' as const, httpStatus: 404 } };
const opts = (over: Options = {}) => resolveOptions({ outDir: join(dir, 'reports'), ...over }, {}, {});

describe('runAudit pipeline', () => {
  it('writes the three reports and flags a dead link', async () => {
    const notices: string[] = [];
    const r = await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW), onNotice: (l) => notices.push(l) });
    expect(r.written.map((p) => p.slice(dir.length + 1))).toEqual(['reports/health.md', 'reports/snapshot.json', 'reports/repos.csv']);
    expect(r.verdict).toBe('2 repositories from 1 paper: 1 ok, 1 not found');
    expect(r).toMatchObject({ flagged: true, failOnMatches: { 'not-found': 1 }, incomplete: null, problems: [], annotations: [] });
    expect(notices).toEqual(['a notice']);
    expect(auditExitCode(r)).toBe(1);
    expect(readFileSync(join(dir, 'reports/health.md'), 'utf8')).toContain('### Dead links: not found (1)');
  });

  it('keeps the facts out of memory: snapshot.json has them, the returned snapshot does not, and no spill file is left', async () => {
    const spills = () => readdirSync(tmpdir()).filter((n) => n.startsWith('repo-audit-facts-'));
    const before = new Set(spills());
    const r = await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW) });
    const written = JSON.parse(readFileSync(join(dir, 'reports/snapshot.json'), 'utf8')) as { repos: { key: string; facts?: { key: string; outcome: string } }[] };
    expect(written.repos.map((x) => [x.key, x.facts?.key, x.facts?.outcome])).toEqual([
      ['github/gone/repo', 'github/gone/repo', 'not-found'],
      ['github/good/model', 'github/good/model', 'found'],
    ]);
    expect(r.snapshot.repos.map((x) => x.facts)).toEqual([undefined, undefined]);
    expect(spills().filter((n) => !before.has(n))).toEqual([]);
  });

  it('diffs against the snapshot already in the output directory and extends the history', async () => {
    await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts(), { clock: fixedClock('2026-11-21T03:17:00Z') });
    const r = await runAuditWith(stages({ ...ANSWERS, 'github/good/model': { outcome: 'blocked', httpStatus: 451, blockReason: 'dmca' } }), [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW) });
    expect(r.snapshot.history?.length).toBe(2);
    expect(readFileSync(join(dir, 'reports/health.md'), 'utf8')).toMatch(/## Changes since 2026-11-21 03:17 UTC[\s\S]*### Newly dead \(1\)/);
  });

  it('an incomplete run still writes reports, with the unanswered repositories unknown', async () => {
    const r = await runAuditWith(stages({ 'github/good/model': {} }, { reason: 'rate limit exhausted' }), [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW) });
    expect(r.incomplete).toEqual({ reason: 'rate limit exhausted' });
    expect(r.snapshot.summary.byStatus).toMatchObject({ ok: 1, unknown: 1, 'not-found': 0 });
    expect(existsSync(join(dir, 'reports/snapshot.json'))).toBe(true);
    expect(r.snapshot.repos.find((x) => x.key === 'github/gone/repo')?.reasons.status).toBe('could not be checked: rate limit exhausted');
    expect(auditExitCode(r)).toBe(3);
    expect(r.snapshot.incomplete).toEqual({ reason: 'rate limit exhausted' });
    expect(r.verdict).toMatch(/\(incomplete run\)$/);
    expect(readFileSync(join(dir, 'reports/health.md'), 'utf8')).toContain('**This run did not finish: 1 of 2 linked repositories was not checked** (rate limit exhausted).');
  });

  it('a harvester that stops (bad credentials) makes the run incomplete, not a crash', async () => {
    const s: AuditStages = { extract: extractInputs, harvest: async () => Promise.reject(new BadCredentials()) };
    const r = await runAuditWith(s, [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW) });
    expect(r.incomplete?.reason).toBe('bad credentials: GitHub rejected the token (401); check --token / GITHUB_TOKEN');
    expect(r.snapshot.summary.byStatus.unknown).toBe(2);
  });

  it('input problems are reported with their file, and the rest is audited', async () => {
    const r = await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md'), join(dir, 'missing.txt')], opts(), { clock: fixedClock(NOW) });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toContain('missing.txt');
    expect(r.snapshot.summary.repos).toBe(2);
    expect(auditExitCode(r)).toBe(2);
  });

  it('--fail-on decides flagged; a typo is an error before any work', async () => {
    const s = stages(ANSWERS);
    const r = await runAuditWith(s, [join(dir, 'papers.md')], opts({ failOn: ['empty'] }), { clock: fixedClock(NOW) });
    expect(r.flagged).toBe(false);
    expect(auditExitCode(r)).toBe(0);
    // resolveOptions refuses it; a library caller that builds the options itself is refused by runAudit.
    expect(() => opts({ failOn: ['not-fund'] })).toThrow('--fail-on: unknown "not-fund"');
    await expect(runAuditWith(s, [join(dir, 'papers.md')], { ...opts(), failOn: ['not-fund'] }, { clock: fixedClock(NOW) })).rejects.toThrow('--fail-on: unknown "not-fund"');
    expect(s.calls).toBe(1);
  });

  it('appends the job summary and emits annotations in GitHub Actions', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' };
    const r = await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], resolveOptions({ outDir: join(dir, 'reports') }, {}, env), { clock: fixedClock(NOW) });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('earlier step\n## Repository health')).toBe(true);
    expect(r.annotations).toEqual([`::warning file=${join(dir, 'papers.md').replace(/:/g, '%3A')},line=5,title=repo-audit%3A not found::https://github.com/gone/repo is not found: deleted, made private, or never existed`]);
  });

  it('only the chosen formats are written; --previous must exist', async () => {
    const r = await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts({ formats: ['csv'] }), { clock: fixedClock(NOW) });
    expect(r.written.map((p) => p.slice(dir.length + 1))).toEqual(['reports/repos.csv']);
    await expect(runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts({ previous: join(dir, 'nope.json') }), { clock: fixedClock(NOW) })).rejects.toThrow('nope.json: no such file');
  });

  it('a corrupt default previous snapshot is ignored with a notice', async () => {
    await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW) });
    writeFileSync(join(dir, 'reports/snapshot.json'), '{ "half": ');
    const notices: string[] = [];
    const r = await runAuditWith(stages(ANSWERS), [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW), onNotice: (l) => notices.push(l) });
    expect(notices[0]).toMatch(/^ignoring the previous snapshot: .*snapshot\.json: not JSON/);
    expect(r.snapshot.history).toHaveLength(1);
  });
});

describe('the token', () => {
  it('never reaches the reports through the reason a run stopped', async () => {
    const token = 'ghp_SECRETSECRETSECRET1234567890';
    const s: AuditStages = { extract: extractInputs, harvest: async () => Promise.reject(new IncompleteRunError('unreachable', `cannot reach https://api.test/?t=${token}`)) };
    const r = await runAuditWith(s, [join(dir, 'papers.md')], opts({ token }), { clock: fixedClock(NOW) });
    expect(r.incomplete?.reason).toBe('cannot reach https://api.test/?t=***');
    expect(r.written.length).toBeGreaterThan(0);
    for (const path of r.written) expect(readFileSync(path, 'utf8')).not.toContain(token);
  });
});

describe('a harvester bug', () => {
  it('is not an incomplete run: the TypeError reaches the caller and no report claims the run was merely incomplete', async () => {
    const s: AuditStages = { extract: extractInputs, harvest: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'nameWithOwner')")) };
    await expect(runAuditWith(s, [join(dir, 'papers.md')], opts(), { clock: fixedClock(NOW) })).rejects.toThrow(TypeError);
    expect(existsSync(join(dir, 'reports/health.md'))).toBe(false);
  });
});
