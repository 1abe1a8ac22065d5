// Markdown (awesome lists, READMEs). Granularity: every list item, every table row (a Markdown
// one or an HTML `<tr>`) and every paragraph led by a bold title alone on a broken line
// (`**Title** \`) is a record, titled by its text; everything else — headings, other paragraphs,
// code blocks outside lists — makes one record for the file, emitted when it has links or a
// promise/claim, or when the file has no items at all. A grouping item (one with sub-items and no
// link of its own) is not a record.
// Reference-style links (`[code][1]` … `[1]: https://…`) count for the items that use them.
//
// The file record comes first in the output but is known only at the end, and reference
// definitions usually follow the items that use them. Two ways to get there:
// - a regular file is read three times (markdownPasses): its definitions, then its file record
//   (items only note the definitions they use), then its items, each emitted as soon as no later
//   line can add to it. Nothing waits, so memory holds the definitions and nothing else.
// - any other input (stdin, extractText's in-memory text) is read once (markdownReader): finished
//   items wait in a SpillList (on disk beyond a few thousand) with their reference ids, resolved
//   and emitted at the end.
// Each line is classified by its first non-blank character, so a line runs only the regexes that
// can match it.
import type { PaperRecord } from '../types.js';
import { isLazyArray } from '../util/lazy-array.js';
import { foldSpaces } from '../util/text.js';
import { markdownTitle } from './markdown-title.js';
import { TABLE_SEPARATOR, TITLE_HEADER, headingText } from './markdown-syntax.js';
import { htmlRowCells, nextRowMark, HTML_ROW_LINES, HTML_ROW_TEXT } from './markdown-html-rows.js';
import { firstBytes } from './lines.js';
import { Definitions } from './markdown-definitions.js';
import type { LineReader, PaperBuilder, ReadSink } from './reader.js';
import { SpillList } from './spill.js';
import { tuning } from './tuning.js';

const BULLET = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const FENCE = /^\s*(```+|~~~+)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$/;
const MAX_HEADING = 2000;
/** White space by the definition of the regexes above (`\s`) beyond ASCII's. */
const UNICODE_SPACE = /\s/;

const enum Ch {
  Tab = 9,
  Space = 32,
  Hash = 35,
  Star = 42,
  Plus = 43,
  Dash = 45,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Lt = 60,
  Bracket = 91,
  Underscore = 95,
  Backtick = 96,
  Pipe = 124,
  Tilde = 126,
}

/** Where firstChar found the first non-blank character (a module variable: no object per line). */
let firstAt = 0;

/**
 * The first character of `text` that is not white space, or -1 for a blank line (its offset goes
 * to `firstAt`). -2 when white space beyond ASCII's (a no-break space, say) comes first: then
 * every regex is tried, as if no character were known.
 */
function firstChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Space || (c >= Ch.Tab && c <= 13)) continue;
    firstAt = i;
    if (c >= 128 && UNICODE_SPACE.test(text[i]!)) return -2;
    return c;
  }
  firstAt = text.length;
  return -1;
}

const HARD_BREAK_TAG = /<br\s*\/?>$/i;
const BOLD_LINE = /^ {0,3}(\*\*|__)(?=\S)(.*\S)\1$/;
/**
 * The title of a paragraph that is a paper: its first line is a bold title alone, broken there
 * (`**Title** \`, two trailing spaces or `<br>`), as lists that write each paper as a paragraph
 * (title, authors, links, date: hee9joon/Awesome-Diffusion-Models) open it. Null for any other line.
 */
function paperParagraphTitle(text: string): string | null {
  if (text.length > MAX_HEADING) return null;
  const line = text.trimEnd();
  let end: number;
  if (line.endsWith('\\')) end = line.length - 1;
  else if (HARD_BREAK_TAG.test(line)) end = line.lastIndexOf('<');
  else if (text.endsWith('  ')) end = line.length;
  else return null;
  const bold = BOLD_LINE.exec(line.slice(0, end).trimEnd());
  return bold && !bold[2]!.includes(bold[1]!) ? markdownTitle(bold[2]!) : null;
}
const mayBeBold = (c: number) => c === Ch.Star || c === Ch.Underscore || c === -2;

/** What the first non-blank character allows a line to be. */
const mayBeFence = (c: number) => c === Ch.Backtick || c === Ch.Tilde || c === -2;
const mayBeSeparator = (c: number) => c === Ch.Pipe || c === Ch.Colon || c === Ch.Dash || c === -2;
const mayBeRow = (c: number) => c === Ch.Pipe || c === -2;
const mayBeDefinition = (c: number) => c === Ch.Bracket || c === -2;
const mayBeHeading = (c: number) => c === Ch.Hash || c === -2;
const mayBeHtml = (c: number) => c === Ch.Lt || c === -2;
const mayBeBullet = (c: number) => c === Ch.Dash || c === Ch.Star || c === Ch.Plus || (c >= Ch.Zero && c <= Ch.Nine) || c === -2;

/** The lines the definitions pass reads: led by `[`, a fence character, or a byte beyond ASCII. */
const DEFINITION_OR_FENCE = firstBytes('[`~');

interface Item {
  builder: PaperBuilder | null;
  indent: number;
  /** The reference ids its text uses: any (single pass), to be looked up at the end. */
  refs: Set<string> | null;
  /** The definitions its text uses, by number (the passes after the first: every definition known). */
  defined: Set<number> | null;
  hasChildren: boolean;
  /** A table's header row, found out by the separator line below it: not a record. */
  dropped: boolean;
  /** An HTML row of header cells only (`<th>`): a record only when it has links of its own. */
  htmlHeader?: boolean;
}

/** A finished item waiting for the end of the file: its record, reference ids, grouping flag. */
interface Held {
  record: PaperRecord;
  refs?: string[];
  grouping?: true;
}

/** Records emitted at the end between two waits for the output. */
const EMIT_BATCH = 1024;

/** False when `label`, made an id, would be longer than `max`: it has more than `max` non-blank characters. */
function mayFit(label: string, max: number): boolean {
  let solid = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    // Anything that might be white space counts as blank: the test only has to let every fit through.
    if (c > Ch.Space && c < 128 && ++solid > max) return false;
  }
  return true;
}

/** A reference's id as definitions are keyed: trimmed, lower case, white space runs as one space. */
function refId(s: string): string {
  const t = s.trim().toLowerCase();
  return foldSpaces(t);
}

/**
 * The labels of `[text]`, `[text][id]` and `[text][]` in `text`, in order (each bracket pair once,
 * as the regex /\[([^\]]*)\](?:\[([^\]]*)\])?/g would find them: `id` when non-empty, else `text`).
 */
function eachReference(text: string, found: (label: string) => void): void {
  for (let open = text.indexOf('['); open !== -1; ) {
    const close = text.indexOf(']', open + 1);
    if (close === -1) return; // no later '[' has a ']' after it either
    let end = close + 1;
    let label = text.slice(open + 1, close);
    if (text.charCodeAt(end) === Ch.Bracket) {
      const close2 = text.indexOf(']', end + 1);
      if (close2 !== -1) {
        if (close2 > end + 1) label = text.slice(end + 1, close2);
        end = close2 + 1;
      }
    }
    found(label);
    open = text.indexOf('[', end);
  }
}

/**
 * The cells of a table row (`| a | b |` → `a`, `b`); `\|` is a pipe inside a cell. Only the first
 * MAX_CELLS, which a title is looked for in: a 4 MiB row of two million cells held them all and
 * peaked at 144 MiB (bench/extract/RESULTS.md run 64). The row's links are read from its text.
 */
const cellsOf = (row: string): string[] => row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/, MAX_CELLS);
const MAX_CELLS = 1000;

/**
 * A table row's title: the cell under a Title/Paper/Name header, else the first cell with words.
 * Never the whole row: the code column's "coming soon" is not part of the title.
 */
function rowTitle(cells: string[], titleColumn: number): string | null {
  const titled = titleColumn >= 0 ? markdownTitle(cells[titleColumn] ?? '') : null;
  if (titled) return titled;
  for (const cell of cells) {
    const title = markdownTitle(cell);
    if (title && /\p{L}/u.test(title)) return title;
  }
  return null;
}

/**
 * How a reader treats what it reads:
 * - `once`: the only pass; items are held to the end (markdownReader).
 * - `plan`: definitions known; builds the file record, items only note the definitions they use.
 * - `emit`: definitions and the file record known; every item is emitted as it ends.
 */
type Mode =
  | { pass: 'once' }
  | { pass: 'plan'; definitions: Definitions; done(fileRecord: PaperRecord | null): void }
  | { pass: 'emit'; definitions: Definitions };

/** Markdown's reference definitions outside code blocks: the first of markdownPasses' three passes. */
function definitionsReader(definitions: Definitions): LineReader {
  let fence: string | null = null;
  return {
    // Nothing else can open or close a fence or be a definition (see firstChar and mayBe…).
    only: DEFINITION_OR_FENCE,
    line(text, no) {
      if (fence !== null) {
        if (text.trim().startsWith(fence)) fence = null;
        return;
      }
      const code = firstChar(text);
      const fenceOpen = mayBeFence(code) ? FENCE.exec(text) : null;
      if (fenceOpen) fence = fenceOpen[1]!;
      else if (mayBeDefinition(code)) definitionOf(text, no, code, definitions);
    },
    end() {},
  };
}

/** A reference definition on this line goes into `definitions`; true when there was one. */
function definitionOf(text: string, no: number, code: number, definitions: Definitions): boolean {
  const def = DEFINITION.exec(text);
  if (!def || (mayBeBullet(code) && BULLET.test(text))) return false;
  definitions.set(refId(def[1]!), def[2]!, no);
  return true;
}

function markdownLines(source: string, sink: ReadSink, mode: Mode): LineReader {
  const once = mode.pass === 'once';
  const planning = mode.pass === 'plan';
  const emitting = mode.pass === 'emit';
  // Without a way to wait for the output (extractText: the input is in memory already) nothing spills.
  const spillAt = once && sink.ready ? tuning.markdownHeldInMemory : null;
  const held = new SpillList<Held>(spillAt);
  /** The reference ids of held items, apart: the file record needs them before the items are read back. */
  const heldRefs = new SpillList<string[]>(spillAt);
  /** Per definition: an item of the file uses it (plan pass). */
  const used = planning ? new Uint8Array(mode.definitions.size) : null;
  /** Items that are records, or grouping items that may be (plan pass: only their number matters). */
  let items = 0;
  /** Items a later line may still add to: `current` and `pendingRow` as of the last line. */
  const open: Item[] = [];
  const definitions = once ? new Definitions() : mode.definitions;
  /** The longest id defined (the passes after the first know them all). */
  const longestId = definitions.longestId;
  // The emitting pass comes after the file record (markdownPasses emits it first): file text is not read again.
  const file = emitting ? null : sink.newPaper(source, 1);
  let fileHasText = false;
  let current: Item | null = null;
  let pendingRow: Item | null = null;
  /** The cells of the row that may be a table's header (it is, if a separator follows). */
  let pendingCells: string[] = [];
  /** Column of the current table whose header names the title (-1: none, or not in a table). */
  let titleColumn = -1;
  let fence: string | null = null;
  let prevBlank = false;
  /** The line before was a heading: a paragraph may start right under it. */
  let prevHeading = false;
  /** The HTML `<tr>` being read (it is `current` too), and its text so far, for its title. */
  let htmlRow: Item | null = null;
  let htmlRowText = '';
  /**
   * The open row's lines (null: a blank line), kept while short, so that a row that turns out to
   * continue the one before it can be read into that one instead.
   */
  let htmlRowLines: [string | null, number][] | null = [];
  let htmlRowLinesChars = 0;
  /** The last row, ended but not yet finished: the next may continue it (see closeHtmlRow). */
  let lastRow: Item | null = null;
  /** Column of the current HTML table whose `<th>` names the title (-1: none). */
  let htmlTitleColumn = -1;

  /** `title`: null in the plan pass, which builds no item records. */
  const startItem = (indent: number, title: string | null, no: number): Item => ({
    builder: planning ? null : sink.newPaper(source, no, title),
    indent,
    refs: null,
    defined: null,
    hasChildren: false,
    dropped: false,
  });
  /** An item's record with its reference links added; null when it is not a record. */
  const resolve = (record: PaperRecord, refs: Iterable<string> | undefined, grouping: boolean): PaperRecord | null => {
    // A huge item's links are read from a temporary file (extract/record.ts): a copy takes the references.
    if (refs && isLazyArray(record.links)) record.links = [...record.links];
    const before = record.links.length;
    for (const ref of refs ?? []) {
      const n = definitions.number(ref);
      if (n >= 0) sink.findLinks(definitions.url(n), definitions.line(n), record.links);
    }
    // A claim only stands without a link (RecordBuilder.finish): a reference link now backs it.
    if (record.links.length > before) record.claimsCodeWithoutLink = false;
    return grouping && record.links.length === 0 ? null : record;
  };
  const finishItem = (item: Item) => {
    if (item.dropped) return;
    items++;
    if (planning) {
      if (item.defined) for (const n of item.defined) used![n] = 1;
      return;
    }
    if (emitting) {
      // Reference links go in before the record is made, as resolve() would add them after: the
      // builder's own set of URLs keeps them once (no set rebuilt per reference).
      const builder = item.builder!;
      const before = builder.linkCount;
      if (item.defined) for (const n of item.defined) builder.addLinks(definitions.url(n), definitions.line(n));
      const record = builder.finish();
      if (record.links.length > before) record.claimsCodeWithoutLink = false;
      if (!(item.hasChildren || item.htmlHeader) || record.links.length > 0) sink.record(record);
      return;
    }
    const record = item.builder!.finish();
    const h: Held = { record };
    if (item.refs && item.refs.size > 0) {
      h.refs = [...item.refs];
      heldRefs.push(h.refs);
    }
    if (item.hasChildren || item.htmlHeader) h.grouping = true;
    held.push(h);
  };
  /** After each line: finish the items that are neither current nor a pending table row any more. */
  const settle = () => {
    if (open.length === 0 && current === null && pendingRow === null) return;
    for (const item of open) if (item !== current && item !== pendingRow) finishItem(item);
    // Reused, not replaced: this runs after every line inside a list or table.
    open.length = 0;
    if (pendingRow) open.push(pendingRow);
    if (current && current !== pendingRow) open.push(current);
  };
  const addTo = (item: Item | null, text: string, no: number) => {
    if (!item) {
      if (!file) return;
      if (!fileHasText) file.line = no;
      fileHasText = true;
      file.addText(text, no);
      return;
    }
    item.builder?.addText(text, no);
    // Only ids a definition has can add a link (the single pass learns its definitions at the end).
    refsOf = item;
    if (once) eachReference(text, noteAnyRef);
    else if (definitions.size > 0) eachReference(text, noteDefinedRef);
  };
  /** The item whose text eachReference is reading (its callbacks are made once, not per line). */
  let refsOf: Item | null = null;
  const noteAnyRef = (label: string) => void (refsOf!.refs ??= new Set()).add(refId(label));
  const noteDefinedRef = (label: string) => {
    // Most bracket texts are titles, far longer than any id: they are not even lower-cased.
    if (!mayFit(label, longestId)) return;
    const id = refId(label);
    const n = definitions.number(id);
    if (n >= 0) (refsOf!.defined ??= new Set()).add(n);
  };

  /** The row held back by closeHtmlRow is finished: nothing can continue it any more. */
  const flushLastRow = () => {
    if (lastRow === null) return;
    const row = lastRow;
    lastRow = null;
    finishItem(row);
  };
  /**
   * The open HTML row ends: its title from its cells (a row of `<th>` only is the table's header).
   * A row of one cell spanning the table (`<td colspan="5"><details>…`: the abstract or summary
   * that digests put under each paper's row) continues the row before it: its lines are read into
   * that one. Any other row is held back until the next row shows whether it continues it.
   */
  const closeHtmlRow = () => {
    const row = htmlRow!;
    const lines = htmlRowLines;
    const { cells, header, wide } = htmlRowCells(htmlRowText);
    htmlRow = null;
    htmlRowText = '';
    htmlRowLines = [];
    htmlRowLinesChars = 0;
    if (current === row) current = null;
    // Not finished by settle(): it is held back here, and finished in order by flushLastRow.
    const at = open.indexOf(row);
    if (at !== -1) open.splice(at, 1);
    // (Never a header row: a wide row under it is the body's first.)
    if (wide && lastRow !== null && !lastRow.htmlHeader && lines !== null) {
      for (const [text, no] of lines) {
        if (text === null) lastRow.builder?.breakText();
        else addTo(lastRow, text, no);
      }
      return;
    }
    if (header) {
      row.htmlHeader = true;
      htmlTitleColumn = cells.findIndex((c) => TITLE_HEADER.test(markdownTitle(c) ?? ''));
    }
    if (row.builder) row.builder.title = rowTitle(cells, htmlTitleColumn);
    flushLastRow();
    lastRow = row;
  };
  const addToHtmlRow = (text: string | null, no: number) => {
    if (htmlRowLines !== null) {
      htmlRowLinesChars += text === null ? 1 : text.length;
      if (htmlRowLinesChars <= HTML_ROW_LINES) htmlRowLines.push([text, no]);
      else htmlRowLines = null; // too long to be read again: it stays a row of its own
    }
    if (text === null) return htmlRow!.builder?.breakText();
    if (htmlRowText.length < HTML_ROW_TEXT) htmlRowText += `${text.slice(0, HTML_ROW_TEXT - htmlRowText.length)}\n`;
    addTo(htmlRow, text, no);
  };
  /** Text of a line that takes part in HTML rows but lies outside them: the file's, as before. */
  const addOutside = (text: string, no: number) => {
    if (text.trim() !== '') addTo(null, text, no);
  };
  /**
   * HTML table rows (`<tr>` … `</tr>`, on one line or many, several on a line): each is an item,
   * `current` while open, so everything up to its end is its text — Markdown inside a cell too,
   * blank lines and fences included. A row ends at `</tr>`, at the next `<tr>`, at a table
   * section's or the table's edge, or at a heading (HTML lets `</tr>` be left out). True when the
   * line was taken here; its text outside rows goes to the file record, as HTML outside a list does.
   */
  const htmlLine = (text: string, no: number, code: number, isBlank: boolean): boolean => {
    if (htmlRow !== null) {
      if (isBlank) {
        addToHtmlRow(null, no);
        return true;
      }
      if (mayBeHeading(code) && text.length <= MAX_HEADING && headingText(text) !== null) {
        closeHtmlRow();
        return false;
      }
    } else if (!mayBeHtml(code)) return false;
    let taken = htmlRow !== null;
    let from = 0;
    /** Where the open row's end is looked for (past its own `<tr`). */
    let searchFrom = 0;
    for (;;) {
      if (htmlRow === null) {
        let start = nextRowMark(text, from);
        while (start !== null && start.kind !== 'start-row') {
          if (start.kind === 'end-table') {
            // A table begins or ends: its header is not the next one's, nor is its last row continued.
            htmlTitleColumn = -1;
            flushLastRow();
          }
          start = nextRowMark(text, start.end);
        }
        if (start === null) {
          if (taken) addOutside(text.slice(from), no);
          return taken;
        }
        addOutside(text.slice(from, start.at), no);
        // A row ends the list item or Markdown table row before it, which are finished first (in order).
        current = pendingRow = null;
        settle();
        current = htmlRow = startItem(0, null, no);
        taken = true;
        from = start.at;
        searchFrom = start.end;
      }
      const mark = nextRowMark(text, searchFrom);
      if (mark === null) {
        addToHtmlRow(from === 0 ? text : text.slice(from), no);
        return true;
      }
      if (mark.at > from) addToHtmlRow(text.slice(from, mark.at), no);
      closeHtmlRow();
      if (mark.kind === 'end-table') {
        htmlTitleColumn = -1;
        flushLastRow();
      }
      from = searchFrom = mark.kind === 'start-row' ? mark.at : mark.end;
    }
  };

  const readLine = (text: string, no: number) => {
    const code = firstChar(text);
    const at = firstAt;
    const isBlank = code === -1 || (code === -2 && text.trim() === '');
    const blank = prevBlank;
    prevBlank = isBlank;
    const underHeading = prevHeading;
    prevHeading = false;
    if (fence !== null) {
      if (text.trim().startsWith(fence)) fence = null;
      if (htmlRow !== null) addToHtmlRow(text, no);
      else addTo(current, text, no);
      return;
    }
    const indented = code === -2 ? /^\s/.test(text) : at > 0;
    const fenceOpen = mayBeFence(code) ? FENCE.exec(text) : null;
    if (fenceOpen) {
      fence = fenceOpen[1]!;
      if (htmlRow !== null) return addToHtmlRow(text, no);
      flushLastRow();
      if (current && !indented) current = null;
      addTo(current, text, no);
      return;
    }
    if (htmlLine(text, no, code, isBlank)) return;
    // Anything but a blank line after a row means no row continues it.
    if (!isBlank) flushLastRow();
    const separator = mayBeSeparator(code) && TABLE_SEPARATOR.test(text);
    if (pendingRow && separator) {
      pendingRow.dropped = true; // the header row
      if (!planning) titleColumn = pendingCells.findIndex((c) => TITLE_HEADER.test(markdownTitle(c) ?? ''));
    }
    pendingRow = null;
    if (separator) return;
    const row = mayBeRow(code) && TABLE_ROW.test(text);
    if (titleColumn !== -1 && !row) titleColumn = -1; // the table ended
    if (mayBeDefinition(code)) {
      // Known already to the passes after the first.
      if (once ? definitionOf(text, no, code, definitions) : DEFINITION.test(text) && !(mayBeBullet(code) && BULLET.test(text))) return;
    }
    // Long lines are never headings.
    const heading = mayBeHeading(code) && text.length <= MAX_HEADING ? headingText(text) : null;
    if (heading !== null) {
      prevHeading = true;
      current = null;
      if (file) file.title ??= markdownTitle(heading);
      addTo(null, text, no);
      return;
    }
    if (row) {
      const cells = planning ? [] : cellsOf(text);
      current = pendingRow = startItem(0, planning ? null : rowTitle(cells, titleColumn), no);
      pendingCells = cells;
      addTo(current, text, no);
      current = null;
      return;
    }
    const bullet = mayBeBullet(code) ? BULLET.exec(text) : null;
    if (bullet) {
      const indent = bullet[1]!.length;
      // A deeper bullet makes the item it sits in a grouping item.
      if (current && current.indent < indent) current.hasChildren = true;
      current = startItem(indent, planning ? null : markdownTitle(bullet[2] ?? ''), no);
      addTo(current, text, no);
      return;
    }
    if (isBlank) {
      current?.builder?.breakText();
      file?.breakText();
      return;
    }
    // A paragraph that opens with a bold title on a broken line is a paper of its own (to its end).
    const paper = (blank || underHeading) && !indented && mayBeBold(code) ? paperParagraphTitle(text) : null;
    if (paper !== null) {
      current = startItem(0, planning ? null : paper, no);
      addTo(current, text, no);
      return;
    }
    // A non-indented paragraph ends the list; indented or lazy lines continue the item.
    if (current && !indented && blank) current = null;
    addTo(current, text, no);
  };

  /** The file record, once every item has been seen; null when it is not a paper. */
  const fileRecordOf = (f: PaperBuilder, used: Uint8Array): PaperRecord | null => {
    for (let n = 0; n < definitions.size; n++) if (used[n] === 0) f.addLinks(definitions.url(n), definitions.line(n));
    const fileRecord = f.finish();
    // A file of blank lines only is no paper at all (the caller says "no papers in …").
    const matters = fileRecord.links.length > 0 || fileRecord.promised || fileRecord.claimsCodeWithoutLink || (items === 0 && fileHasText);
    return matters ? fileRecord : null;
  };

  return {
    line(text, no) {
      readLine(text, no);
      settle();
    },
    end() {
      if (htmlRow) closeHtmlRow();
      flushLastRow();
      current = pendingRow = null;
      settle();
      if (emitting) return;
      if (planning) {
        return mode.done(fileRecordOf(file!, used!));
      }
      const usedByHeld = new Uint8Array(definitions.size);
      for (const refs of heldRefs) {
        for (const ref of refs) {
          const n = definitions.number(ref);
          if (n >= 0) usedByHeld[n] = 1;
        }
      }
      heldRefs.close();
      const fileRecord = fileRecordOf(file!, usedByHeld);
      if (fileRecord) sink.record(fileRecord);
      if (spillAt === null) {
        for (const h of held) {
          const record = resolve(h.record, h.refs, h.grouping === true);
          if (record) sink.record(record);
        }
        held.close();
        return definitions.dispose();
      }
      // Many records may come out here: wait for the output between batches.
      return (async () => {
        try {
          let n = 0;
          for (const h of held) {
            const record = resolve(h.record, h.refs, h.grouping === true);
            if (record) sink.record(record);
            if (++n % EMIT_BATCH === 0) await sink.ready?.();
          }
        } finally {
          held.close();
          definitions.dispose();
        }
      })();
    },
  };
}

/** Markdown read in one pass: items wait (spilled to disk beyond a limit) for the file record. */
export function markdownReader(source: string, sink: ReadSink): LineReader {
  return markdownLines(source, sink, { pass: 'once' });
}

/**
 * Markdown read in three passes over the same file (see the top of this file): the readers, one
 * per pass, each created once the pass before it has ended.
 */
export function* markdownPasses(source: string, sink: ReadSink): Generator<LineReader> {
  const definitions = new Definitions();
  try {
    yield definitionsReader(definitions);
    const plan: { fileRecord: PaperRecord | null } = { fileRecord: null };
    yield markdownLines(source, sink, { pass: 'plan', definitions, done: (r) => void (plan.fileRecord = r) });
    if (plan.fileRecord) sink.record(plan.fileRecord);
    yield markdownLines(source, sink, { pass: 'emit', definitions });
  } finally {
    // Many definitions are on disk (markdown-definitions.ts): their files go as soon as the file is read.
    definitions.dispose();
  }
}
