// health.md: verdict, summary, charts, changes since the last run, problems first, then every
// repository. Pure: returns a string; every untrusted value goes through escape.ts.
import type { RepoEntry, Snapshot } from '../types.js';
import { historyChart, statusPie } from './charts.js';
import { diffSnapshots } from './diff.js';
import { renderChanges } from './diff-markdown.js';
import { inputsNotReadSection } from './inputs-not-read.js';
import { humanTime } from './labels.js';
import { problemSections, problemsMarkdown } from './problems.js';
import { acceptedSection } from './accepted.js';
import { allReposSection, notCheckedSection } from './repo-table.js';
import { saveRequestsSection } from './save-requests.js';
import { summaryTables } from './summary-tables.js';
import { verdictParagraph } from './verdict.js';

export interface MarkdownOptions {
  /**
   * The way from the report's folder to the folder the inputs were named from (e.g. `..` for
   * `reports/`), to link each `file:line` to the file; null or absent: no links.
   */
  sourceBase?: string | null;
  /** Each repository's whole entry (with its facts), when the snapshot is held without them (`merge`). */
  repoEntry?: RepoEntry;
}

export function renderMarkdown(snapshot: Snapshot, previous?: Snapshot | null, options: MarkdownOptions = {}): string {
  const charts = [statusPie(snapshot), historyChart(snapshot)].filter((c): c is string => c !== null);
  const parts: (string | null)[] = [
    '# Repository health',
    verdictParagraph(snapshot),
    `Checked ${humanTime(snapshot.generatedAt)} by repo-audit ${snapshot.tool.version}.`,
    summaryTables(snapshot),
    inputsNotReadSection(snapshot, options.sourceBase ?? null),
    charts.length ? `## Charts\n\n${charts.join('\n\n')}` : null,
    previous && previous.generatedAt !== snapshot.generatedAt ? renderChanges(diffSnapshots(previous, snapshot)) : null,
    problemsMarkdown(problemSections(snapshot, options.sourceBase ?? null)),
    acceptedSection(snapshot),
    allReposSection(snapshot, options.repoEntry),
    notCheckedSection(snapshot),
    saveRequestsSection(snapshot),
  ];
  return `${parts.filter((p): p is string => p !== null).join('\n\n')}\n`;
}
