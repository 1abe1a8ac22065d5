import type { BudgetView } from './limits.js';
import type { ResolvedScenario } from './scenario.js';
import type { RepoStore } from './store.js';
export interface RootContext {
    store: RepoStore;
    scenario: ResolvedScenario;
    viewerLogin: string;
    /** The GraphQL budget after this query's charge. */
    budget: () => BudgetView;
    cost: number;
}
export declare const rootValue: {
    repository: (args: {
        owner: string;
        name: string;
        followRenames?: boolean | null;
    }, ctx: RootContext) => Record<string, unknown>;
    repositoryOwner: (args: {
        login: string;
    }, ctx: RootContext) => Record<string, unknown>;
    user: (args: {
        login: string;
    }, ctx: RootContext) => Record<string, unknown>;
    organization: (args: {
        login: string;
    }, ctx: RootContext) => Record<string, unknown>;
    viewer: (_args: unknown, ctx: RootContext) => {
        __typename: string;
        login: string;
        url: string;
        id: string;
    };
    rateLimit: (_args: unknown, ctx: RootContext) => {
        cost: number;
        limit: number;
        remaining: number;
        used: number;
        resetAt: string;
        nodeCount: number;
    };
};
