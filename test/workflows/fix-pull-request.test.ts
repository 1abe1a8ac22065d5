// The action's `fix: true`, run as the runner runs it: a workflow checks out a repository whose list
// links a renamed repository, the bundled action audits it against the simulator, rewrites the link
// and opens one pull request on repo-audit/fix-links. The default branch is never pushed to, and the
// next run updates the same pull request instead of opening a second one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { copyAction } from '../harness/action-runner.js';
import { TestRepository } from '../harness/repository.js';
import { runWorkflow } from '../harness/workflow.js';
import { ROOT } from './load.js';

const WORKFLOW = `name: fix links
on:
  schedule:
    - cron: '17 5 * * 1'
permissions:
  contents: write
  pull-requests: write
jobs:
  fix:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3 # v6.0.0
      - id: audit
        uses: OWNER/repo-audit@v1
        with:
          paths: papers.md
          check-web: false
          archives: false
          fail: false
          fix: true
`;

// A renamed repository of the demo scenario, next to one that shares its prefix and did not move.
const MOVED = 'https://github.com/baaivision/DenseFusion';
const NEW_HOME = 'https://github.com/baaivision/DenseFusion-official';
const PAPERS = `# Papers\n\n- [DenseFusion](${MOVED}/tree/main/src#readme)\n- Also at <${MOVED}>\n`;

describe('fix: true in a workflow, run as the runner runs it', { timeout: 240_000 }, () => {
  let sim: RunningSimulator;
  let dir: string;
  let repo: TestRepository;
  let actionDir: string;
  const WRITE_TOKEN = 'sim_token_fix_write_01';

  beforeAll(async () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'examples/scenarios/hf-papers.json'), 'utf8')) as Scenario & { repos: object[]; tokens: object[] };
    sim = await startSimulator({ ...base, tokens: [...base.tokens, { token: WRITE_TOKEN, login: 'github-actions[bot]' }], repos: [...base.repos, { repo: 'octo/lab' }] } as Scenario);
    dir = mkdtempSync(join(tmpdir(), 'ra-fix-pr-'));
    writeFileSync(join(dir, 'fix.yml'), WORKFLOW);
    actionDir = copyAction();
    repo = new TestRepository(join(dir, 'repo'), 'octo/lab', []);
    repo.change({ 'papers.md': PAPERS });
  });

  afterAll(async () => {
    await sim?.close();
    for (const d of [dir, actionDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  const run = (runId: number) =>
    runWorkflow(
      {
        workflow: join(dir, 'fix.yml'), repository: 'octo/lab', remote: repo.remote, apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, token: WRITE_TOKEN,
        cacheStore: join(dir, 'cache'), runRoot: join(dir, `run-${runId}`), runId, actions: { 'OWNER/repo-audit': actionDir },
      },
      repo.schedule('17 5 * * 1'),
    );
  const pulls = async () =>
    ((await (await fetch(`${sim.url}/repos/octo/lab/pulls?state=all`)).json()) as { number: number; state: string; body: string; head: { ref: string } }[]);

  it('opens one pull request with the rewritten link and leaves the default branch alone; the next run updates it', async () => {
    const before = repo.head();
    const first = await run(1);
    const audit = first.jobs.fix?.steps.find((s) => s.id === 'audit');
    expect(first.jobs.fix?.result, audit?.log).toBe('success');
    expect(audit?.outputs['fix-pull-request']).toMatch(/\/octo\/lab\/pull\/\d+$/);

    expect(repo.head()).toBe(before);
    // show() trims the file's last newline.
    expect(repo.show('papers.md')).toBe(PAPERS.trimEnd());
    expect(repo.show('papers.md', 'repo-audit/fix-links')).toBe(PAPERS.replaceAll(MOVED, NEW_HOME).trimEnd());

    const [pull, ...others] = await pulls();
    expect(others).toEqual([]);
    expect(pull?.state).toBe('open');
    expect(pull?.head.ref).toBe('repo-audit/fix-links');
    expect(pull?.body).toContain(`\`${MOVED}/tree/main/src#readme\``);
    expect(pull?.body).toContain(`\`${NEW_HOME}/tree/main/src#readme\``);

    const second = await run(2);
    expect(second.jobs.fix?.result).toBe('success');
    expect(repo.head()).toBe(before);
    expect((await pulls()).map((p) => p.number)).toEqual([pull?.number]);
  });
});
