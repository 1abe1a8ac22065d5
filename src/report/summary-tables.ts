// The summary: papers, links, repositories, then counts by status, by flag and by paper health.
import type { PaperHealth, RepoFlag, RepoStatus, Snapshot } from '../types.js';
import { REPO_FLAGS, REPO_STATUSES } from '../types.js';
import { FLAG_MEANING, PAPER_LABEL, STATUS_MEANING } from './labels.js';
import { mdTable } from './md-table.js';

export function summaryTables(snapshot: Snapshot): string {
  const s = snapshot.summary;
  const overview = mdTable(['What', 'Count'], [['Papers', String(s.papers)], ['Code links', String(s.links)], ['Distinct repositories and pages', String(s.repos)]], ['left', 'right']);
  const statuses = mdTable(
    ['Status', 'Repositories', 'Meaning'],
    REPO_STATUSES.map((st: RepoStatus) => [`\`${st}\``, String(s.byStatus[st] ?? 0), STATUS_MEANING[st]]),
    ['left', 'right', 'left'],
  );
  const flags = mdTable(
    ['Flag', 'Repositories', 'Meaning'],
    REPO_FLAGS.map((f: RepoFlag) => [`\`${f}\``, String(s.byFlag[f] ?? 0), FLAG_MEANING[f]]),
    ['left', 'right', 'left'],
  );
  const parts = [overview, statuses, flags];
  if (s.byPaperHealth) {
    const names = Object.keys(PAPER_LABEL) as PaperHealth[];
    parts.push(mdTable(['Papers', 'Count'], names.map((h) => [PAPER_LABEL[h], String(s.byPaperHealth?.[h] ?? 0)]), ['left', 'right']));
  }
  return `## Summary\n\n${parts.join('\n\n')}`;
}

