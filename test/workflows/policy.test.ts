// The rules every workflow (and action.yml) of this project keeps: third-party actions pinned to a
// full commit SHA with the version in a comment, least-privilege permissions on every job, a
// concurrency group, and no `${{ … }}` expression inside a `run:` script (values go through env).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT, readYaml, workflowFiles, type Step, type Workflow } from './load.js';

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/;

/** `uses:` lines as written, with their comment, for every step in a file. */
function usesLines(text: string): string[] {
  return [...text.matchAll(/^\s*(?:- )?uses:\s*(.+?)\s*$/gm)].map((m) => m[1] ?? '');
}

function runSteps(wf: Workflow): Step[] {
  return Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.run !== undefined));
}

function policyViolations(text: string, wf: Workflow): string[] {
  const problems: string[] = [];
  for (const uses of usesLines(text)) {
    if (uses.startsWith('./')) continue;
    if (!PINNED.test(uses)) problems.push(`not pinned to a full SHA with a version comment: ${uses}`);
  }
  if (!wf.concurrency) problems.push('no concurrency group');
  for (const [name, job] of Object.entries(wf.jobs)) {
    if (job.permissions === undefined) problems.push(`job ${name} has no permissions:`);
  }
  for (const step of runSteps(wf)) {
    if (step.run?.includes('${{')) problems.push(`expression interpolated into a run script: ${step.run.split('\n')[0]}`);
  }
  return problems;
}

describe('workflow policy', () => {
  it('catches what it is meant to catch', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: echo "${{ github.event.issue.title }}"',
    ].join('\n');
    const wf: Workflow = { on: 'push', jobs: { a: { steps: [{ uses: 'actions/checkout@v4' }, { run: 'echo "${{ github.event.issue.title }}"' }] } } };
    expect(policyViolations(text, wf)).toHaveLength(4);
  });

  for (const file of workflowFiles()) {
    it(`${basename(file)} keeps every rule`, () => {
      const { text, doc } = readYaml(file);
      expect(policyViolations(text, doc as Workflow)).toEqual([]);
    });
  }

  it('the example workflows keep the rules and pin each action to the same commit as ours (an example cannot lag behind)', () => {
    const files = [...workflowFiles(), ...readdirSync(join(ROOT, 'examples/workflows')).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(ROOT, 'examples/workflows', f))];
    const pins = new Map<string, Set<string>>();
    for (const file of files) {
      const { text, doc } = readYaml(file);
      if (file.includes('/examples/')) expect(policyViolations(text, doc as Workflow), file).toEqual([]);
      for (const uses of usesLines(text)) {
        if (uses.startsWith('./')) continue;
        const action = uses.replace(/@.*$/, '');
        pins.set(action, (pins.get(action) ?? new Set()).add(uses));
      }
    }
    expect(pins.size).toBeGreaterThan(3);
    for (const [action, seen] of pins) expect([...seen], action).toHaveLength(1);
  });

  it('action.yml runs its committed bundle: no steps, no install, no build', () => {
    const { text, doc } = readYaml(join(ROOT, 'action.yml'));
    expect((doc as { runs: unknown }).runs).toEqual({ using: 'node24', main: 'dist/index.mjs' });
    expect(usesLines(text)).toEqual([]);
  });
});

describe('ci.yml', () => {
  const wf = readYaml(join(ROOT, '.github/workflows/ci.yml')).doc as Workflow & { jobs: Record<string, { strategy?: { matrix?: { node?: number[] } } }> };
  it('installs, typechecks, tests and builds on Node 20 and 22', () => {
    const test = wf.jobs.test;
    expect(test?.strategy?.matrix?.node).toEqual([20, 22]);
    const runs = (test?.steps ?? []).map((s) => s.run ?? '').join('\n');
    for (const command of ['npm ci', 'npm run typecheck', 'npm test', 'npm run build']) expect(runs).toContain(command);
  });
});

describe('nightly.yml', () => {
  const { text, doc } = readYaml(join(ROOT, '.github/workflows/nightly.yml'));
  const wf = doc as Workflow & { on: { schedule: { cron: string }[]; workflow_dispatch?: unknown } };

  it('runs on a schedule at an odd minute and on demand', () => {
    const minute = Number(wf.on.schedule[0]?.cron.split(' ')[0]);
    expect(minute % 2).toBe(1);
    expect('workflow_dispatch' in wf.on).toBe(true);
  });

  it('restores and saves the cache in separate steps, the save always, and audits with this action', () => {
    const steps = wf.jobs.audit?.steps ?? [];
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache/restore@'));
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save@'));
    expect(restore?.with?.path).toBe('.repo-audit');
    expect(save?.with?.path).toBe('.repo-audit');
    expect(save?.if).toBe('always()');
    expect(steps.some((s) => s.uses?.startsWith('actions/cache@'))).toBe(false);
    const audit = steps.find((s) => s.uses === './');
    expect(audit?.with?.paths).toBe('examples/hf-papers/');
  });

  it('takes the default branch from the event, or from the ref on a schedule', () => {
    expect((wf as { env?: Record<string, string> }).env?.DEFAULT_BRANCH).toBe('${{ github.event.repository.default_branch || github.ref_name }}');
    expect(text).not.toMatch(/default_branch \}\}/);
  });

  it('writes only in the jobs that must, and only what they must', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.audit?.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.publish?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(wf.jobs['health-issue']?.permissions).toEqual({ issues: 'write' });
  });

  it('commits only when the reports changed and keeps the issue through the action alone', () => {
    expect((wf.jobs.publish as { if?: string }).if).toContain("changed == 'true'");
    const issueStep = wf.jobs['health-issue']?.steps?.at(-1);
    expect(issueStep?.uses).toBe('./');
    expect(issueStep?.with?.mode).toBe('issue');
    expect(text).not.toContain('dist/');
  });
});
