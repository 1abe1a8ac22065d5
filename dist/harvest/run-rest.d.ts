import type { RepoRef } from '../types.js';
import type { GitHubContext } from './context.js';
type Schedule = <T>(fn: () => Promise<T>) => Promise<T>;
export declare function restRun(ctx: GitHubContext, refs: RepoRef[], schedule: Schedule): Promise<void>;
export {};
