import { type LinkTarget } from './target.js';
export type { LinkTarget } from './target.js';
/**
 * Classify a parsed URL. Hosts are compared exactly (after the WHATWG parser lower-cases and
 * punycodes them), so look-alikes such as `gіthub.com` (Cyrillic і) or `github.com.evil.example`
 * are plain web pages.
 */
export declare function classifyUrl(url: URL): LinkTarget;
/**
 * Classify a URL as written in a text (`github.com/o/r`, `git@github.com:o/r.git`, `…/CFSP.`):
 * cleaned, credentials dropped, then classified. Null when it is not a web address at all.
 */
export declare function parseCodeLink(url: string): LinkTarget | null;
