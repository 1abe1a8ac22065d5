// One formatter per output format of `repo-audit extract`, all streaming: a paper is written as
// soon as it is read, `repos[]` and totals at the end.
import type { PaperRecord, RepoRef } from '../../types.js';

export type ExtractFormat = 'json' | 'jsonl' | 'csv' | 'table';
export const EXTRACT_FORMATS: readonly ExtractFormat[] = ['json', 'jsonl', 'csv', 'table'];

export interface ExtractFormatter {
  /** Does `end()` use `repos`? (If not, they are not collected: memory stays flat on huge inputs.) */
  needsRepos: boolean;
  begin(): string;
  paper(record: PaperRecord, index: number): string;
  end(repos: RepoRef[]): string;
}
