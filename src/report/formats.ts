// One formatter per report format behind one interface (as lychee's formatters/): the file it is
// written to and its text, in pieces so a big snapshot or CSV is written without holding it whole.
// Writing the files is audit/write-reports.ts's job; nothing here does I/O.
import type { OutputFormat } from '../options.js';
import type { RepoEntry, Snapshot } from '../types.js';
import { csvChunks } from './csv.js';
import { snapshotJsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';

export interface ReportContext {
  /** The previous run's snapshot, for the changes since then (health.md). */
  previous: Snapshot | null;
  /** The way from the report's folder back to the inputs, for `file:line` links; null: no links. */
  sourceBase: string | null;
  /** Each repository's whole entry, when the snapshot is held without its facts (`merge`). */
  repoEntry?: RepoEntry;
}

export interface ReportFormatter {
  /** The file name in the output folder. */
  file: string;
  render(snapshot: Snapshot, context: ReportContext): Iterable<string>;
}

export const REPORT_FORMATTERS: Record<OutputFormat, ReportFormatter> = {
  // health.md is capped; the snapshot and the CSV grow with the collection.
  md: { file: 'health.md', render: (snapshot, { previous, sourceBase, repoEntry }) => [renderMarkdown(snapshot, previous, { sourceBase, repoEntry })] },
  json: { file: 'snapshot.json', render: (snapshot, { repoEntry }) => snapshotJsonChunks(snapshot, repoEntry) },
  csv: { file: 'repos.csv', render: (snapshot) => csvChunks(snapshot) },
};
