// A GitHub-flavoured Markdown table from cells that are already escaped (see escape.ts).
export type Align = 'left' | 'right';

/**
 * Rows per table: github.com stops rendering Markdown files of a few MB, so huge collections get
 * the first rows here and everything in repos.csv and snapshot.json.
 */
export const MAX_TABLE_ROWS = 500;

export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = [], maxRows = MAX_TABLE_ROWS): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`.replace(/(?<! ) {2,}\|/g, ' |');
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  const table = [line(headers), `| ${rule.join(' | ')} |`, ...rows.slice(0, maxRows).map(line)].join('\n');
  if (rows.length <= maxRows) return table;
  return `${table}\n\nThe first ${maxRows} of ${rows.length} rows; all of them are in repos.csv and snapshot.json.`;
}
