// The workflow examples in the documentation are real workflows: each ```yaml block that has
// `jobs:` must pass actionlint too, so a reader who copies one gets a working file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { copyAction } from '../harness/action-runner.js';
import { TestRepository } from '../harness/repository.js';
import { runWorkflow } from '../harness/workflow.js';
import { actionlint } from './actionlint.js';
import { ROOT } from './load.js';

const DOCS = ['docs/action.md', 'README.md'];

function workflowBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '').filter((b) => /^jobs:/m.test(b));
}

describe('workflow examples in the docs', () => {
  it('docs/action.md has at least one', () => {
    expect(workflowBlocks(readFileSync(join(ROOT, 'docs/action.md'), 'utf8')).length).toBeGreaterThan(0);
  });

  for (const doc of DOCS) {
    it(`pass actionlint in ${doc}`, async () => {
      if (!existsSync(join(ROOT, doc))) return;
      const blocks = workflowBlocks(readFileSync(join(ROOT, doc), 'utf8'));
      for (const [i, block] of blocks.entries()) {
        const results = await actionlint(block, `${doc}#${i + 1}.yml`);
        expect(results.map((r) => `${doc} example ${i + 1}, line ${r.line}: ${r.message}`)).toEqual([]);
      }
    });
  }
});

// The first example of docs/action.md (the nightly a user copies) runs through the harness, with
// `OWNER/repo-audit` mapped to this checkout's action.yml + dist/: a scheduled run audits, saves the
// cache and opens the issue; the next night, with nothing new, leaves the issue alone.
describe('the example workflow of docs/action.md, run as the runner runs it', { timeout: 240_000 }, () => {
  let sim: RunningSimulator;
  let dir: string;
  let repo: TestRepository;
  let workflow: string;
  let actionDir: string;
  const WRITE_TOKEN = 'sim_token_example_write_01';

  beforeAll(async () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'examples/scenarios/hf-papers.json'), 'utf8')) as Scenario & { repos: object[]; tokens: object[] };
    sim = await startSimulator({ ...base, tokens: [...base.tokens, { token: WRITE_TOKEN, login: 'github-actions[bot]' }], repos: [...base.repos, { repo: 'octo/lab' }] } as Scenario);
    dir = mkdtempSync(join(tmpdir(), 'ra-doc-example-'));
    workflow = join(dir, 'example.yml');
    writeFileSync(workflow, workflowBlocks(readFileSync(join(ROOT, 'docs/action.md'), 'utf8'))[0] ?? '');
    actionDir = copyAction();
    repo = new TestRepository(join(dir, 'repo'), 'octo/lab', []);
    const papers = readdirSync(join(ROOT, 'examples/hf-papers'));
    repo.change({
      ...Object.fromEntries(papers.map((p) => [`papers/${p}`, readFileSync(join(ROOT, 'examples/hf-papers', p), 'utf8')])),
      'awesome-list/README.md': '# Awesome\n\n- [a tool](https://github.com/abhibambhaniya/progressive_gradient_flow_nm_sparsity)\n',
    });
  });

  afterAll(async () => {
    await sim?.close();
    for (const d of [dir, actionDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  const run = (runId: number) =>
    runWorkflow(
      {
        workflow, repository: 'octo/lab', remote: repo.remote, apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, token: WRITE_TOKEN,
        cacheStore: join(dir, 'cache'), runRoot: join(dir, `run-${runId}`), runId, actions: { 'OWNER/repo-audit': actionDir },
      },
      repo.schedule('41 4 * * *'),
    );
  const openIssues = async () =>
    ((await (await fetch(`${sim.url}/repos/octo/lab/issues?state=open`)).json()) as { number: number; updated_at: string; comments: number }[]);

  it('audits, saves the cache, opens the issue; the next night changes nothing', async () => {
    const first = await run(1);
    expect(first.jobs.audit?.result).toBe('success');
    const steps = first.jobs.audit?.steps ?? [];
    expect(steps.find((s) => s.id === 'audit')?.outputs['exit-code']).toBe('1');
    expect(steps.at(-1)?.log).toMatch(/^\d+ dead links; report in reports\/health\.md$/m);
    expect(steps.at(-2)?.outputs['issue-action']).toBe('opened');
    expect(readdirSync(join(dir, 'cache'))).toEqual(['repo-audit-1']);
    const [issue] = await openIssues();
    expect(issue).toBeDefined();
    const second = await run(2);
    expect(second.jobs.audit?.steps.at(-2)?.outputs['issue-action']).toBe('unchanged');
    expect(await openIssues()).toEqual([issue]);
  });
});
