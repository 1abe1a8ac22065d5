// repos.csv: one row per (paper, repository) link, and one row (link and repository cells empty) per
// paper without a code link, so that counting distinct papers by paper_health gives the same numbers
// as health.md. Written with the one CSV writer (util/csv.ts: RFC 4180, CRLF, formulas defused).
import { isCodeLink } from '../extract/paper-sites.js';
import type { Snapshot } from '../types.js';
import { ARCHIVE_COLUMNS, archiveFields } from './archive-cell.js';
import { csvRow } from '../util/csv.js';
import { papersInOrder } from './paper-order.js';
import { repoFinder } from './repo-order.js';

const COLUMNS = [
  'paper_source', 'paper_line', 'paper_title', 'paper_date', 'paper_health', 'link_url', 'link_line',
  'repo_key', 'status', 'flags', 'reason', 'canonical_url', 'stars', 'forks', 'license', 'archived',
  'pushed_at', 'last_commit_at', 'checked_at', ...ARCHIVE_COLUMNS,
] as const;

export function renderCsv(snapshot: Snapshot): string {
  return [...csvChunks(snapshot)].join('');
}

/** renderCsv's text in pieces of about a thousand rows, so a big report is written without holding it whole. */
export function* csvChunks(snapshot: Snapshot): Generator<string> {
  const repoOf = repoFinder(snapshot);
  const papers = papersInOrder(snapshot.papers);
  let lines = [csvRow(COLUMNS)];
  for (const p of papers) {
    const seen = new Set<string>();
    let rows = 0;
    for (const link of p.links) {
      const key = link.key.toLowerCase();
      if (seen.has(key)) continue; // one row per (paper, repository): the first link to it
      seen.add(key);
      const r = repoOf(key);
      if (!r) continue; // a target this run did not check: a paper's own link (see --check-paper-links), another shard's
      const row = [
        p.source, p.line, p.title, p.date, p.health?.status, link.url, link.line, r.key, r.status,
        r.flags.join(';'), r.reasons.status, r.canonicalUrl, r.stars, r.forks, r.license, r.archived,
        r.pushedAt, r.lastCommitAt, r.checkedAt, ...archiveFields(r),
      ];
      lines.push(csvRow(row));
      rows++;
    }
    // A paper without a code link still has its row: its verdict (no-code-link, promise-unkept) counts.
    if (rows === 0 && !p.links.some(isCodeLink)) {
      const row = [p.source, p.line, p.title, p.date, p.health?.status];
      lines.push(csvRow([...row, ...Array<string>(COLUMNS.length - row.length).fill('')]));
    }
    if (lines.length >= 1000) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length) yield lines.join('');
}
