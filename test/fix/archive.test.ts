// `repo-audit fix --archive` through the CLI against the simulator (GitHub, Software Heritage and
// the Wayback Machine over real HTTP): dead links become their archived copy, only with the flag,
// with the same byte-for-byte care as moved links; from a saved snapshot without any network.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { cli } from './cli.js';
import { FIX_SCENARIO, TOKEN, simFlags } from './scenario.js';

const SNAP = 'b'.repeat(40);
const SWH_URL = `https://archive.softwareheritage.org/swh:1:snp:${SNAP};origin=https://github.com/someone/deleted`;
const WAYBACK_URL = 'https://web.archive.org/web/20230115093000/https://github.com/someone/gone';

const SCENARIO = {
  ...FIX_SCENARIO,
  repos: [...(FIX_SCENARIO.repos ?? []), { repo: 'someone/no-copy', state: 'not-found' as const }],
  archives: {
    swh: { origins: [{ url: 'https://github.com/someone/deleted', visits: [{ date: '2024-05-02T08:30:00Z', snapshot: SNAP }] }] },
    wayback: { snapshots: [{ url: 'https://github.com/someone/gone', timestamp: '20230115093000' }] },
  },
};

// CRLF line ends and no final newline: both must survive.
const README = [
  '# Code',
  '',
  '- [deleted](https://github.com/someone/deleted) and <https://github.com/someone/gone>.',
  '- clone: `git clone git@github.com:someone/deleted.git`',
  '- no copy: https://github.com/someone/no-copy, moved: https://github.com/oldorg/tool',
].join('\r\n');

const README_FIXED = README.replace('https://github.com/someone/deleted)', `${SWH_URL})`)
  .replace('<https://github.com/someone/gone>', `<${WAYBACK_URL}>`)
  .replace('https://github.com/oldorg/tool', 'https://github.com/NewLab/Tool');

let sim: RunningSimulator;
let dir: string;
beforeAll(async () => {
  sim = await startSimulator(SCENARIO);
  dir = mkdtempSync(join(tmpdir(), 'ra-fix-archive-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const archiveFlags = () => ['--swh-api-url', sim.swhApiUrl, '--wayback-api-url', sim.waybackApiUrl];

describe('repo-audit fix --archive', () => {
  it('replaces dead links by their archived copy (SWHID resolver, else Wayback), byte for byte around them; a second run changes nothing', async () => {
    const file = join(dir, 'README.md');
    writeFileSync(file, README);
    const r = await cli(['fix', file, '--archive', ...archiveFlags(), ...simFlags(sim, join(dir, 'cache-1'))], { env: { GITHUB_TOKEN: TOKEN } });
    expect(r.stderr).not.toMatch(/repo-audit:/);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(README_FIXED);
    expect(r.stdout).toContain(`${file}:3: https://github.com/someone/deleted → ${SWH_URL}`);
    expect(r.stdout).toContain(`${file}:3: https://github.com/someone/gone → ${WAYBACK_URL}`);
    const again = await cli(['fix', file, '--archive', ...archiveFlags(), ...simFlags(sim, join(dir, 'cache-1'))], { env: { GITHUB_TOKEN: TOKEN } });
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(README_FIXED);
    expect(again.stderr).toMatch(/nothing to change/);
  }, 120_000);

  it('leaves dead links alone without --archive, and asks no archive', async () => {
    const file = join(dir, 'plain.md');
    writeFileSync(file, README);
    const before = sim.log.counts.archives;
    const r = await cli(['fix', file, ...archiveFlags(), ...simFlags(sim, join(dir, 'cache-2'))], { env: { GITHUB_TOKEN: TOKEN } });
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(README.replace('https://github.com/oldorg/tool', 'https://github.com/NewLab/Tool'));
    expect(sim.log.counts.archives).toBe(before);
  }, 120_000);

  it('--dry-run shows the replacement as a diff and writes nothing', async () => {
    const file = join(dir, 'dry.md');
    writeFileSync(file, README);
    const r = await cli(['fix', file, '--archive', '--dry-run', ...archiveFlags(), ...simFlags(sim, join(dir, 'cache-3'))], { env: { GITHUB_TOKEN: TOKEN } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`+- [deleted](${SWH_URL}) and <${WAYBACK_URL}>.`);
    expect(readFileSync(file, 'utf8')).toBe(README);
  }, 120_000);

  it('takes the copies from a saved snapshot with --from-snapshot, without any network', async () => {
    const out = join(dir, 'reports');
    const papers = join(dir, 'papers.md');
    writeFileSync(papers, README);
    const audit = await cli(['audit', papers, '--archives', ...archiveFlags(), ...simFlags(sim, join(dir, 'cache-4')), '--out', out, '--quiet'], { env: { GITHUB_TOKEN: TOKEN } });
    expect(audit.code).toBe(1);
    const file = join(dir, 'offline.md');
    writeFileSync(file, README);
    const before = sim.log.entries().length;
    const r = await cli(['fix', file, '--archive', '--from-snapshot', join(out, 'snapshot.json'), '--api-url', 'http://127.0.0.1:9', '--no-web']);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(README_FIXED);
    expect(sim.log.entries().length).toBe(before);
  }, 120_000);
});
