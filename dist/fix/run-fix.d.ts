import { type HarvestHooks } from '../harvest/index.js';
import type { ResolvedOptions } from '../options.js';
import type { RepoRef } from '../types.js';
import type { MovedRepos } from './github-links.js';
import { type FilePlan, type PlanOptions } from './plan.js';
import { type UserFile } from './user-file.js';
export interface FixProblem {
    source: string;
    line: number | null;
    message: string;
}
export interface FixRequest extends PlanOptions {
    inputs: string[];
    /** Show what would change; write nothing. */
    dryRun: boolean;
    /** Take the moves from this saved snapshot or harvest file instead of asking GitHub. */
    fromSnapshot: string | null;
    /** Or the moves themselves (from an audit just run: see movesFromSnapshot). */
    moved?: MovedRepos;
}
export interface FixResult {
    /** Every file read, with what was (or would be) done to it. */
    plans: FilePlan[];
    /** Paths written (empty in a dry run). */
    written: string[];
    /** Files or inputs that could not be read or written: one line each; the others were still fixed. */
    problems: FixProblem[];
    /** Set when the harvest could not finish: links of repositories left unanswered were not touched. */
    incomplete: {
        reason: string;
    } | null;
}
export interface FixHooks {
    onProgress?: HarvestHooks['onProgress'];
    onNotice?(line: string): void;
    signal?: AbortSignal;
}
export declare function runFix(request: FixRequest, options: ResolvedOptions, hooks?: FixHooks): Promise<FixResult>;
/** The GitHub repositories the files link to, once each. */
export declare function linkedRepos(files: readonly UserFile[]): RepoRef[];
