import { type LinkTarget } from '../target.js';
export declare function parseAnonymous4open(url: URL): LinkTarget;
