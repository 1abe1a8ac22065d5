// Every repository, in a collapsible <details> table: stars, licence, last push, flags.
import type { RepoEntry, Snapshot, SnapshotRepo } from '../types.js';
import { cleanText } from '../util/text.js';
import { mdText, mdUrl } from './escape.js';
import { STATUS_LABEL, plural } from './labels.js';
import { MAX_TABLE_ROWS, mdTable } from './md-table.js';
import { CappedGroup, withReasons } from './problems.js';
import { reposInOrder } from './repo-order.js';

const MAX_TOPICS = 5;

function licence(r: SnapshotRepo): string {
  if (r.license) return mdText(r.license, 30);
  return r.flags.includes('no-license') ? 'none' : '';
}

function about(r: SnapshotRepo): string {
  const description = r.facts?.description ? mdText(r.facts.description, 100) : '';
  const topics = (r.facts?.topics ?? []).slice(0, MAX_TOPICS).map((t) => mdText(cleanText(t), 30));
  if (topics.length === 0) return description;
  return `${description}${description ? ' ' : ''}(topics: ${topics.join(', ')})`;
}

function row(r: SnapshotRepo): string[] {
  return [
    mdUrl(r.url, 60),
    STATUS_LABEL[r.status],
    r.stars === null ? '' : String(r.stars),
    licence(r),
    r.pushedAt ? mdText(r.pushedAt.slice(0, 10), 10) : '',
    r.flags.join(', '),
    about(r),
  ];
}

/** HTML around Markdown needs blank lines on both sides for GitHub to render the table inside. */
export function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** `entry`: each repository with its facts (description, topics), when the snapshot is held without them. */
export function allReposSection(snapshot: Snapshot, entry: RepoEntry = (r) => r): string {
  const repos = reposInOrder(snapshot.repos);
  if (repos.length === 0) return '## All repositories\n\nNo repositories were linked.';
  // Rows past the table's cap are never shown, only counted: not built (nor their facts read).
  const rows = repos.map((r, i) => (i < MAX_TABLE_ROWS ? row(entry(r)) : []));
  const table = mdTable(['Repository', 'Status', 'Stars', 'Licence', 'Last push', 'Flags', 'About'], rows, [
    'left', 'left', 'right', 'left', 'left', 'left', 'left',
  ]);
  return `## All repositories\n\n${details(`Show all ${plural(repos.length, 'repository', 'repositories')}`, table)}`;
}

export function notCheckedSection(snapshot: Snapshot): string | null {
  // Only the rows the table shows are kept whole: in a run that could not finish, every repository is here.
  const why = (r: SnapshotRepo): string => mdText(r.reasons.status ?? r.error, 120);
  const unknown = new CappedGroup(why);
  for (const r of reposInOrder(snapshot.repos)) if (r.status === 'unknown') unknown.add(r);
  const rows = unknown.rows((r) => [mdUrl(r.url, 70), why(r)]);
  if (rows.length === 0) return null;
  const { note, table } = withReasons(['Link', 'Why'], rows);
  const intro = 'These could not be decided in this run (network trouble, rate limit, or not checked by choice). They are never counted as dead.';
  return `## Not checked\n\n${intro}${note ? ` ${note}` : ''}\n\n${details(`Show ${plural(rows.length, 'link')}`, table)}`;
}
