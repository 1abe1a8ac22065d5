import type { Link } from '../types.js';
/**
 * Links in `text`, whose first line is `line` (1-based). Links to the same URL are kept once
 * (`…/EQ-Net.git{…/EQ-Net}` is one link), in order of appearance.
 */
export declare function findLinks(text: string, line: number, into?: Link[]): Link[];
/**
 * findLinks without the keyword pre-scan (the caller did it). `seen`: the URLs already in `into`
 * (a caller adding many texts to one list keeps it, so the work stays linear).
 */
export declare function collectLinks(text: string, line: number, into: Link[], from?: number, seen?: Set<string>): Link[];
