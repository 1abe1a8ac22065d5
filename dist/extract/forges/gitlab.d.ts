import { type LinkTarget } from '../target.js';
export declare function parseGitlab(url: URL): LinkTarget;
