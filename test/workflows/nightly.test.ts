// .github/workflows/nightly.yml, run by the harness as the runner runs it, night after night against
// one simulator (the bundled scenario plus the repository itself, whose issues it keeps) and one
// repository whose default branch is `trunk`. Each test is the next run; they build on each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type RunningSimulator, type Scenario } from '../../src/sim/index.js';
import { ROOT } from '../harness/action-runner.js';
import { DEFAULT_BRANCH, TestRepository } from '../harness/repository.js';
import { runWorkflow, type RunnerSetup, type Trigger, type WorkflowRun } from '../harness/workflow.js';

const REPO = 'octo/papers';
const WRITE_TOKEN = 'sim_token_job_write_0001';
const FORK_TOKEN = 'sim_token_fork_readonly_01';
const BROKE_TOKEN = 'sim_token_no_budget_00001';
const HEALTHY = 'abhibambhaniya/progressive_gradient_flow_nm_sparsity';

interface Issue {
  number: number;
  state: string;
  title: string;
  body: string;
  comments: number;
  updated_at: string;
  labels: { name: string }[];
  pull_request?: unknown;
}

// Each test runs the whole workflow (two or three jobs, the audit under Node 24); on a shared 2-core
// machine one run takes 15–60 s.
describe('nightly.yml, run as the runner runs it', { timeout: 240_000 }, () => {
  let sim: RunningSimulator;
  let dir: string;
  let repo: TestRepository;
  let runId = 100;

  beforeAll(async () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'examples/scenarios/hf-papers.json'), 'utf8')) as Scenario & { repos: object[]; tokens: object[] };
    const scenario = {
      ...base,
      tokens: [
        ...base.tokens,
        { token: WRITE_TOKEN, login: 'github-actions[bot]' },
        { token: FORK_TOKEN, login: 'github-actions[bot]', readOnly: true },
        { token: BROKE_TOKEN, login: 'broke', rest: 0, graphql: 0 },
      ],
      repos: [...base.repos, { repo: REPO }],
    } as Scenario;
    sim = await startSimulator(scenario);
    dir = mkdtempSync(join(tmpdir(), 'ra-nightly-'));
    repo = new TestRepository(dir, REPO, ['action.yml', 'dist', '.github/workflows/nightly.yml', 'examples/hf-papers']);
  });

  afterAll(async () => {
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function setup(extra: Partial<RunnerSetup> = {}): RunnerSetup {
    runId++;
    return {
      workflow: join(ROOT, '.github/workflows/nightly.yml'),
      repository: REPO,
      remote: repo.remote,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      token: WRITE_TOKEN,
      secrets: {},
      cacheStore: join(dir, 'cache'),
      runRoot: join(dir, `run-${runId}`),
      runId,
      ...extra,
    };
  }

  async function run(trigger: Trigger, extra: Partial<RunnerSetup> = {}): Promise<WorkflowRun> {
    return runWorkflow(setup(extra), trigger);
  }

  async function issues(query = 'state=all'): Promise<Issue[]> {
    const res = await fetch(`${sim.url}/repos/${REPO}/issues?${query}`, { headers: { authorization: `token ${WRITE_TOKEN}` } });
    return ((await res.json()) as Issue[]).filter((i) => !i.pull_request);
  }

  async function comments(number: number): Promise<string[]> {
    const res = await fetch(`${sim.url}/repos/${REPO}/issues/${number}/comments`, { headers: { authorization: `token ${WRITE_TOKEN}` } });
    return ((await res.json()) as { body: string }[]).map((c) => c.body);
  }

  function stepOutput(r: WorkflowRun, job: string, step: string): Record<string, string> {
    return r.jobs[job]?.steps.find((s) => s.id === step)?.outputs ?? {};
  }

  // Writes to the REST API (a GraphQL query is a POST that only reads).
  const writes = () => sim.log.entries().filter((e) => e.method !== 'GET' && e.method !== 'HEAD' && !e.path.includes('graphql')).length;

  it('a scheduled run (no repository in the event) commits the reports to the default branch and opens the issue', async () => {
    const before = repo.head();
    const r = await run(repo.schedule());
    expect(r.jobs.audit?.result).toBe('success');
    expect(r.jobs.audit?.outputs.changed).toBe('true');
    expect(r.jobs.publish?.result).toBe('success');
    // The commit is on trunk (`github.ref_name`), not on an empty branch name.
    expect(repo.head()).not.toBe(before);
    expect(repo.log()[0]).toBe('nightly: refresh repository health reports');
    expect(JSON.parse(repo.show('reports/snapshot.json')).repos.length).toBeGreaterThan(50);
    const open = await issues('state=open');
    expect(open).toHaveLength(1);
    expect(open[0]?.labels.map((l) => l.name)).toEqual(['repository-health']);
    expect(open[0]?.body).toContain(`https://github.com/${REPO}/blob/${DEFAULT_BRANCH}/reports/health.md`);
    expect(r.jobs['health-issue']?.steps.at(-1)?.outputs['issue-action']).toBe('opened');
    // The cache was saved under this run's key.
    expect(readdirSync(join(dir, 'cache'))).toContain(`repo-audit-cache-${runId}`);
  });

  it('a second run with nothing new commits nothing and leaves the issue alone', async () => {
    const head = repo.head();
    const [issue] = await issues('state=open');
    const r = await run(repo.schedule());
    expect(r.jobs.audit?.result).toBe('success');
    expect(r.jobs.audit?.outputs.changed).toBe('false');
    expect(r.jobs.publish?.result).toBe('skipped');
    expect(repo.head()).toBe(head);
    expect(r.jobs['health-issue']?.steps.at(-1)?.outputs['issue-action']).toBe('unchanged');
    const [after] = await issues('state=open');
    expect(after).toEqual(issue);
  });

  it('new problems (a dispatched run after a new paper) update the one issue and say so in a comment', async () => {
    repo.change({ 'examples/hf-papers/900_new.txt': 'A new paper.\nCode: https://github.com/nobody-at-all/vanished-code\n' }, 'add a paper');
    const [issue] = await issues('state=open');
    const r = await run(repo.dispatch());
    expect(r.jobs.publish?.result).toBe('success');
    expect(repo.show('reports/health.md')).toContain('nobody-at-all/vanished-code');
    expect(r.jobs['health-issue']?.steps.at(-1)?.outputs).toMatchObject({ 'issue-action': 'updated', 'new-problems': '1' });
    const open = await issues('state=open');
    expect(open.map((i) => i.number)).toEqual([issue?.number]);
    expect(open[0]?.body).toContain('nobody-at-all/vanished-code');
    expect((await comments(issue!.number)).at(-1)).toBe('1 new problem(s) since the previous run; the list above is updated.');
  });

  it('a run that could not finish (exit 3) keeps the issue open, saves the cache and publishes nothing', async () => {
    repo.change({ 'examples/hf-papers/901_more.txt': 'Another paper.\nCode: https://github.com/someone-new/unseen-repo\n' }, 'add another paper');
    const head = repo.head();
    const [issue] = await issues('state=open');
    // The repository's own token has no budget left: the new link cannot be checked.
    const r = await run(repo.schedule(), { secrets: { AUDIT_TOKEN: BROKE_TOKEN } });
    expect(stepOutput(r, 'audit', 'audit')['exit-code']).toBe('3');
    expect(r.jobs.audit?.result).toBe('failure');
    expect(readdirSync(join(dir, 'cache'))).toContain(`repo-audit-cache-${runId}`);
    expect(r.jobs.publish?.result).toBe('skipped');
    expect(repo.head()).toBe(head);
    expect(r.jobs['health-issue']?.result).toBe('success');
    expect(r.jobs['health-issue']?.steps.at(-1)?.outputs['issue-action']).toBe('kept');
    expect(await issues('state=open')).toEqual([issue]);
  });

  it('a fork pull request (read-only token, no secrets) audits, writes nothing and does not fail', async () => {
    const sha = repo.pullRequest(7, { 'examples/hf-papers/902_fork.txt': 'Fork paper.\nCode: https://github.com/forked-person/forked-code\n' });
    const refs = repo.refs();
    const issuesBefore = await issues();
    const writesBefore = writes();
    const r = await run(repo.forkPullRequest(7, sha), { token: FORK_TOKEN, secrets: {} });
    expect(r.jobs.audit?.result).toBe('success');
    expect(['0', '1']).toContain(r.jobs.audit?.outputs['exit-code']);
    expect(r.jobs.publish?.result).toBe('skipped');
    expect(r.jobs['health-issue']?.result).toBe('skipped');
    expect(repo.refs()).toBe(refs);
    expect(await issues()).toEqual(issuesBefore);
    expect(writes()).toBe(writesBefore);
  });

  it('when the default branch refuses the push, one pull request carries the reports', async () => {
    repo.change({ 'examples/hf-papers/903_pr.txt': 'A paper.\nCode: https://github.com/pr-person/pr-code\n' }, 'add a paper');
    repo.protect(true);
    try {
      const head = repo.head();
      const first = await run(repo.dispatch());
      expect(first.jobs.publish?.result, first.jobs.publish?.steps.at(-1)?.log).toBe('success');
      expect(repo.head()).toBe(head);
      expect(repo.show('reports/snapshot.json', 'repo-audit/reports')).toContain('pr-person/pr-code');
      const pulls = async () => (await (await fetch(`${sim.url}/repos/${REPO}/pulls?state=open`)).json()) as { number: number; head: { ref: string }; base: { ref: string } }[];
      expect((await pulls()).map((p) => [p.head.ref, p.base.ref])).toEqual([['repo-audit/reports', DEFAULT_BRANCH]]);
      // The next night finds its pull request open and only updates the branch.
      const second = await run(repo.dispatch());
      expect(second.jobs.publish?.steps.at(-1)?.log).toContain('the open pull request from repo-audit/reports now has the new reports');
      expect(await pulls()).toHaveLength(1);
    } finally {
      repo.protect(false);
    }
  });

  it('a push that leaves only healthy papers closes the issue', async () => {
    const before = repo.head();
    repo.change({ 'examples/hf-papers': null, 'examples/hf-papers/healthy.txt': `A healthy paper.\nCode: https://github.com/${HEALTHY}\n` }, 'only healthy papers');
    const r = await run(repo.push(before));
    expect(r.jobs.audit?.outputs['exit-code']).toBe('0');
    expect(r.jobs.publish?.result).toBe('success');
    expect(r.jobs['health-issue']?.steps.at(-1)?.outputs['issue-action']).toBe('closed');
    expect(await issues('state=open')).toEqual([]);
    const [closed] = await issues('state=closed');
    expect((await comments(closed!.number)).at(-1)).toBe('All repositories are healthy again.');
  });
});
