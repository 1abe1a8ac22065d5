// `mode: issue`: keeps ONE open "Repository health" issue in step with the newest snapshot, through
// GitHub's REST API — so a user's workflow needs nothing but `uses:` (no `gh`, no script of ours).
// Opens it when new problems appear, edits it while problems change (a body edit notifies nobody; a
// comment is added only for new problems), closes it when everything is healthy, and leaves it alone
// when nothing changed or the audit could not finish (a partial run never closes it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { Octokit } from 'octokit';
import { parseSnapshot } from '../audit/snapshot-file.js';
import { resolveOptions } from '../options.js';
import type { Snapshot } from '../types.js';
import { HEALTH_ISSUE_MARKER, HEALTH_ISSUE_TITLE, planHealthIssue, problemEntries, recordedProblems } from '../report/health-issue.js';
import { ActionInputError } from '../errors.js';
import { typedApiErrors } from './api-errors.js';
import { optionInputs, type InputReader } from './inputs.js';
import { snapshotChanged } from './snapshot-changed.js';
import { redact } from '../util/redact.js';

export const HEALTH_ISSUE_LABEL = 'repository-health';

export type IssueAction = 'opened' | 'updated' | 'closed' | 'unchanged' | 'kept' | 'none';

interface IssueSummary {
  number: number;
  body?: string | null;
  pull_request?: unknown;
}

function readSnapshot(file: string): Snapshot {
  return parseSnapshot(readFileSync(file, 'utf8'), file);
}

function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new ActionInputError('GITHUB_REPOSITORY is not set: mode "issue" runs inside a workflow');
  return { owner, repo };
}

/** The open health issue: the one carrying our marker, else the first open one with the label. */
function pickIssue(issues: readonly IssueSummary[]): IssueSummary | null {
  const real = issues.filter((i) => !i.pull_request); // the issues endpoint lists pull requests too
  return real.find((i) => i.body?.includes(HEALTH_ISSUE_MARKER)) ?? real[0] ?? null;
}

/** Upkeep of the health issue; returns the step's exit code. */
export async function runIssueMode(read: InputReader, env: NodeJS.ProcessEnv): Promise<number> {
  // token, api-url, output-dir, fail-on…: read and checked as the options table says (src/options.ts).
  const options = resolveOptions(optionInputs(read), {}, env);
  const token = options.token;
  if (token) core.setSecret(token);
  if (!token) throw new ActionInputError('input "token" is required for mode "issue" (issues: write)');
  const outDir = options.outDir;
  const currentFile = read('snapshot') || join(outDir, 'snapshot.json');
  const previousFile = read('previous-snapshot');
  const failOn = options.failOn;
  if (!existsSync(currentFile)) throw new ActionInputError(`input "snapshot": ${currentFile} does not exist (run the audit first)`);
  const current = readSnapshot(currentFile);
  const previous = previousFile && existsSync(previousFile) ? readSnapshot(previousFile) : null;
  const auditExit = read('audit-exit-code');
  const incomplete = current.incomplete?.reason ?? (auditExit !== '' && auditExit !== '0' && auditExit !== '1' ? `the audit exited with ${auditExit}` : null);
  const title = read('issue-title') || HEALTH_ISSUE_TITLE;
  const label = read('issue-label') || HEALTH_ISSUE_LABEL;

  const octokit = new Octokit({
    auth: token,
    baseUrl: options.apiUrl,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    retry: { enabled: false },
  });
  typedApiErrors(octokit, 'the health issue', options.apiUrl);
  const { owner, repo } = repository(env);
  const open = pickIssue((await octokit.rest.issues.listForRepo({ owner, repo, state: 'open', labels: label, per_page: 100 })).data);
  // Without a previous snapshot, the open issue's own record says what was already reported.
  const recorded = open ? recordedProblems(open.body) : null;
  const plan = planHealthIssue(current, previous ?? recorded, failOn, read('report-url') || null);
  core.setOutput('problems', plan.problems.length);
  core.setOutput('new-problems', plan.newProblems.length);
  const action = await upkeep();
  core.setOutput('issue-number', action.number || '');
  core.setOutput('issue-action', action.action);
  core.info(`health issue: ${action.action}${action.number ? ` (#${action.number})` : ''}; ${plan.problems.length} problem(s), ${plan.newProblems.length} new`);
  return 0;

  async function upkeep(): Promise<{ action: IssueAction; number: number }> {
    const number = open?.number ?? 0;
    if (incomplete) {
      // Unchecked repositories are not problems in a partial snapshot: editing or closing would lie.
      core.warning(redact(`the audit did not finish (${incomplete}); the health issue is left as it is`, token));
      return { action: 'kept', number };
    }
    if (plan.problems.length === 0) {
      if (!open) return { action: 'none', number };
      // Checks that failed (not --no-web skips) are not "healthy": the issue stays until they pass.
      if (plan.unchecked > 0) {
        core.warning(`${plan.unchecked} repositories could not be checked; the health issue stays open until they are`);
        return { action: 'kept', number };
      }
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'All repositories are healthy again.' });
      await octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' });
      return { action: 'closed', number };
    }
    if (!open) {
      // Only new problems open an issue: one a maintainer closed is not reopened for old ones.
      if (plan.newProblems.length === 0) return { action: 'none', number };
      const created = await octokit.rest.issues.create({ owner, repo, title, body: plan.body, labels: [label] });
      return { action: 'opened', number: created.data.number };
    }
    // Nothing new and the same problems as the issue records (or, for an issue without a record, as the previous snapshot).
    const same = recorded ? recorded.join('\n') === problemEntries(plan.problems).join('\n') : previous !== null && !snapshotChanged(previous, current);
    if (plan.newProblems.length === 0 && same) return { action: 'unchanged', number };
    await octokit.rest.issues.update({ owner, repo, issue_number: number, body: plan.body });
    if (plan.newProblems.length > 0) {
      await octokit.rest.issues.createComment({
        owner, repo, issue_number: number,
        body: `${plan.newProblems.length} new problem(s) since the previous run; the list above is updated.`,
      });
    }
    return { action: 'updated', number };
  }
}
