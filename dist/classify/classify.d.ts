import type { RepoFacts, RepoHealth } from '../types.js';
export interface ClassifyContext {
    now: Date;
    /** A repository is `stale` after this many days without a push. */
    staleDays: number;
    /** Some paper citing this repository said its code would be released later. */
    promised: boolean;
}
export declare function classifyRepo(facts: RepoFacts, ctx: ClassifyContext): RepoHealth;
