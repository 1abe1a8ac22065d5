import type { LinkTarget } from './target.js';
/** The paper a URL points at, or null when it is not a paper page. */
export declare function paperTarget(url: URL, bareHost: string): LinkTarget | null;
/** A link to code (or a project page): anything but the paper itself. */
export declare const isCodeLink: (link: {
    kind: string;
}) => boolean;
