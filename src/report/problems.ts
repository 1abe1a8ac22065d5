// "Problems first": one table per kind of problem, each row naming the paper(s), the link as
// written, where it was found (file:line) and the reason.
import { isAccepted } from '../accept/accept.js';
import type { RepoFlag, RepoStatus, Snapshot, SnapshotRepo } from '../types.js';
import { expiredMark } from './accepted.js';
import { reposInOrder } from './repo-order.js';
import { mdText, mdUrl } from './escape.js';
import { MAX_TABLE_ROWS, mdTable } from './md-table.js';
import { type OccurrenceIndex, asWrittenCell, foundAtCell, indexOccurrences, occurrencesOf, papersCell, sourceRef } from './occurrences.js';
import { plural } from './labels.js';
import { archiveCell, hasArchiveLookups } from './archive-cell.js';
import { isCodeLink } from '../extract/paper-sites.js';
import { parsePaperDate } from '../classify/paper-date.js';
import { interner } from '../util/text.js';

export interface ProblemSection {
  /** Stable anchor-friendly id, e.g. `not-found`. */
  id: RepoStatus | RepoFlag;
  title: string;
  count: number;
  /** A line before the table (escaped Markdown), e.g. the reason shared by every row; may be empty. */
  note: string;
  table: string;
}

/** The statuses whose links are dead: the ones archives are searched for. */
const DEAD = new Set<RepoStatus>(['not-found', 'blocked', 'empty']);

const BY_STATUS: [RepoStatus, string][] = [
  ['not-found', 'Dead links: not found'],
  ['blocked', 'Blocked'],
  ['empty', 'Empty repositories'],
  ['placeholder', 'Placeholders: no code yet'],
];

/**
 * `sourceBase`: see sourceRef (null: `file:line` without a link, as in the job summary). Only the
 * rows a table shows (MAX_TABLE_ROWS) are built, and only their repositories' links are looked up:
 * a big collection's thousands of problems cost a reason each, not a row.
 */
export function problemSections(snapshot: Snapshot, sourceBase: string | null = null): ProblemSection[] {
  // Accepted problems have their own section (accepted.ts); expired ones are back here, marked.
  // One pass in key order: each group keeps the repositories its table shows and, past the cap,
  // the reason cell of the rest (withReasons compares them all) — not every problem's repository.
  const byStatus = BY_STATUS.map(([status, title]) => ({ status, title, repos: new CappedGroup(statusReason) }));
  const moved = new CappedGroup(); // its table has no reason column
  const sub = new CappedGroup(subpathReason);
  for (const r of reposInOrder(snapshot.repos)) {
    if (isAccepted(r)) continue;
    byStatus.find((g) => g.status === r.status)?.repos.add(r);
    if (r.flags.includes('moved')) moved.add(r);
    if (r.flags.includes('subpath-missing')) sub.add(r);
  }
  const shown = [...byStatus.map((g) => g.repos), moved, sub].flatMap((g) => g.shown);
  const index = indexOccurrences(snapshot, new Set(shown.map((r) => r.key.toLowerCase())));
  const sections: ProblemSection[] = [];
  const archives = hasArchiveLookups(snapshot);
  for (const { status, title, repos: group } of byStatus) {
    // Dead links get an "Archived copy" column when the run looked archives up (--archives).
    const withCopy = archives && DEAD.has(status);
    const rows = group.rows((r) => statusRow(r, index, sourceBase, withCopy));
    const headers = ['Repository', 'Paper', 'Link as written', 'Found at', ...(withCopy ? ['Archived copy'] : []), 'Reason'];
    if (rows.length) sections.push({ id: status, title, count: rows.length, ...withReasons(headers, rows) });
  }
  const promise = promiseSection(snapshot, sourceBase);
  if (promise) sections.push(promise);
  const movedRows = moved.rows((r) => movedRow(r, index, sourceBase));
  if (movedRows.length) sections.push({ id: 'moved', title: 'Moved: update the link', count: movedRows.length, note: MOVED_NOTE, table: mdTable(['Link', 'Now at', 'Paper', 'Found at'], movedRows) });
  const subRows = sub.rows((r) => subpathRow(r, index, sourceBase));
  if (subRows.length) sections.push({ id: 'subpath-missing', title: 'Linked folder or file missing', count: subRows.length, ...withReasons(['Repository', 'Paper', 'Link as written', 'Found at', 'Reason'], subRows) });
  return sections;
}

/**
 * A problem table's repositories: the first MAX_TABLE_ROWS kept, the rest only as their reason
 * cell (if the table has one; equal reasons one string: a run that could not finish has every
 * repository in "Not checked").
 */
export class CappedGroup {
  readonly shown: SnapshotRepo[] = [];
  private readonly rest: string[][] = [];
  private readonly same = interner();
  constructor(private readonly reason?: (r: SnapshotRepo) => string) {}

  add(r: SnapshotRepo): void {
    if (this.shown.length < MAX_TABLE_ROWS) this.shown.push(r);
    else this.rest.push(this.reason ? [this.same(this.reason(r))] : []);
  }

  /** The table's rows: the shown ones built by `row`, then the rest's one-cell rows. */
  rows(row: (r: SnapshotRepo) => string[]): string[][] {
    return [...this.shown.map(row), ...this.rest];
  }
}

/** How to act on moved links (docs/fix.md). */
export const MOVED_NOTE = 'Fix them in your files with `repo-audit fix FILES…` (add `--dry-run` to see the diff first).';

/** The table; when every row gives the same reason (the last column), it is said once above instead. */
export function withReasons(headers: string[], rows: string[][]): { note: string; table: string } {
  const reasons = new Set(rows.map((r) => r[r.length - 1]));
  if (rows.length < 2 || reasons.size !== 1) return { note: '', table: mdTable(headers, rows) };
  return { note: `Reason for all ${rows.length}: ${[...reasons][0]}.`, table: mdTable(headers.slice(0, -1), rows.map((r) => r.slice(0, -1))) };
}

function statusRow(r: SnapshotRepo, index: OccurrenceIndex, base: string | null, withCopy: boolean): string[] {
  const occ = occurrencesOf(index, r);
  const copy = withCopy ? [archiveCell(r)] : [];
  return [mdUrl(r.url), papersCell(occ, r), asWrittenCell(occ, r), foundAtCell(occ, r, base), ...copy, statusReason(r)];
}

/** A status row's last cell (the only one built past the table's cap: withReasons compares them all). */
const statusReason = (r: SnapshotRepo): string => mdText(`${r.reasons.status ?? r.status}${expiredMark(r)}`, 160);
const subpathReason = (r: SnapshotRepo): string => mdText(`${r.reasons['subpath-missing'] ?? ''}${expiredMark(r)}`, 160);

function movedRow(r: SnapshotRepo, index: OccurrenceIndex, base: string | null): string[] {
  const occ = occurrencesOf(index, r);
  return [mdUrl(r.url) + mdText(expiredMark(r)), mdUrl(r.canonicalUrl) || mdText(r.reasons.moved, 80), papersCell(occ, r), foundAtCell(occ, r, base)];
}

function subpathRow(r: SnapshotRepo, index: OccurrenceIndex, base: string | null): string[] {
  const occ = occurrencesOf(index, r).filter((o) => o.link.path !== null);
  return [mdUrl(r.url), papersCell(occ, r), asWrittenCell(occ, r), foundAtCell(occ, r, base), subpathReason(r)];
}

function promiseSection(snapshot: Snapshot, base: string | null): ProblemSection | null {
  const papers = snapshot.papers.filter((p) => p.health?.status === 'promise-unkept');
  if (papers.length === 0) return null;
  const rows = papers.map((p) => {
    const link = p.links.find(isCodeLink);
    const days = daysSince(p.date, snapshot.generatedAt);
    return [
      mdText(p.title ?? '(untitled)', 90),
      sourceRef(p.source, p.line, base),
      link ? mdUrl(link.url) : 'no link',
      mdText(p.date ?? '', 20),
      days === null ? '' : String(days),
    ];
  });
  return {
    id: 'promise-unkept',
    title: 'Code promised, not delivered',
    count: papers.length,
    note: '',
    table: mdTable(['Paper', 'Found at', 'Link', 'Paper date', 'Days since'], rows, ['left', 'left', 'left', 'left', 'right']),
  };
}

/** Whole days from the paper's date to the run that made the snapshot; null when the date has no year. */
function daysSince(paperDate: string | null, generatedAt: string): number | null {
  const dated = parsePaperDate(paperDate);
  return dated === null ? null : Math.max(0, Math.floor((Date.parse(generatedAt) - dated) / 86_400_000));
}

export function problemsMarkdown(sections: readonly ProblemSection[]): string {
  if (sections.length === 0) return '## Problems\n\nNone: every checked link is reachable and holds code.';
  const total = sections.reduce((n, s) => n + s.count, 0);
  const parts = [`## Problems\n\n${plural(total, 'entry', 'entries')} in ${plural(sections.length, 'group')}, most serious first.`];
  for (const s of sections) parts.push(sectionMarkdown(s, '###'));
  return parts.join('\n\n');
}

export function sectionMarkdown(s: ProblemSection, heading: string): string {
  return `${heading} ${s.title} (${s.count})\n\n${s.note ? `${s.note}\n\n` : ''}${s.table}`;
}
