import type { RepoFacts, RepoRef } from '../types.js';
import type { ApiResponse } from './client.js';
import { type GitHubContext } from './context.js';
/** GET with If-None-Match from the cache; a 304 is answered from the stored body. */
export declare function conditionalGet(ctx: GitHubContext, pathOrUrl: string): Promise<ApiResponse>;
/** Root entries, emptiness and linked sub-paths of a found repository (REST). */
export declare function restDetails(ctx: GitHubContext, ref: RepoRef, facts: RepoFacts, size: number): Promise<RepoFacts>;
/** What one repository GET decides: the outcome, and for a found repository its `size`. */
export declare function restCore(ctx: GitHubContext, ref: RepoRef): Promise<{
    facts: RepoFacts;
    size: number | null;
}>;
/** Everything REST can tell about one repository. */
export declare function restLookup(ctx: GitHubContext, ref: RepoRef): Promise<RepoFacts>;
/** An owner page without a token: GET /users/{login} (users and organisations alike). */
export declare function restOwnerLookup(ctx: GitHubContext, ref: RepoRef): Promise<RepoFacts>;
