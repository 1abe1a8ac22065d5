import type { LinkRewriter } from './rewrite.js';
import type { LinkOccurrence } from './occurrences.js';
/** Where `owner/name` stands in the link as written, or null when it is not written plainly after the host. */
export declare function locateRepo(occurrence: LinkOccurrence): {
    start: number;
    end: number;
} | null;
/** Where each moved repository now lives: target key (`github/owner/name`, lower-case) → `nameWithOwner`. */
export type MovedRepos = ReadonlyMap<string, string>;
/** Rewrites the `owner/name` of links to a moved repository; `skip` leaves chosen keys alone (accepted ones). */
export declare function movedRewriter(moved: MovedRepos, skip?: (key: string) => boolean): LinkRewriter;
/** `http://github.com` → `https://github.com` and `www.github.com` → `github.com`, for every github.com link. */
export declare const normalizeRewriter: LinkRewriter;
