import type { BudgetView } from './limits.js';
import { type SimResponse } from './response.js';
import type { ResolvedScenario } from './scenario.js';
import type { RepoStore } from './store.js';
export interface GraphqlEnv {
    store: RepoStore;
    scenario: ResolvedScenario;
    viewerLogin: string;
    /** Numeric id for messages ("API rate limit exceeded for user ID …"). */
    viewerId: number;
    budget: {
        view(): BudgetView;
        canSpend(cost: number): boolean;
        spend(cost: number): void;
    };
    /** Fault hook: a status to fail with because a repository of the query must fail first, or null. */
    failFor(repos: string[]): number | null;
    sleep(ms: number): Promise<void>;
}
export declare function graphqlRoute(env: GraphqlEnv, bodyText: string): Promise<SimResponse>;
