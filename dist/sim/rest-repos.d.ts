import { type SimResponse } from './response.js';
import type { ResolvedScenario } from './scenario.js';
import type { RepoStore, SimRepo } from './store.js';
export interface RestContext {
    store: RepoStore;
    scenario: ResolvedScenario;
    /** REST base of this simulator, e.g. http://127.0.0.1:PORT */
    api: string;
    /** Short token label, so ETags differ per token as GitHub's reportedly do. */
    tokenLabel: string;
    ifNoneMatch: string | null;
    ifModifiedSince: string | null;
}
/** `/repos/{o}/{r}{sub}` or `/repositories/{id}{sub}` for a known (or unknown) repository. */
export declare function repoRoute(ctx: RestContext, repo: SimRepo | undefined, sub: string, query: URLSearchParams): SimResponse;
