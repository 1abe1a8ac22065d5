import type { Link, PaperRecord, Snapshot, SnapshotRepo } from '../types.js';
export interface Occurrence {
    paper: PaperRecord;
    link: Link;
}
export type OccurrenceIndex = Map<string, Occurrence[]>;
export declare function indexOccurrences(snapshot: Snapshot): OccurrenceIndex;
export declare function occurrencesOf(index: OccurrenceIndex, repo: SnapshotRepo): Occurrence[];
/** At most `max` escaped items joined with "; ", then "and N more". */
export declare function listCell(items: readonly string[], max?: number): string;
export declare function papersCell(occ: readonly Occurrence[], repo: SnapshotRepo): string;
export declare function foundAtCell(occ: readonly Occurrence[], repo: SnapshotRepo, sourceBase?: string | null): string;
/**
 * `file:line` as a code span, linked to the file when the report sits in the same repository
 * (`sourceBase` is the way from the report's folder back to where the inputs were named, e.g. `..`):
 * on github.com a relative link with `#L12` opens the file at that line.
 */
export declare function sourceRef(source: string, line: number, sourceBase: string | null): string;
export declare function asWrittenCell(occ: readonly Occurrence[], repo: SnapshotRepo): string;
