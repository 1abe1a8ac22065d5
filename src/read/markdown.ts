// Markdown (awesome lists, READMEs). Granularity: every list item and every table row is a record
// (titled by its text); everything else — headings, paragraphs, code blocks outside lists — makes
// one record for the file, emitted when it has links or a promise/claim, or when the file has no
// items at all. A grouping item (one with sub-items and no link of its own) is not a record.
// Reference-style links (`[code][1]` … `[1]: https://…`) count for the items that use them.
//
// Memory: an item is finished as soon as no later line can add to it; the finished records wait
// (in a SpillList, on disk beyond a few thousand) only because the file record, emitted first, is
// known at the end. Their reference ids wait with them and are resolved at the end.
import type { PaperRecord } from '../types.js';
import { markdownTitle } from './markdown-title.js';
import type { LineReader, PaperBuilder, ReadSink } from './reader.js';
import { SpillList } from './spill.js';
import { tuning } from './tuning.js';

const BULLET = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const FENCE = /^\s*(```+|~~~+)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$/;
const MAX_HEADING = 2000;
const REFERENCE = /\[([^\]]*)\](?:\[([^\]]*)\])?/g;

interface Item {
  builder: PaperBuilder;
  indent: number;
  refs: Set<string>;
  hasChildren: boolean;
  /** A table's header row, found out by the separator line below it: not a record. */
  dropped: boolean;
}

/** A finished item waiting for the end of the file: its record, reference ids, grouping flag. */
interface Held {
  record: PaperRecord;
  refs?: string[];
  grouping?: true;
}

/** Records emitted at the end between two waits for the output. */
const EMIT_BATCH = 1024;

const refId = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The cells of a table row (`| a | b |` → `a`, `b`); `\|` is a pipe inside a cell. */
const cellsOf = (row: string): string[] => row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
/** Header names of the column that holds a row's title. */
const TITLE_HEADER = /^(?:title|paper|papers|name|method|model|work)\b/i;

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

export function markdownReader(source: string, sink: ReadSink): LineReader {
  // Without a way to wait for the output (extractText: the input is in memory already) nothing spills.
  const spillAt = sink.ready ? tuning.markdownHeldInMemory : null;
  const held = new SpillList<Held>(spillAt);
  /** The reference ids of held items, apart: the file record needs them before the items are read back. */
  const heldRefs = new SpillList<string[]>(spillAt);
  /** Items a later line may still add to: `current` and `pendingRow` as of the last line. */
  let open: Item[] = [];
  const definitions = new Map<string, { url: string; line: number }>();
  const file = sink.newPaper(source, 1);
  let fileHasText = false;
  let current: Item | null = null;
  let pendingRow: Item | null = null;
  /** The cells of the row that may be a table's header (it is, if a separator follows). */
  let pendingCells: string[] = [];
  /** Column of the current table whose header names the title (-1: none, or not in a table). */
  let titleColumn = -1;
  let fence: string | null = null;
  let prevBlank = false;

  const startItem = (indent: number, title: string | null, no: number) => {
    return { builder: sink.newPaper(source, no, title), indent, refs: new Set<string>(), hasChildren: false, dropped: false };
  };
  const finishItem = (item: Item) => {
    if (item.dropped) return;
    const h: Held = { record: item.builder.finish() };
    if (item.refs.size > 0) {
      h.refs = [...item.refs];
      heldRefs.push(h.refs);
    }
    if (item.hasChildren) h.grouping = true;
    held.push(h);
  };
  /** After each line: finish the items that are neither current nor a pending table row any more. */
  const settle = () => {
    for (const item of open) if (item !== current && item !== pendingRow) finishItem(item);
    open = [];
    if (pendingRow) open.push(pendingRow);
    if (current && current !== pendingRow) open.push(current);
  };
  const addTo = (item: Item | null, text: string, no: number) => {
    if (!item) {
      if (!fileHasText) file.line = no;
      fileHasText = true;
      file.addText(text, no);
      return;
    }
    item.builder.addText(text, no);
    for (const m of text.matchAll(REFERENCE)) item.refs.add(refId(m[2] || m[1] || ''));
  };

  const readLine = (text: string, no: number) => {
    const blank = prevBlank;
    prevBlank = text.trim() === '';
    if (fence !== null) {
      if (text.trim().startsWith(fence)) fence = null;
      addTo(current, text, no);
      return;
    }
    const fenceOpen = FENCE.exec(text);
    if (fenceOpen) {
      fence = fenceOpen[1]!;
      if (current && !/^\s/.test(text)) current = null;
      addTo(current, text, no);
      return;
    }
    if (pendingRow && TABLE_SEPARATOR.test(text)) {
      pendingRow.dropped = true; // the header row
      titleColumn = pendingCells.findIndex((c) => TITLE_HEADER.test(markdownTitle(c) ?? ''));
    }
    pendingRow = null;
    if (TABLE_SEPARATOR.test(text)) return;
    if (titleColumn !== -1 && !TABLE_ROW.test(text)) titleColumn = -1; // the table ended
    const def = DEFINITION.exec(text);
    if (def && !BULLET.test(text)) return void definitions.set(refId(def[1]!), { url: def[2]!, line: no });
    // Long lines are never headings; the guard also bounds the lazy regex on hostile input.
    const heading = text.length <= MAX_HEADING ? HEADING.exec(text) : null;
    if (heading) {
      current = null;
      file.title ??= markdownTitle(heading[1]!);
      addTo(null, text, no);
      return;
    }
    if (TABLE_ROW.test(text)) {
      const cells = cellsOf(text);
      current = pendingRow = startItem(0, rowTitle(cells, titleColumn), no);
      pendingCells = cells;
      addTo(current, text, no);
      current = null;
      return;
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      const indent = bullet[1]!.length;
      // A deeper bullet makes the item it sits in a grouping item.
      if (current && current.indent < indent) current.hasChildren = true;
      current = startItem(indent, markdownTitle(bullet[2] ?? ''), no);
      addTo(current, text, no);
      return;
    }
    if (text.trim() === '') {
      current?.builder.breakText();
      file.breakText();
      return;
    }
    // A non-indented paragraph ends the list; indented or lazy lines continue the item.
    if (current && !/^\s/.test(text) && blank) current = null;
    addTo(current, text, no);
  };

  /** A held item's record with its reference links added; null when it is not a record. */
  const resolve = (h: Held): PaperRecord | null => {
    const { record } = h;
    const before = record.links.length;
    for (const ref of h.refs ?? []) {
      const d = definitions.get(ref);
      if (d) sink.findLinks(d.url, d.line, record.links);
    }
    // A claim only stands without a link (RecordBuilder.finish): a reference link now backs it.
    if (record.links.length > before) record.claimsCodeWithoutLink = false;
    return h.grouping && record.links.length === 0 ? null : record;
  };

  return {
    line(text, no) {
      readLine(text, no);
      settle();
    },
    end() {
      current = pendingRow = null;
      settle();
      const used = new Set<string>();
      for (const refs of heldRefs) for (const ref of refs) if (definitions.has(ref)) used.add(ref);
      heldRefs.close();
      for (const [ref, d] of definitions) if (!used.has(ref)) file.addLinks(d.url, d.line);
      const fileRecord = file.finish();
      // A file of blank lines only is no paper at all (the caller says "no papers in …").
      const fileMatters = fileRecord.links.length > 0 || fileRecord.promised || fileRecord.claimsCodeWithoutLink || (held.length === 0 && fileHasText);
      if (fileMatters) sink.record(fileRecord);
      if (spillAt === null) {
        for (const h of held) {
          const record = resolve(h);
          if (record) sink.record(record);
        }
        return held.close();
      }
      // Many records may come out here: wait for the output between batches.
      return (async () => {
        try {
          let n = 0;
          for (const h of held) {
            const record = resolve(h);
            if (record) sink.record(record);
            if (++n % EMIT_BATCH === 0) await sink.ready?.();
          }
        } finally {
          held.close();
        }
      })();
    },
  };
}
