// The nightly's issue step, run with bash exactly as written in nightly.yml, with a stand-in `gh`
// on PATH that records its arguments and plays an issue list: one open issue or none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readYaml, type Workflow } from './load.js';

const wf = readYaml(join(ROOT, '.github/workflows/nightly.yml')).doc as Workflow;
const step = (wf.jobs['health-issue']?.steps ?? []).find((s) => s.run?.includes('gh issue'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-nightly-'));
  // `gh issue list … --jq …` prints the open issue's number (or nothing); every call is logged.
  writeFileSync(
    join(dir, 'gh'),
    ['#!/bin/bash', 'printf "%s\\n" "$*" >> "$GH_CALLS"', 'if [ "$1 $2" = "issue list" ]; then printf "%s" "$OPEN_ISSUE"; fi'].join('\n'),
  );
  chmodSync(join(dir, 'gh'), 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runIssueStep(problems: number, newProblems: number, openIssue: string): string[] {
  const calls = join(dir, `calls-${problems}-${newProblems}-${openIssue || 'none'}`);
  writeFileSync(calls, '');
  const env: Record<string, string> = {
    PATH: `${dir}:${process.env.PATH ?? ''}`,
    GH_CALLS: calls,
    OPEN_ISSUE: openIssue,
    RUNNER_TEMP: dir,
    ...(step?.env ?? {}),
    PROBLEMS: String(problems),
    NEW_PROBLEMS: String(newProblems),
  };
  // The publish directory the step reads the body from.
  execFileSync('mkdir', ['-p', join(dir, 'publish')]);
  writeFileSync(join(dir, 'publish', 'health-issue.md'), 'body');
  execFileSync('bash', ['-e', '-c', step?.run ?? 'exit 1'], { env, timeout: 10_000 });
  return readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean);
}

describe('nightly.yml: the one "Repository health" issue', () => {
  it('is the step that talks to gh, with values passed through env', () => {
    expect(step?.env?.PROBLEMS).toBe('${{ needs.audit.outputs.problems }}');
    expect(step?.run).not.toContain('${{');
  });

  it('healthy, no issue: does nothing', () => {
    expect(runIssueStep(0, 0, '')).toEqual([expect.stringMatching(/^issue list --state open --label repository-health/)]);
  });

  it('healthy again: closes the open issue', () => {
    const calls = runIssueStep(0, 0, '42');
    expect(calls[1]).toMatch(/^issue close 42 --comment All repositories are healthy again\.$/);
    expect(calls).toHaveLength(2);
  });

  it('new problems, no issue: creates the label and one issue', () => {
    const calls = runIssueStep(3, 2, '');
    expect(calls[1]).toMatch(/^label create repository-health/);
    expect(calls[2]).toMatch(/^issue create --title Repository health --label repository-health --body-file .*health-issue\.md$/);
    expect(calls).toHaveLength(3);
  });

  it('old problems only, no open issue (a maintainer closed it): does not reopen', () => {
    expect(runIssueStep(3, 0, '')).toHaveLength(1);
  });

  it('new problems, issue open: updates it and comments once', () => {
    const calls = runIssueStep(3, 2, '42');
    expect(calls[1]).toMatch(/^issue edit 42 --body-file /);
    expect(calls[2]).toMatch(/^issue comment 42 --body 2 new problem/);
    expect(calls).toHaveLength(3);
  });

  it('same problems, issue open: refreshes the body without a notification', () => {
    const calls = runIssueStep(3, 0, '42');
    expect(calls.slice(1)).toEqual([expect.stringMatching(/^issue edit 42 --body-file /)]);
  });
});
