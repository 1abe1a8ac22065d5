import type { Forge, Link } from '../types.js';
/** What a URL points at: a Link without its position and raw text. */
export type LinkTarget = Omit<Link, 'line' | 'raw'>;
/** Path segments of a URL, empty ones dropped (`/a//b/` → `a`, `b`). */
export declare function segmentsOf(url: URL): string[];
/** GitHub-style names: owners are letters, digits, `-` (and `_` for managed users); repos add `.`. */
export declare const OWNER_NAME: RegExp;
export declare const REPO_NAME: RegExp;
/** Drop a trailing `.git` (`EQ-Net.git` is repository `EQ-Net`). */
export declare function stripGit(name: string): string;
export declare function repoTarget(forge: Forge, base: string, repo: string, pathSegments: string[]): LinkTarget;
export declare function ownerTarget(forge: Forge, base: string, owner: string): LinkTarget;
/** A plain web page: the URL without its fragment; the key is its lower-cased form. */
export declare function webTarget(url: URL): LinkTarget;
