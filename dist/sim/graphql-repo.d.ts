import type { RepoStore, SimRepo } from './store.js';
export declare function graphqlRepository(store: RepoStore, repo: SimRepo, emptyRefsNull: boolean): Record<string, unknown>;
