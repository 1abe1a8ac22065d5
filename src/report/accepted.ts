// health.md's "Accepted" section: the problems a maintainer accepted in the ignore file, each with
// its reason and expiry; and the mark an expired acceptance leaves on a problem row.
import { isAccepted } from '../accept/accept.js';
import type { Snapshot, SnapshotRepo } from '../types.js';
import { mdCode, mdText, mdUrl } from './escape.js';
import { STATUS_LABEL } from './labels.js';
import { mdTable } from './md-table.js';
import { cmp } from '../util/cmp.js';

/** What is wrong with a repository, in a few words (`not found`, `moved, archived`). */
function problemsOf(r: SnapshotRepo): string {
  const parts = r.status === 'ok' ? [] : [STATUS_LABEL[r.status]];
  return [...parts, ...r.flags].join(', ') || 'none';
}

export function acceptedSection(snapshot: Snapshot): string | null {
  const accepted = snapshot.repos.filter(isAccepted).sort((a, b) => cmp(a.key, b.key));
  if (accepted.length === 0) return null;
  const rows = accepted.map((r) => [
    mdUrl(r.url),
    mdText(problemsOf(r), 80),
    mdText(r.accepted?.reason ?? '', 120),
    r.accepted?.until ?? 'no expiry',
    mdCode(r.accepted?.at ?? ''),
  ]);
  return [
    `## Accepted (${accepted.length})`,
    'Known problems accepted in the ignore file: they do not make the run fail (`--fail-on`) and are not listed under Problems. Past its date an entry counts again.',
    mdTable(['Repository', 'Problem', 'Reason', 'Until', 'Entry'], rows),
  ].join('\n\n');
}

/** ` (accepted until 2026-01-31 (expired))` for a problem whose acceptance ran out, else nothing. */
export function expiredMark(r: Pick<SnapshotRepo, 'accepted'>): string {
  return r.accepted?.expired ? ` (accepted until ${r.accepted.until} (expired))` : '';
}
