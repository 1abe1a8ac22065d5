// The action's `fix: true`: after the audit, the moved links in the inputs are rewritten (by
// runFix, from the audit's own findings) and proposed in one pull request on one branch, opened
// the first time and updated afterwards. It never pushes to the default branch: the commit goes to
// `repo-audit/fix-links` only, and the workspace is put back on the ref it was on.
// Needs `contents: write` and `pull-requests: write`, and a checkout that kept its credentials.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GitCommandFailed, UsageError, isSystemError } from '../errors.js';
import type { FixResult } from '../fix/run-fix.js';
import { mdCode } from '../report/escape.js';
import { plural } from '../report/labels.js';

/** The one branch the fixes live on. */
export const FIX_BRANCH = 'repo-audit/fix-links';
export const FIX_TITLE = 'Update links to moved repositories';
/** GitHub refuses pull request bodies over 65,536 characters; a margin for the closing note. */
const BODY_LIMIT = 60_000;

/** What openFixPullRequest needs from its surroundings (real git and Octokit in the action; the same in tests). */
export interface FixPullRequestDeps {
  /** Runs git in the workspace, resolving to stdout; rejects on a non-zero exit. */
  git(args: string[]): Promise<string>;
  /** Octokit's `request` (pointed at GITHUB_API_URL, authenticated with the action's token). */
  request(route: string, params: Record<string, unknown>): Promise<{ data: unknown }>;
  /** `owner/name` of the repository the workflow runs in (GITHUB_REPOSITORY). */
  repository: string;
}

export interface FixPullRequestOutcome {
  action: 'none' | 'created' | 'updated';
  number: number | null;
  url: string | null;
  /** Links rewritten. */
  changes: number;
}

/** The pull request's body: every change with its file, line, old and new URL. */
export function fixPullRequestBody(result: Pick<FixResult, 'plans' | 'written'>): string {
  const plans = result.plans.filter((p) => p.next && result.written.includes(p.file.path));
  const total = plans.reduce((n, p) => n + p.changes.length, 0);
  const head = [
    `repo-audit found ${plural(total, 'link')} in ${plural(plans.length, 'file')} pointing at repositories that were renamed or transferred, and rewrote each to the new home. Only the \`owner/name\` part of each URL changed.`,
    '| File | Line | Old | New |\n| --- | ---: | --- | --- |',
  ];
  let body = head.join('\n\n');
  let shown = 0;
  for (const p of plans) {
    for (const c of p.changes) {
      const row = `\n| ${mdCode(p.file.path, 120)} | ${c.line} | ${mdCode(c.old, 200)} | ${mdCode(c.new, 200)} |`;
      if (body.length + row.length > BODY_LIMIT) break;
      body += row;
      shown++;
    }
  }
  if (shown < total) body += `\n\nThe first ${shown} of ${total} changes; the commit holds all of them.`;
  return `${body}\n\nOpened by the repo-audit action (\`fix: true\`); rerunning it updates this pull request. Review the diff before merging.\n`;
}

interface PullSummary {
  number: number;
  html_url: string;
}

/** Commit the files `runFix` wrote to FIX_BRANCH, push it, and open or update its pull request. */
export async function openFixPullRequest(result: FixResult, deps: FixPullRequestDeps): Promise<FixPullRequestOutcome> {
  const changes = result.plans.filter((p) => result.written.includes(p.file.path)).reduce((n, p) => n + p.changes.length, 0);
  if (result.written.length === 0) return { action: 'none', number: null, url: null, changes: 0 };
  const [owner, repo] = deps.repository.split('/') as [string, string];
  const { data: repository } = (await deps.request('GET /repos/{owner}/{repo}', { owner, repo })) as { data: { default_branch: string } };
  if (repository.default_branch === FIX_BRANCH) throw new UsageError(`the default branch is ${FIX_BRANCH}; refusing to push fixes to it`);
  await commitToFixBranch(result.written, deps.git);
  const body = fixPullRequestBody(result);
  const { data: open } = (await deps.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', head: `${owner}:${FIX_BRANCH}` })) as { data: PullSummary[] };
  const existing = open[0];
  if (existing) {
    await deps.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: existing.number, title: FIX_TITLE, body });
    return { action: 'updated', number: existing.number, url: existing.html_url, changes };
  }
  const { data: created } = (await deps.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, title: FIX_TITLE, head: FIX_BRANCH, base: repository.default_branch, body })) as { data: PullSummary };
  return { action: 'created', number: created.number, url: created.html_url, changes };
}

/** The written files as one commit on FIX_BRANCH (from the checked-out commit), force-pushed; then back where we were. */
async function commitToFixBranch(files: readonly string[], git: FixPullRequestDeps['git']): Promise<void> {
  const where = (await git(['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
  const back = where === 'HEAD' ? (await git(['rev-parse', 'HEAD'])).trim() : where;
  await git(['checkout', '-B', FIX_BRANCH]);
  try {
    await git(['add', '--', ...files]);
    await git(['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com', 'commit', '--quiet', '-m', FIX_TITLE, '-m', 'Rewritten by repo-audit fix: links to renamed or transferred repositories now point at their new homes.']);
    // Force: the branch always holds exactly one commit on top of the audited one.
    await git(['push', '--force', '--quiet', 'origin', `HEAD:refs/heads/${FIX_BRANCH}`]);
  } finally {
    await git(['checkout', '--quiet', back]);
  }
}

/** A git runner for the workspace `cwd`. */
export function gitIn(cwd: string): FixPullRequestDeps['git'] {
  const run = promisify(execFile);
  return async (args) => {
    try {
      return (await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;
    } catch (err) {
      if (isSystemError(err)) throw err; // no git at all (ENOENT): the machine's, said as it is
      // git ran and refused: its own first line says why (`! [rejected] … (fetch first)`).
      const said = String((err as { stderr?: unknown }).stderr ?? '').split('\n').map((l) => l.trim()).find(Boolean);
      throw new GitCommandFailed(args[0] ?? '', said ?? `exit code ${String((err as { code?: unknown }).code)}`, { cause: err });
    }
  };
}
