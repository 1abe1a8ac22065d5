// What every lookup needs, built once per run by index.ts.
import type { RepoFacts } from '../types.js';
import type { HarvestCache } from './cache.js';
import type { GitHubClient } from './client.js';
import type { Clock } from './clock.js';
import type { TokenPool } from './pool.js';

export interface HarvestStats {
  requests: number;
  graphqlPoints: number;
  /** GraphQL queries GitHub refused (resource limits, node limit, 502/504, no usable data) and the points they cost. */
  refusedQueries: number;
  refusedPoints: number;
  cacheHits: number;
  restRequests: number;
  graphqlRequests: number;
  /** REST answers that were 304 Not Modified (free). */
  notModified: number;
  /** Requests to other forges and web hosts. */
  webRequests: number;
  /** Requests to Software Heritage and the Wayback Machine (`--archives`, `--archive-live`). */
  archiveRequests: number;
}

export interface GitHubContext {
  /** The first token's client (API URLs, whether there is a token); requests go through `pool`. */
  client: GitHubClient;
  /** Every GitHub request: the token with the most budget left sends it, under the policy. */
  pool: TokenPool;
  cache: HarvestCache;
  clock: Clock;
  stats: HarvestStats;
  signal?: AbortSignal;
  /** Deliver one answer (cached and counted by the caller). */
  emit(facts: RepoFacts): Promise<void>;
}

export { nowIso } from './clock.js';
