import { type LinkTarget } from '../target.js';
export declare function parseGithubPages(url: URL): LinkTarget;
