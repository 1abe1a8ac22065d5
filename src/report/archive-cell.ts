// The "Archived copy" of a dead link (`--archives`): the Software Heritage snapshot (its SWHID
// resolver, with the visit date) and the Wayback Machine capture, as a table cell and as CSV fields.
import type { Snapshot, SnapshotRepo } from '../types.js';
import { mdText, safeHref } from './escape.js';

/** The reports show the column only when the run looked archives up (a column of blanks says nothing). */
export function hasArchiveLookups(snapshot: Snapshot): boolean {
  return snapshot.repos.some((r) => r.archive !== undefined);
}

/** `20230919044612` → `2023-09-19`. */
export function waybackDate(timestamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(timestamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : timestamp;
}

function link(text: string, url: string): string {
  const href = safeHref(url);
  return href ? `[${mdText(text, 60)}](${href})` : mdText(text, 60);
}

export function archiveCell(r: SnapshotRepo): string {
  const a = r.archive;
  if (!a) return '';
  const parts: string[] = [];
  if (a.swh) parts.push(link(`Software Heritage, ${a.swh.date.slice(0, 10)}`, a.swh.url));
  if (a.wayback) parts.push(link(`Wayback, ${waybackDate(a.wayback.timestamp)}`, a.wayback.url));
  if (parts.length) return parts.join(' · ');
  return a.unchecked.length ? 'not looked up' : 'none found';
}

/** CSV fields of the archived copy, in the order of ARCHIVE_COLUMNS. */
export const ARCHIVE_COLUMNS = ['archive_swhid', 'archive_swh_url', 'archive_swh_date', 'archive_wayback_url', 'archive_wayback_timestamp'] as const;

export function archiveFields(r: SnapshotRepo | undefined): (string | null)[] {
  const a = r?.archive;
  return [a?.swh?.swhid ?? null, a?.swh?.url ?? null, a?.swh?.date ?? null, a?.wayback?.url ?? null, a?.wayback?.timestamp ?? null];
}

/**
 * The link that replaces a dead one under `fix --archive`: the Software Heritage snapshot (the
 * code itself, permanently citable) when there is one, else the Wayback capture; null when the run
 * found no copy (the link is then left as it is).
 */
export function archivedCopyUrl(r: Pick<SnapshotRepo, 'archive'>): string | null {
  return r.archive?.swh?.url ?? r.archive?.wayback?.url ?? null;
}
