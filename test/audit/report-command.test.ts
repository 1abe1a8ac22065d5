// `repo-audit report <snapshot.json>` end to end through the CLI: no network, reports re-rendered,
// exit code from --fail-on, usage errors exit 2.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { FAIL_ON_NAMES } from '../../src/classify/fail-on.js';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { renderSnapshotJson } from '../../src/report/json.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-report-'));
  const snapshot = buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(NOW), staleDays: 365, version: 't' });
  writeFileSync(join(dir, 'snap.json'), renderSnapshotJson(snapshot));
  const e = smallExtract();
  const healthy = { papers: [{ ...e.papers[0]!, links: e.papers[0]!.links.slice(0, 1) }], repos: e.repos.slice(0, 1) };
  writeFileSync(join(dir, 'healthy.json'), renderSnapshotJson(buildSnapshot({ extract: healthy, facts: smallFacts(), clock: fixedClock(NOW), staleDays: 365, version: 't' })));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['report', ...args]);

describe('repo-audit report', () => {
  it('re-renders the reports and exits 1 on what --fail-on lists by default', async () => {
    const out = join(dir, 'out');
    const r = await cli(join(dir, 'snap.json'), '--out', out);
    expect(r.stdout).toContain('8 repositories from 8 papers: 3 ok, 1 empty, 1 placeholder, 1 not found, 1 blocked, 1 skipped (--no-web); 2 papers with promises unkept');
    expect(r.stdout).toContain('Found what --fail-on lists: blocked 1 repository, not-found 1 repository.');
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, 'snapshot.json'), 'utf8')).toBe(readFileSync(join(dir, 'snap.json'), 'utf8'));
    expect(readFileSync(join(out, 'health.md'), 'utf8')).toContain('# Repository health');
  });

  it('exits 0 when nothing in --fail-on is found, and writes only --format', async () => {
    const out = join(dir, 'md-only');
    const r = await cli(join(dir, 'healthy.json'), '--out', out, '--format', 'md', '--fail-on', 'not-found,empty,stale,no-code-link', '--quiet');
    expect(r.stdout).toBe('1 repository from 1 paper: 1 ok\n');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['health.md']);
    const r2 = await cli(join(dir, 'snap.json'), '--out', out, '--format', 'md', '--fail-on', 'unknown-name');
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('--fail-on: unknown "unknown-name"');
    const r3 = await cli(join(dir, 'snap.json'), '--out', out, '--format', 'md', '--fail-on', 'fork,moved');
    expect(r3.code).toBe(1);
  });

  it('a file that is not a snapshot is one clear line and exit 2', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 2}');
    const r = await cli(join(dir, 'bad.json'), '--out', join(dir, 'x'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/bad\.json: not a repo-audit snapshot \(schemaVersion: /);
  });

  it("checks a config file's failOn like --fail-on: an unknown name is exit 2 naming the file and the key, before any report is written", async () => {
    const config = join(dir, 'bad-fail-on.json');
    writeFileSync(config, JSON.stringify({ failOn: 'not-found,gone' }));
    const out = join(dir, 'config-fail-on');
    const r = await cli(join(dir, 'snap.json'), '--out', out, '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`repo-audit: ${config}: "failOn": unknown "gone" (use any of: ${FAIL_ON_NAMES.join(', ')})`);
    expect(existsSync(out)).toBe(false);
    // A good one is used (names are case-insensitive there too).
    writeFileSync(config, JSON.stringify({ failOn: ['None'] }));
    expect((await cli(join(dir, 'snap.json'), '--out', out, '--config', config)).code).toBe(0);
  });
});
