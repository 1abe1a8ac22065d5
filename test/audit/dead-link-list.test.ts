// Issue #9 item 11: at the end of a run, the dead and blocked links with file:line, lychee style (the
// first 20, then "and N more"), accepted ones left out; and no progress line before the plan line.
// Through the CLI against the simulator over real HTTP, --no-web.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';

const TOKEN = 'sim_token_deadlist_0001';
const DEAD = 23; // more than the 20 the console shows
let dir: string;
let sim: RunningSimulator;
let papers: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-deadlist-'));
  papers = join(dir, 'papers.md');
  const lines = ['- Alive: https://github.com/lab/alive', '- Blocked: https://github.com/lab/blocked', '- Accepted: https://github.com/lab/accepted'];
  for (let i = 1; i <= DEAD; i++) lines.push(`- Gone ${i}: https://github.com/lab/gone-${String(i).padStart(2, '0')}`);
  // Checked without GitHub (skipped with --no-web): decided at once, before GitHub's plan is known.
  lines.push('- Mirror: https://gitlab.com/lab/mirror');
  writeFileSync(papers, `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'ignore.txt'), 'lab/accepted  # withdrawn by the authors\n');
  sim = await startSimulator({
    tokens: [{ token: TOKEN, login: 'lab' }],
    repos: [{ repo: 'lab/alive', license: 'MIT' }, { repo: 'lab/blocked', license: 'MIT', state: 'blocked' }],
  });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const audit = (name: string, ...extra: string[]) =>
  runCli(['audit', papers, '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--ignore', join(dir, 'ignore.txt'), '--cache-dir', join(dir, `${name}-cache`), '--out', join(dir, name), ...extra], { GITHUB_TOKEN: TOKEN });

describe('the end-of-run list of dead and blocked links', () => {
  it('lists the first 20 with file:line, then "and N more (see …health.md)"; accepted and healthy ones are left out', async () => {
    const r = await audit('full');
    expect(r.code).toBe(1);
    const out = r.stdout.split('\n');
    const header = out.indexOf(`Not found or blocked (${DEAD + 1} links):`);
    expect(header).toBeGreaterThan(out.findIndex((l) => /^\d+ repositories/.test(l))); // after the summary
    const listed = out.filter((l) => l.startsWith('✗ '));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toMatch(new RegExp(`^✗ \\[blocked\\] https://github\\.com/lab/blocked  ${papers.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2(  \\(.+\\))?$`));
    expect(listed[1]).toMatch(/^✗ \[not-found\] https:\/\/github\.com\/lab\/gone-01  .*papers\.md:4/);
    expect(listed[19]).toMatch(/lab\/gone-19  .*papers\.md:22/);
    expect(out).toContain(`and 4 more (see ${join(dir, 'full', 'health.md')})`);
    expect(r.stdout).not.toContain('lab/accepted');
    expect(r.stdout).not.toContain('lab/alive');
  });

  it('--quiet keeps only the verdict', async () => {
    const r = await audit('quiet', '--quiet');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('✗ ');
    expect(r.stdout).not.toContain('more (see');
  });

  it('no progress line comes before the plan line', async () => {
    const r = await audit('plan');
    const err = r.stderr.split('\n');
    const plan = err.findIndex((l) => /GitHub targets? needs? ~\d+ GraphQL/.test(l));
    expect(plan).toBeGreaterThanOrEqual(0);
    const firstProgress = err.findIndex((l) => /^audit: \d+\/\d+ \(\d+%\)/.test(l));
    expect(firstProgress).toBeGreaterThan(plan);
  });
});
