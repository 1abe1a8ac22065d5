// The one CSV writer (repos.csv, `extract --format csv`): RFC 4180 — cells with `,`, `"`, CR or LF
// quoted and quotes doubled, CRLF line ends — and text cells a spreadsheet would run as a formula
// (= + - @, tab, carriage return) prefixed with an apostrophe (OWASP advice).

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, its CRLF line end included. */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
