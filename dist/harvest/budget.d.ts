import type { GitHubClient } from './client.js';
import type { Budget, RateGate } from './gate.js';
/** Read /rate_limit into the gate. Returns false when the server has none (GHES with limits off). */
export declare function readBudget(client: GitHubClient, gate: RateGate): Promise<boolean>;
export interface Plan {
    resource: 'graphql' | 'core';
    /** Budget units the work needs (points or requests). */
    needed: number;
    notices: string[];
}
/**
 * What `repos` GitHub targets will cost, and whether it fits. `detailRequests` is what the
 * token-less path spends after the first GET (root listing and sub-paths of each repository).
 */
export declare function planGitHub(repos: number, hasToken: boolean, batchSize: number, budget: Budget | undefined, wait: boolean, now: number, detailRequests?: number): Plan;
