// The action's `fix: true` step, run after the audit: the moved links the audit found are rewritten
// in the audited files (no second harvest) and proposed as one pull request (fix-pull-request.ts).
import { Octokit } from 'octokit';
import { movesFromSnapshot } from '../fix/moves.js';
import { runFix } from '../fix/run-fix.js';
import type { ResolvedOptions } from '../options.js';
import type { Snapshot } from '../types.js';
import { ActionInputError } from '../errors.js';
import { typedApiErrors } from './api-errors.js';
import { gitIn, openFixPullRequest, type FixPullRequestOutcome } from './fix-pull-request.js';

export interface FixStepOutcome extends FixPullRequestOutcome {
  /** Files or links that could not be fixed, one line each (the rest was proposed). */
  problems: string[];
}

export async function runFixStep(paths: string[], options: ResolvedOptions, snapshot: Snapshot, env: NodeJS.ProcessEnv): Promise<FixStepOutcome> {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !repository.includes('/')) throw new ActionInputError('fix: GITHUB_REPOSITORY is not set: cannot open a pull request');
  const result = await runFix({ inputs: paths, dryRun: false, normalize: false, fromSnapshot: null, moved: movesFromSnapshot(snapshot) }, options);
  const octokit = new Octokit({ baseUrl: options.apiUrl, ...(options.token ? { auth: options.token } : {}) });
  typedApiErrors(octokit, 'the fix pull request', options.apiUrl);
  const outcome = await openFixPullRequest(result, {
    git: gitIn(env.GITHUB_WORKSPACE || process.cwd()),
    request: (route, params) => octokit.request(route, params),
    repository,
  });
  return { ...outcome, problems: [...result.problems.map((p) => p.message), ...result.plans.flatMap((p) => p.notices)] };
}
