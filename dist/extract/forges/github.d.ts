import { type LinkTarget } from '../target.js';
export declare const GITHUB_HOSTS: Set<string>;
export declare function parseGithub(url: URL): LinkTarget;
