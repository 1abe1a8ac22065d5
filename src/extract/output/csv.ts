// `--format csv`: one row per link; a paper without links gets one row with empty link columns.
import type { PaperRecord } from '../../types.js';
import type { ExtractFormatter } from './formatter.js';

const COLUMNS = ['source', 'line', 'title', 'date', 'promised', 'claims_code_without_link', 'link_line', 'url', 'forge', 'kind', 'repo', 'path', 'key'];

/** RFC 4180 quoting; a leading `=`, `+`, `@` is prefixed with `'` so spreadsheets do not run it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(p: PaperRecord): string[] {
  const paper = [p.source, p.line, p.title, p.date, p.promised, p.claimsCodeWithoutLink];
  if (p.links.length === 0) return [[...paper, '', '', '', '', '', '', ''].map(csvField).join(',')];
  return p.links.map((l) => [...paper, l.line, l.url, l.forge, l.kind, l.repo, l.path, l.key].map(csvField).join(','));
}

export function csvFormatter(): ExtractFormatter {
  return {
    needsRepos: false,
    begin: () => `${COLUMNS.join(',')}\n`,
    paper: (record) => `${rows(record).join('\n')}\n`,
    end: () => '',
  };
}
