// `--format csv`: one row per link; a paper without links gets one row with empty link columns.
// Written with the one CSV writer (util/csv.ts), as repos.csv: RFC 4180 with CRLF line ends (it wrote
// LF before), formula prefixes defused.
import type { PaperRecord } from '../../types.js';
import { csvRow } from '../../util/csv.js';
import type { ExtractFormatter } from './formatter.js';

const COLUMNS = ['source', 'line', 'title', 'date', 'promised', 'claims_code_without_link', 'link_line', 'url', 'forge', 'kind', 'repo', 'path', 'key'];

function* rows(p: PaperRecord): Generator<string> {
  const paper = [p.source, p.line, p.title, p.date, p.promised, p.claimsCodeWithoutLink];
  if (p.links.length === 0) yield csvRow([...paper, '', '', '', '', '', '', '']);
  for (const l of p.links) yield csvRow([...paper, l.line, l.url, l.forge, l.kind, l.repo, l.path, l.key]);
}

export function csvFormatter(): ExtractFormatter {
  return {
    needsRepos: false,
    begin: () => csvRow(COLUMNS),
    paper: (record) => [...rows(record)].join(''),
    paperParts: rows,
    end: () => [],
  };
}
