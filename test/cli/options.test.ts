// Issue #9 item 7: bad option values are usage errors (exit 2, one line naming option and value)
// caught before any request; --fail-on is case-insensitive; -h, -V and a bare repo-audit work.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';

const TOKEN = 'sim_token_options_01';
let dir: string;
let sim: RunningSimulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-options-'));
  writeFileSync(join(dir, 'papers.md'), '- https://github.com/lab/a\n- https://github.com/lab/gone\n');
  sim = await startSimulator({ tokens: [{ token: TOKEN, login: 'lab' }], repos: [{ repo: 'lab/a' }] });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => sim.log.clear());

const auditTo = (out: string, ...extra: string[]) =>
  runCli(['audit', join(dir, 'papers.md'), '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, 'cache'), '--out', out, ...extra], { GITHUB_TOKEN: TOKEN });
const audit = (...extra: string[]) => auditTo(join(dir, 'out'), ...extra);

describe('bad option values', () => {
  it.each([
    [['--stale-days', 'abc'], '--stale-days: "abc" is not a whole number from 1 to 36500'],
    [['--stale-days=-5'], '--stale-days: "-5" is not a whole number from 1 to 36500'],
    [['--concurrency', '0'], '--concurrency: "0" is not a whole number from 1 to 100'],
    [['--batch-size', '500'], '--batch-size: "500" is not a whole number from 1 to 100'],
    [['--max-age', 'soon'], '--max-age: "soon" is not a duration'],
    [['--max-age=-1h'], '--max-age: "-1h" is not a duration'],
    [['--fail-on', ''], '--fail-on: "" names nothing'],
    [['--fail-on', 'not-found,gone'], '--fail-on: unknown "gone"'],
  ])('%j exits 2 with one line and sends no request', async (flags, message) => {
    const r = await audit(...flags);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`repo-audit: ${message}`);
    expect(sim.log.entries()).toHaveLength(0);
  });

  it('checks config-file values the same way', async () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ batchSize: 500 }));
    const r = await audit('--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.json: "batchSize".*100/);
    expect(sim.log.entries()).toHaveLength(0);
  });

  it('harvest validates too', async () => {
    const r = await runCli(['harvest', join(dir, 'papers.md'), '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, 'cache'), '--concurrency', 'many'], { GITHUB_TOKEN: TOKEN });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('repo-audit harvest: --concurrency: "many" is not a whole number from 1 to 100');
    expect(sim.log.entries()).toHaveLength(0);
  });

  it.skipIf(process.getuid?.() === 0)('an --out that cannot be written stops the run before any request', async () => {
    const locked = join(dir, 'locked');
    rmSync(locked, { recursive: true, force: true });
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = await auditTo(join(locked, 'reports'));
    chmodSync(locked, 0o700);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`repo-audit: --out: cannot write to "${join(locked, 'reports')}"`);
    expect(sim.log.entries()).toHaveLength(0);
  });

  it('an --out that is a file stops the run before any request', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const r = await auditTo(join(dir, 'a-file'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^repo-audit: --out: cannot write to ".*a-file" \(E[A-Z]+\)/);
    expect(sim.log.entries()).toHaveLength(0);
  });

  it('report, merge and demo check --out first too, with the same line', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const out = join(dir, 'a-file', 'reports');
    const written = await runCli(['audit', join(dir, 'papers.md'), '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, 'cache-for-report'), '--out', join(dir, 'for-report'), '--fail-on', 'none'], { GITHUB_TOKEN: TOKEN });
    expect(written.code).toBe(0);
    const snapshot = join(dir, 'for-report', 'snapshot.json');
    for (const args of [['report', snapshot], ['merge', snapshot], ['demo']]) {
      const r = await runCli([...args, '--out', out]);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr.trim().split('\n'), args[0]).toEqual([`repo-audit: --out: cannot write to "${out}" (ENOTDIR)`]);
    }
  }, 60_000);

  it('a path where a missing directory cannot be created is one line, not a hang', async () => {
    // Node's own recursive mkdir never returns for a path under /proc.
    const r = await auditTo('/proc/repo-audit-nope/reports');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^repo-audit: --out: cannot write to "\/proc\/repo-audit-nope\/reports" \(E[A-Z]+\)/);
  });

  it('an option that takes one value, given twice, is a usage error naming it', async () => {
    const r = await audit('--out', join(dir, 'other'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`repo-audit: --out was given more than once (${join(dir, 'out')}, ${join(dir, 'other')}); give it once`);
    expect(sim.log.entries()).toHaveLength(0);
  });
});

describe('missing arguments', () => {
  it('name the command and what it needs, not yargs\' count of non-option arguments', async () => {
    for (const [command, line] of [
      ['audit', 'audit needs at least one input'],
      ['merge', 'merge needs at least one snapshot'],
      ['report', 'report needs its snapshot'],
    ]) {
      const r = await runCli([command!]);
      expect(r.code, command).toBe(2);
      expect(r.stderr.split('\n')[0], command).toBe(`repo-audit: ${line}`);
    }
  });
});

describe('good option values', () => {
  it('--fail-on names are case-insensitive and a valid run still checks', async () => {
    const r = await audit('--fail-on', 'Not-Found', '--stale-days', '30', '--batch-size', '100', '--concurrency', '2', '--max-age', '1h');
    expect(r.stderr).not.toMatch(/unknown/);
    expect(r.code).toBe(1); // lab/gone is not-found
    expect(sim.log.entries().length).toBeGreaterThan(0);
  });
});

describe('help and version', () => {
  it('-h prints help, -V the version, a bare repo-audit the command list', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const h = await runCli(['-h']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('repo-audit audit <inputs..>');
    const v = await runCli(['-V']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(version);
    const bare = await runCli([]);
    expect(bare.code).toBe(0);
    for (const command of ['audit', 'extract', 'harvest', 'report', 'merge', 'sim']) expect(bare.stdout).toContain(`repo-audit ${command}`);
  }, 120_000);

  it('help wraps at word boundaries and each command lists only its exit codes', async () => {
    const audit = await runCli(['audit', '--help']);
    // Every wrapped line ends on a whole word: the defaults' brackets are never cut.
    expect(audit.stdout).toContain('[default: md,json,csv]');
    expect(audit.stdout).not.toMatch(/\[defau\s*$/m);
    expect(audit.stdout.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(audit.stdout).toMatch(/Exit codes:\n\s+0 [^]*\n\s+1 [^]*\n\s+2 [^]*\n\s+3 /);
    const extract = await runCli(['extract', '--help']);
    expect(extract.stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+2 [^]*$/);
    expect(extract.stdout).not.toMatch(/^\s+[13]\s/m);
    const harvest = await runCli(['harvest', '--help']);
    expect(harvest.stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+2 [^]*\n\s+3 /);
    expect(harvest.stdout).not.toMatch(/^\s+1\s+something in --fail-on/m);
    const report = await runCli(['report', '--help']);
    expect(report.stdout).not.toMatch(/^\s+3\s+the run could not finish/m);
    // Any command can hit a bug: each lists 70 last, once.
    for (const command of ['audit', 'extract', 'harvest', 'report', 'merge', 'sim', 'fix', 'demo']) {
      const help = (await runCli([command, '--help'])).stdout;
      expect(help, command).toMatch(/\n 70  internal error: a bug in repo-audit \(its stack is printed; report it\)\n*$/);
      expect(help.match(/^\s*70\s/gm), command).toHaveLength(1);
    }
  }, 120_000);
});
