// A GitHub-flavoured Markdown table from cells that are already escaped (see escape.ts).
export type Align = 'left' | 'right';

export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
