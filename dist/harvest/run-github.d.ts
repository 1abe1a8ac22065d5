import type { ResolvedOptions } from '../options.js';
import type { RepoRef } from '../types.js';
import type { GitHubContext } from './context.js';
import type { RateGate } from './gate.js';
export declare function runGitHub(ctx: GitHubContext, gate: RateGate, refs: RepoRef[], options: ResolvedOptions, notice: (line: string) => void): Promise<void>;
