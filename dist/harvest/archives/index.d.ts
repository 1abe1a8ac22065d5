import type { ResolvedOptions } from '../../options.js';
import type { RepoFacts } from '../../types.js';
import type { HarvestCache } from '../cache.js';
import type { Clock } from '../clock.js';
/** A snapshot in an archive does not go away: reuse a found copy for a month. */
export declare const COPY_MAX_AGE_MS: number;
/** "Not archived" may change (someone saves it): ask again after a week. */
export declare const NONE_MAX_AGE_MS: number;
export interface ArchiveContext {
    clock: Clock;
    cache: HarvestCache;
    notice(line: string): void;
    onRequest(): void;
    signal?: AbortSignal;
    timeoutMs?: number;
    /** Backoff of 5xx / no answer (tests shorten it). */
    backoffMs?: number;
}
type Target = 'repo' | 'page';
/** Which archive lookups a dead target gets: `repo` (Software Heritage + Wayback), `page` (Wayback), or none. */
export declare function deadTarget(f: RepoFacts): Target | null;
/** The origin URL Software Heritage knows a repository by: the repository's own URL, without a trailing slash or `.git`. */
export declare function originOf(f: RepoFacts): string;
/** Facts with `archive` set on every dead target (and on saved live ones); the others unchanged. */
export declare function findArchivedCopies(facts: RepoFacts[], options: ResolvedOptions, ctx: ArchiveContext): Promise<RepoFacts[]>;
export {};
