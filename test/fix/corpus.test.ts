// `fix` on the bundled corpus against the demo scenario changes exactly the lines that link to a
// moved repository, each only by the new `owner/name`, and nothing else.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { cli } from './cli.js';
import { simFlags } from './scenario.js';

const CORPUS = resolve('examples/hf-papers');
let sim: RunningSimulator;
let dir: string;
beforeAll(async () => {
  sim = await startSimulator('examples/scenarios/hf-papers.json');
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-fix-corpus-'));
  cpSync(CORPUS, join(dir, 'hf-papers'), { recursive: true });
}, 120_000); // the simulator loads GitHub's GraphQL schema: slow on a busy machine
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

it('rewrites exactly the lines of the moved repositories in examples/hf-papers', async () => {
  const moves = sim.scenario.repos.filter((r) => r.movedTo).map((r) => ({ from: r.repo, to: r.movedTo! }));
  expect(moves.length).toBeGreaterThan(0);
  // A link to `from`, not to a longer name sharing its prefix.
  const linkTo = moves.map((m) => ({ ...m, re: new RegExp(`(github\\.com/)${escape(m.from)}(?![A-Za-z0-9_.-]*[A-Za-z0-9_-])`, 'gi') }));
  const r = await cli(['fix', 'hf-papers', ...simFlags(sim, join(dir, '.cache'))], { cwd: dir, env: { GITHUB_TOKEN: sim.scenario.tokens[0]!.token } });
  expect(r.code).toBe(0);

  let expectedLines = 0;
  let changedLines = 0;
  for (const name of readdirSync(CORPUS)) {
    const before = readFileSync(join(CORPUS, name), 'utf8').split('\n');
    const after = readFileSync(join(dir, 'hf-papers', name), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    before.forEach((line, i) => {
      const wanted = linkTo.reduce((text, m) => text.replace(m.re, `$1${m.to}`), line);
      if (wanted !== line) expectedLines++;
      if (after[i] !== line) changedLines++;
      expect(after[i], `${name}:${i + 1}`).toBe(wanted);
    });
  }
  expect(expectedLines).toBeGreaterThan(0);
  expect(changedLines).toBe(expectedLines);
  expect(r.stdout.trim().split('\n')).toHaveLength(expectedLines);
}, 300_000);
