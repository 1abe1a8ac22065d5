import type { FixResult } from '../fix/run-fix.js';
/** The one branch the fixes live on. */
export declare const FIX_BRANCH = "repo-audit/fix-links";
export declare const FIX_TITLE = "Update links to moved repositories";
/** What openFixPullRequest needs from its surroundings (real git and Octokit in the action; the same in tests). */
export interface FixPullRequestDeps {
    /** Runs git in the workspace, resolving to stdout; rejects on a non-zero exit. */
    git(args: string[]): Promise<string>;
    /** Octokit's `request` (pointed at GITHUB_API_URL, authenticated with the action's token). */
    request(route: string, params: Record<string, unknown>): Promise<{
        data: unknown;
    }>;
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
export declare function fixPullRequestBody(result: Pick<FixResult, 'plans' | 'written'>): string;
/** Commit the files `runFix` wrote to FIX_BRANCH, push it, and open or update its pull request. */
export declare function openFixPullRequest(result: FixResult, deps: FixPullRequestDeps): Promise<FixPullRequestOutcome>;
/** A git runner for the workspace `cwd`. */
export declare function gitIn(cwd: string): FixPullRequestDeps['git'];
