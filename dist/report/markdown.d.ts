import type { Snapshot } from '../types.js';
export interface MarkdownOptions {
    /**
     * The way from the report's folder to the folder the inputs were named from (e.g. `..` for
     * `reports/`), to link each `file:line` to the file; null or absent: no links.
     */
    sourceBase?: string | null;
}
export declare function renderMarkdown(snapshot: Snapshot, previous?: Snapshot | null, options?: MarkdownOptions): string;
