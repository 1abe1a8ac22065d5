// Accepting known problems (`.repo-audit-ignore`, `--ignore FILE`, `ignore` in the config file)
// through the CLI against the simulator: accepted problems don't trigger --fail-on and are listed
// apart with reason and expiry; expired ones count again, marked; a malformed line is named.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { cli } from '../fix/cli.js';
import { FIX_SCENARIO, TOKEN, simFlags } from '../fix/scenario.js';

const PAPERS = '- [Deleted](https://github.com/someone/deleted)\n- [Gone](https://github.com/someone/gone)\n- [Tool](https://github.com/oldorg/tool)\n';

let sim: RunningSimulator;
let dir: string;
const env = { GITHUB_TOKEN: TOKEN };
beforeAll(async () => {
  sim = await startSimulator(FIX_SCENARIO);
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-ignore-'));
}, 120_000); // the simulator loads GitHub's GraphQL schema: slow on a busy machine
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

function project(name: string, files: Record<string, string>): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'papers.md'), PAPERS);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(d, file), text);
  return d;
}

const audit = (d: string, ...extra: string[]) => cli(['audit', 'papers.md', '--fail-on', 'not-found', '--out', 'reports', ...simFlags(sim, join(d, '.cache')), ...extra], { cwd: d, env });

describe('accepting known problems', () => {
  it('.repo-audit-ignore: accepted problems do not fail the run and are listed with reason and expiry; expired ones count again', async () => {
    const d = project('default', {
      '.repo-audit-ignore': [
        '# Known problems, reviewed 2026-11-01',
        'someone/deleted  until 2099-12-31  # authors withdrew the paper',
        'https://github.com/someone/gone until 2020-01-31 # waiting for a re-upload',
        '',
      ].join('\n'),
    });
    const r = await audit(d);
    expect(r.code).toBe(1); // someone/gone's acceptance has expired
    const md = readFileSync(join(d, 'reports/health.md'), 'utf8');
    const accepted = md.slice(md.indexOf('## Accepted (1)'));
    expect(accepted).toMatch(/\| \[github\.com\/someone\/deleted\]\(https:\/\/github\.com\/someone\/deleted\) \| not found \| authors withdrew the paper \| 2099-12-31 \| `\.repo-audit-ignore:2` \|/);
    expect(md).toContain('accepted until 2020-01-31 (expired)');
    const problems = md.slice(md.indexOf('## Problems'), md.indexOf('## Accepted'));
    expect(problems).toContain('someone/gone');
    expect(problems).not.toContain('someone/deleted');
    expect(md).toContain('`repo-audit fix FILES…`'); // the moved section says how to fix
    const snapshot = JSON.parse(readFileSync(join(d, 'reports/snapshot.json'), 'utf8'));
    const deleted = snapshot.repos.find((x: { key: string }) => x.key === 'github/someone/deleted');
    expect(deleted.accepted).toEqual({ entry: 'someone/deleted', at: '.repo-audit-ignore:2', reason: 'authors withdrew the paper', until: '2099-12-31', expired: false });
  }, 300_000);

  it('--ignore FILE with a glob accepts every match: exit 0', async () => {
    const d = project('glob', { 'accepted.txt': 'github.com/someone/*   # the whole account is gone\n' });
    const r = await audit(d, '--ignore', 'accepted.txt');
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'reports/health.md'), 'utf8')).toContain('## Accepted (2)');
  }, 300_000);

  it('a glob entry takes classes and escapes: someone/[dg]* accepts both dead repositories, someone/\\* none', async () => {
    const classes = await audit(project('class', { 'accepted.txt': 'someone/[dg]*   # both gone\n' }), '--ignore', 'accepted.txt');
    expect(classes.code).toBe(0);
    const escaped = project('escaped', { 'accepted.txt': 'someone/\\*   # only a repository named *\n' });
    expect((await audit(escaped, '--ignore', 'accepted.txt')).code).toBe(1);
    expect(readFileSync(join(escaped, 'reports/health.md'), 'utf8')).not.toContain('## Accepted');
  }, 300_000);

  it('"ignore" in the config file names the ignore file', async () => {
    const d = project('config', { 'known.txt': 'someone/deleted\nsomeone/gone\n', 'repo-audit.json': '{"ignore": "known.txt"}' });
    const r = await audit(d, '--config', 'repo-audit.json');
    expect(r.code).toBe(0);
  }, 300_000);

  it('a malformed line is one error naming file and line (exit 2); the other entries still count', async () => {
    const d = project('malformed', { '.repo-audit-ignore': 'someone/deleted\nsomeone/gone maybe 2020\nsomeone/x until 2026-02-30\n' });
    const r = await audit(d);
    expect(r.stderr).toContain('repo-audit: .repo-audit-ignore:2: expected "ENTRY [until YYYY-MM-DD] [# reason]", got "someone/gone maybe 2020"\n');
    expect(r.stderr).toContain('repo-audit: .repo-audit-ignore:3: "2026-02-30" is not a date (write until YYYY-MM-DD)\n');
    expect(r.code).toBe(2);
    expect(readFileSync(join(d, 'reports/health.md'), 'utf8')).toContain('## Accepted (1)');
  }, 300_000);

  it('a named ignore file that does not exist stops the run (exit 2)', async () => {
    const d = project('missing', {});
    const r = await audit(d, '--ignore', 'nope.txt');
    expect(r.stderr).toBe('repo-audit: nope.txt: cannot read the ignore file (no such file)\n');
    expect(r.code).toBe(2);
  }, 300_000);

  it('fix leaves a link the ignore file accepts as it is, and says why', async () => {
    const d = project('fix', { '.repo-audit-ignore': 'oldorg/tool # the paper must keep the address it printed\n' });
    const r = await cli(['fix', 'papers.md', ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'papers.md'), 'utf8')).toBe(PAPERS);
    expect(r.stderr).toContain('fix: papers.md:3: left https://github.com/oldorg/tool alone (moved to github.com/NewLab/Tool): accepted in .repo-audit-ignore:1');
  }, 300_000);
});
