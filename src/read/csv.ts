// CSV and TSV paper lists (a spreadsheet's export, Zotero's or Notion's CSV): the first row names
// the columns, every other row is a paper. Its title is the Title/Paper/Name column's (as a
// Markdown table's), its date and id come from the fields JSON's come from (json-record.ts
// paperFields, on the column names in lower case), links from any cell, each on its own line.
// Rows are read one at a time: a quoted cell may hold line breaks, so a row ends on a line that
// leaves its quotes balanced.
import type { PaperRecord } from '../types.js';
import { paperFields, SKIPPED_FIELDS } from './json-record.js';
import { TITLE_HEADER } from './markdown-syntax.js';
import { csvModule } from './parser-modules.js';
import type { LineReader, ReadSink } from './reader.js';
import { sizeName } from './lines.js';
import { tuning } from './tuning.js';

/**
 * A row still open after this many lines, or tuning.heldEntryChars characters, has a stray quote:
 * it is read as it stands. (Bounded by lines alone, a stray quote held the rest of a 147 MB file:
 * ~600 MiB, bench/extract/RESULTS.md run 56.)
 */
const MAX_ROW_LINES = 1000;

/** A column name as a field name: `Publication Year` → `publication_year`. */
const fieldName = (column: string) => column.trim().toLowerCase().replace(/[\s-]+/g, '_');

const quotesIn = (text: string) => {
  let n = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) n++;
  return n;
};

/** `tabs`: TSV, which has no quoting: a quote is a character like any other, and a row is a line. */
export function csvReader(source: string, sink: ReadSink, tabs = false): LineReader {
  const { parse } = csvModule();
  // Rows are joined with LF: told so, the parser does not look for the record delimiter in each row.
  const options = { delimiter: tabs ? '\t' : ',', record_delimiter: '\n', relax_quotes: true, relax_column_count: true };
  /** A row with a stray quote is read with quotes as plain characters. */
  const asWritten = { ...options, quote: false };
  /** The header's columns as field names (`Publication Year` → `publication_year`); null before it. */
  let fieldNames: string[] | null = null;
  /** The column of the title (-1: none). */
  let titleColumn = -1;
  let rowLines: string[] = [];
  let rowChars = 0;
  let rowQuotes = 0;
  let first = 0;

  const recordOf = (cells: string[], line: number): PaperRecord => {
    const names = fieldNames!;
    const fields: Record<string, unknown> = {};
    names.forEach((name, i) => {
      if (cells[i] !== undefined && cells[i] !== '') fields[name] ??= cells[i];
    });
    if (titleColumn !== -1 && cells[titleColumn]) fields.title = cells[titleColumn];
    const { title, date, id } = paperFields(fields);
    const record = sink.newPaper(source, line, title, date, id);
    // A cell's line: the row's, moved on by the line breaks in the cells before it. A licence
    // column's links are no paper's code (as in JSON).
    let at = line;
    for (const [i, cell] of cells.entries()) {
      if (cell.trim() !== '' && !SKIPPED_FIELDS.has(names[i] ?? '')) {
        record.addText(cell, at);
        record.breakText();
      }
      for (let nl = cell.indexOf('\n'); nl !== -1; nl = cell.indexOf('\n', nl + 1)) at++;
    }
    return record.finish();
  };

  const endRow = (quoted = !tabs) => {
    const text = rowLines.join('\n');
    rowLines = [];
    rowChars = 0;
    rowQuotes = 0;
    if (text.trim() === '') return;
    let rows: string[][];
    try {
      rows = parse(text, quoted ? options : asWritten) as string[][];
    } catch {
      // The parser's message is never shown: it may quote the input. The row's links still count.
      sink.problem(first, `malformed ${tabs ? 'TSV' : 'CSV'} row: read as text`);
      const record = sink.newPaper(source, first);
      record.addText(text, first);
      return sink.record(record.finish());
    }
    for (const cells of rows) {
      if (fieldNames === null) {
        fieldNames = cells.map(fieldName);
        titleColumn = cells.findIndex((c) => TITLE_HEADER.test(c.trim()));
      } else sink.record(recordOf(cells, first));
    }
  };

  return {
    line(text, no) {
      if (rowLines.length === 0) first = no;
      rowLines.push(text);
      rowChars += text.length;
      if (tabs) return endRow();
      rowQuotes += quotesIn(text);
      if (rowQuotes % 2 === 0) endRow();
      else if (rowLines.length >= MAX_ROW_LINES || rowChars > tuning.heldEntryChars) {
        const after = rowLines.length >= MAX_ROW_LINES ? `${MAX_ROW_LINES} lines` : sizeName(tuning.heldEntryChars, 'characters');
        sink.problem(first, `CSV row has an unclosed quote after ${after}; read with quotes as written`);
        endRow(false);
      }
    },
    end() {
      if (rowLines.length > 0) {
        const unclosed = rowQuotes % 2 !== 0;
        if (unclosed) sink.problem(first, 'CSV row has an unclosed quote at end of input; read with quotes as written');
        endRow(!tabs && !unclosed);
      }
    },
  };
}

export const tsvReader = (source: string, sink: ReadSink): LineReader => csvReader(source, sink, true);
