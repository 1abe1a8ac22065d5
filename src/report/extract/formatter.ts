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
  /**
   * paper() in pieces, whose concatenation is its text: a huge paper's links are read one by one
   * from a temporary file (extract/record.ts), and its text must never be one string.
   */
  paperParts(record: PaperRecord, index: number): Iterable<string>;
  /** What follows the papers, in pieces: `repos[]` may be long, and is printed target by target. */
  end(repos: RepoRef[]): Iterable<string>;
}

/**
 * A paper's JSON text in pieces, between `before` and `after`: the text without its links, cut
 * where they go, with each link's text between (`"links":[]` can only be the key: a quote inside
 * a JSON string is escaped).
 */
export function* jsonInParts(record: PaperRecord, before: string, after: string): Generator<string> {
  const text = JSON.stringify({ ...record, links: [] });
  const cut = text.indexOf(EMPTY_LINKS) + EMPTY_LINKS.length - 1;
  yield before + text.slice(0, cut);
  let first = true;
  for (const link of record.links) {
    yield first ? JSON.stringify(link) : `,${JSON.stringify(link)}`;
    first = false;
  }
  yield text.slice(cut) + after;
}

const EMPTY_LINKS = '"links":[]';
