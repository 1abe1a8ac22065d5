import type { Snapshot } from '../types.js';
/** HTML around Markdown needs blank lines on both sides for GitHub to render the table inside. */
export declare function details(summary: string, body: string): string;
export declare function allReposSection(snapshot: Snapshot): string;
export declare function notCheckedSection(snapshot: Snapshot): string | null;
