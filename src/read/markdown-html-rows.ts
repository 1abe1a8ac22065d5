// HTML tables in Markdown (read/markdown.ts): where a line's rows begin and end, and a row's
// cells. Scans by hand, each '<' looked at once, so a hostile line (tens of thousands of `<tr` or
// `<td` with no `>`) costs its length, not its square. Tag names are matched without regard to
// case on the text itself: lower-casing it could change its length (`İ` becomes two code units)
// and so every offset after it.

/** Text of a row kept for its title (its links are found in all of it). */
export const HTML_ROW_TEXT = 16 * 1024;

/** A row that continues the one before it is read into that one when its lines are no longer than this. */
export const HTML_ROW_LINES = 256 * 1024;

/**
 * `start-row`: `<tr`. `end-row`: `</tr>`, or a table section's edge (`<tbody>`, `</thead>` …).
 * `end-table`: `</table>`, or a `<table` (a table inside a cell is read as rows of its own).
 */
export interface RowMark {
  kind: 'start-row' | 'end-row' | 'end-table';
  /** Where the tag's `<` is. */
  at: number;
  /** Just past the tag (its `>` when it comes before the next `<`, else its name). */
  end: number;
}

const MARKS: readonly [string, RowMark['kind']][] = [
  ['tr', 'start-row'],
  ['/tr', 'end-row'],
  ['tbody', 'end-row'],
  ['/tbody', 'end-row'],
  ['thead', 'end-row'],
  ['/thead', 'end-row'],
  ['tfoot', 'end-row'],
  ['/tfoot', 'end-row'],
  ['table', 'end-table'],
  ['/table', 'end-table'],
];

/** A tag name ends at white space, `>`, `/` or the end of the text (`<track>` is not `<tr>`). */
function nameEndsAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 62 || c === 47 || c === 32 || (c >= 9 && c <= 13);
}

/** The tag `name` (lower case, maybe led by `/`) starts at `text[lt]` (a `<`), in any case. */
function isTag(text: string, lt: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = text.charCodeAt(lt + 1 + k);
    const want = name.charCodeAt(k);
    // `| 32` folds ASCII upper case onto lower case; `/` must be itself.
    if (want === 47 ? c !== 47 : (c | 32) !== want) return false;
  }
  return nameEndsAt(text, lt + 1 + name.length);
}

/** Just past the tag at `lt` whose name ends at `nameEnd`: after its `>` if one comes before the next `<`. */
function pastTag(text: string, lt: number, nameEnd: number): number {
  for (let i = nameEnd; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 60) break;
  }
  return nameEnd;
}

/** The first row mark in `text` at or after `from`, or null. */
export function nextRowMark(text: string, from: number): RowMark | null {
  for (let lt = text.indexOf('<', from); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    for (const [name, kind] of MARKS) {
      if (isTag(text, lt, name)) return { kind, at: lt, end: pastTag(text, lt, lt + 1 + name.length) };
    }
  }
  return null;
}

/** The next `<td`, `<th`, `</td`, `</th` or `</tr` at or after `from`: where a cell's text ends. */
function nextCellEdge(text: string, from: number): number {
  for (let lt = text.indexOf('<', from); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    if (isTag(text, lt, 'td') || isTag(text, lt, 'th') || isTag(text, lt, '/td') || isTag(text, lt, '/th') || isTag(text, lt, '/tr')) return lt;
  }
  return -1;
}

/**
 * The texts of a row's cells (`<td>`/`<th>` contents, tags and all: markdownTitle drops them);
 * whether it is a header row (`<th>` cells only); whether it is one cell spanning columns
 * (`colspan`). A row with no cell tag is one cell.
 */
export function htmlRowCells(row: string): { cells: string[]; header: boolean; wide: boolean } {
  const cells: string[] = [];
  let data = false;
  let spans = false;
  for (let lt = nextCellEdge(row, 0); lt !== -1; ) {
    if (row.charCodeAt(lt + 1) === 47) {
      lt = nextCellEdge(row, lt + 1); // a closing tag: the next cell starts at a later one
      continue;
    }
    data ||= (row.charCodeAt(lt + 2) | 32) === 100; // <td
    const start = pastTag(row, lt, lt + 3);
    if (cells.length === 0) spans = /colspan/i.test(row.slice(lt, start));
    const end = nextCellEdge(row, start);
    cells.push(row.slice(start, end === -1 ? row.length : end));
    lt = end;
  }
  if (cells.length === 0) return { cells: [row], header: false, wide: false };
  return { cells, header: !data, wide: spans && cells.length === 1 };
}
