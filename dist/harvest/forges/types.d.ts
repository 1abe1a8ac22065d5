import type { RepoFacts, RepoRef } from '../../types.js';
export interface ForgeAdapter {
    /** Public API base when none is configured in options.forgeUrls (no CLI flag sets it). */
    defaultBase: string;
    url(ref: RepoRef, base: string): string;
    /** Facts from a 200 answer; `facts` is the blank found record to fill. */
    map(data: unknown, facts: RepoFacts): RepoFacts;
    /** Statuses meaning "no such (public) repository". */
    missing: number[];
}
