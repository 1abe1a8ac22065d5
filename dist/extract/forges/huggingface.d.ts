import { type LinkTarget } from '../target.js';
export declare function parseHuggingface(url: URL): LinkTarget;
