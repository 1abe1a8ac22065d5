import type { Snapshot, SnapshotRepo } from '../types.js';
/** The reports show the column only when the run looked archives up (a column of blanks says nothing). */
export declare function hasArchiveLookups(snapshot: Snapshot): boolean;
/** `20230919044612` → `2023-09-19`. */
export declare function waybackDate(timestamp: string): string;
export declare function archiveCell(r: SnapshotRepo): string;
/** CSV fields of the archived copy, in the order of ARCHIVE_COLUMNS. */
export declare const ARCHIVE_COLUMNS: readonly ["archive_swhid", "archive_swh_url", "archive_swh_date", "archive_wayback_url", "archive_wayback_timestamp"];
export declare function archiveFields(r: SnapshotRepo | undefined): (string | null)[];
/**
 * The link that replaces a dead one under `fix --archive`: the Software Heritage snapshot (the
 * code itself, permanently citable) when there is one, else the Wayback capture; null when the run
 * found no copy (the link is then left as it is).
 */
export declare function archivedCopyUrl(r: Pick<SnapshotRepo, 'archive'>): string | null;
