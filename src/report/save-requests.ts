// `--archive-live`: the live repositories Software Heritage was asked to archive ("Save Code Now"),
// reported as requested (the archiving itself happens later, on Software Heritage's side).
import type { Snapshot } from '../types.js';
import { mdText, mdUrl } from './escape.js';
import { plural } from './labels.js';
import { mdTable } from './md-table.js';
import { details } from './repo-table.js';
import { cmp } from '../util/cmp.js';

export function saveRequestsSection(snapshot: Snapshot): string | null {
  const repos = snapshot.repos.filter((r) => r.archive?.saveRequest).sort((a, b) => cmp(a.key, b.key));
  if (repos.length === 0) return null;
  const rows = repos.map((r) => [mdUrl(r.url, 70), mdText(r.archive!.saveRequest!.status, 20), mdText(r.archive!.saveRequest!.date.slice(0, 10), 10)]);
  const intro = `Software Heritage was asked to archive ${plural(repos.length, 'live repository', 'live repositories')} it had never archived (Save Code Now, \`--archive-live\`). Requested, not yet archived: the next runs show the copy once it exists.`;
  return `## Asked to archive\n\n${intro}\n\n${details(`Show ${plural(repos.length, 'request')}`, mdTable(['Repository', 'Request', 'Date'], rows))}`;
}
