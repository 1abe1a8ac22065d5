import type { RepoFlag, RepoStatus, Snapshot } from '../types.js';
import { type OccurrenceIndex } from './occurrences.js';
export interface ProblemSection {
    /** Stable anchor-friendly id, e.g. `not-found`. */
    id: RepoStatus | RepoFlag;
    title: string;
    count: number;
    /** A line before the table (escaped Markdown), e.g. the reason shared by every row; may be empty. */
    note: string;
    table: string;
}
/** `sourceBase`: see sourceRef (null: `file:line` without a link, as in the job summary). */
export declare function problemSections(snapshot: Snapshot, index: OccurrenceIndex, sourceBase?: string | null): ProblemSection[];
/** How to act on moved links (docs/fix.md). */
export declare const MOVED_NOTE = "Fix them in your files with `repo-audit fix FILES\u2026` (add `--dry-run` to see the diff first).";
/** The table; when every row gives the same reason (the last column), it is said once above instead. */
export declare function withReasons(headers: string[], rows: string[][]): {
    note: string;
    table: string;
};
export declare function problemsMarkdown(sections: readonly ProblemSection[]): string;
export declare function sectionMarkdown(s: ProblemSection, heading: string): string;
