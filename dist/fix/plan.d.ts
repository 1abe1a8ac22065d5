import type { LinkRewriter, LinkChange } from './rewrite.js';
import { type MovedRepos } from './github-links.js';
import { type UserFile } from './user-file.js';
export interface PlanOptions {
    /** Also rewrite `http://github.com` → `https://`, `www.github.com` → `github.com`. */
    normalize: boolean;
    /** The ignore-file entry (`file:line`) that accepts a target, or null: accepted links are left alone. */
    acceptedAt?: (key: string, url: string) => string | null;
    /** More rewriters, applied after the built-in ones (e.g. archived copies for dead links). */
    rewriters?: readonly LinkRewriter[];
}
export interface FilePlan {
    file: UserFile;
    /** The new content, or null when nothing changes. */
    next: Buffer | null;
    changes: LinkChange[];
    /** `path:line: why` for moved links left as they are. */
    notices: string[];
}
export declare function planFile(file: UserFile, moved: MovedRepos, options: PlanOptions): FilePlan;
