// YAML paper lists (`papers.yaml`, a site's `_data/publications.yml`): a list of mappings is read
// like a JSON array of objects, one record per paper; a mapping is read like a JSON object (a
// wrapper of paper lists gives a record per paper). Title, date and id come from the same fields
// as JSON's (json-record.ts paperFields), links from any string, each on its own line.
//
// A top-level list (`- title: …` at the start of a line) is read an item at a time, so memory does
// not grow with the list; any other document is held until the input ends, then read whole.
import type { Document, LineCounter, YAMLMap } from 'yaml';
import type { PaperRecord } from '../types.js';
import { isPlainObject, paperFields, SKIPPED_FIELDS, TEXT_FIRST } from './json-record.js';
import { paperLists } from './json.js';
import type { LineReader, ReadSink } from './reader.js';
import { yamlModule } from './parser-modules.js';

/** A top-level list item starts a line: `-` then a space or nothing. */
const LIST_ITEM = /^-(?:[ \t]|$)/;
/** A document's start or end marker, alone on its line (a comment may follow). */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t]+#.*)?$/;
/** A line that holds nothing for the parser to read: blank, a comment, or a directive before a document. */
const NOTHING = /^\s*(?:#.*)?$/;
/** Strings nested deeper than this are not read (as MAX_DEPTH in json-record.ts). */
const MAX_DEPTH = 8;

/** Where the text being parsed starts in the input, and how to find a line from an offset. */
interface Place {
  /** The input's line before the text's first. */
  before: number;
  text: string;
  lines: LineCounter;
}

export function yamlReader(source: string, sink: ReadSink): LineReader {
  const Y = yamlModule();
  /** 'start' before the first thing a document holds; 'list' inside a top-level list; 'whole' for any other document. */
  let mode: 'start' | 'list' | 'whole' = 'start';
  let lines: string[] = [];
  let first = 0;
  /** Items of the top-level lists so far (for "list item N" in problems). */
  let itemNo = 0;

  const lineAt = (place: Place, offset: number) => place.before + place.lines.linePos(offset).line;

  /** The record of a paper mapping that starts on `line`; `skip`: keys read elsewhere (a wrapper's paper lists). */
  const recordOf = (map: YAMLMap, obj: Record<string, unknown>, place: Place, line: number, skip?: readonly string[]): PaperRecord => {
    const { title, date, id } = paperFields(obj);
    const record = sink.newPaper(source, line, title, date, id);
    /**
     * A string is one piece of the record's text. One that spans lines (folded, quoted over
     * several lines) is read as written, line breaks and all, so each link keeps its own line;
     * folding never breaks a URL, which holds no space.
     */
    const walk = (node: unknown, depth: number) => {
      if (Y.isScalar(node)) {
        if (typeof node.value !== 'string' || !node.range) return;
        const [start, end] = node.range;
        const written = place.text.slice(start, end);
        record.addText(written.includes('\n') ? written : node.value, lineAt(place, start));
        record.breakText();
      } else if (depth < MAX_DEPTH && (Y.isSeq(node) || Y.isMap(node))) {
        for (const item of node.items) walk(Y.isPair(item) ? item.value : item, depth + 1);
      }
    };
    const keyOf = (pair: { key: unknown }) => (Y.isScalar(pair.key) ? String(pair.key.value) : '');
    // The text fields first, as JSON's: links keep the order a reader sees them in.
    for (const field of TEXT_FIRST) {
      const pair = map.items.find((p) => keyOf(p) === field);
      if (pair && Y.isScalar(pair.value) && typeof pair.value.value === 'string') walk(pair.value, 0);
    }
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (SKIPPED_FIELDS.has(key) || skip?.includes(key)) continue;
      if (TEXT_FIRST.includes(key) && Y.isScalar(pair.value) && typeof pair.value.value === 'string') continue;
      walk(pair.value, 0);
    }
    return record.finish();
  };

  /**
   * The value of a mapping as plain data. One with an alias to an anchor it cannot see (another
   * list item's) is said, and gives only its own plain `key: value` pairs: enough for its title,
   * date and id (its links are read from its nodes all the same).
   */
  const dataOf = (doc: Document, map: YAMLMap, line: number, what: string): Record<string, unknown> => {
    try {
      const data = map.toJS(doc) as unknown;
      return isPlainObject(data) ? data : {};
    } catch {
      sink.problem(line, `${what} refers to an anchor it cannot see; read without it`);
      const own: Record<string, unknown> = {};
      for (const pair of map.items) if (Y.isScalar(pair.key) && Y.isScalar(pair.value)) own[String(pair.key.value)] = pair.value.value;
      return own;
    }
  };

  /**
   * Each item of a list: a mapping is a paper, anything else is said and skipped. An item read on
   * its own (`alone`: a top-level list's) starts on the line of its `-`, whatever follows it there.
   */
  const readItems = (doc: Document, items: unknown[], place: Place, alone: boolean) => {
    for (const item of items) {
      itemNo++;
      const line = alone || !Y.isNode(item) || !item.range ? place.before + 1 : lineAt(place, item.range[0]);
      if (!Y.isMap(item)) {
        sink.problem(line, `YAML list item ${itemNo} is not a mapping; skipped`);
        continue;
      }
      sink.record(recordOf(item, dataOf(doc, item, line, `YAML list item ${itemNo}`), place, line));
    }
  };

  /** Parse `text` (starting after line `before`) and read what it holds. */
  const read = (text: string, before: number, whole: boolean) => {
    const counter = new Y.LineCounter();
    const place: Place = { before, text, lines: counter };
    const docs = Y.parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
    for (const doc of docs) {
      if (doc.errors.length > 0) {
        // The parser's message is never shown: it may quote the input. What the text says still
        // counts: its links and promises, read as text, make the item's record (no title).
        sink.problem(lineAt(place, doc.errors[0]!.pos[0]), whole ? 'malformed YAML: read as text' : `malformed YAML list item ${itemNo + 1}: read as text`);
        if (!whole) itemNo++;
        const [start, , end] = doc.range;
        const record = sink.newPaper(source, lineAt(place, start));
        record.addText(text.slice(start, end), lineAt(place, start));
        sink.record(record.finish());
        continue;
      }
      const contents = doc.contents;
      if (contents === null) continue;
      if (Y.isSeq(contents)) readItems(doc, contents.items, place, !whole);
      else if (Y.isMap(contents)) readMapping(doc, contents, place);
      else sink.problem(lineAt(place, contents.range?.[0] ?? 0), 'YAML input is neither a mapping nor a list of mappings');
    }
  };

  /**
   * A mapping is one paper, unless it is a wrapper of paper lists (no title, abstract or summary of
   * its own; lists of mappings, one at least titled: json.ts paperLists): then each paper is a
   * record, and what the wrapper says besides comes first as the file's record when it has a link.
   */
  const readMapping = (doc: Document, map: YAMLMap, place: Place) => {
    const line = lineAt(place, map.range?.[0] ?? 0);
    const obj = dataOf(doc, map, line, 'YAML document');
    const lists = paperLists(obj);
    if (lists.length === 0) return sink.record(recordOf(map, obj, place, line));
    const rest = Object.fromEntries(Object.entries(obj).filter(([key]) => !lists.includes(key)));
    const wrapper = recordOf(map, rest, place, line, lists);
    if (wrapper.links.length > 0) sink.record(wrapper);
    for (const pair of map.items) {
      if (Y.isScalar(pair.key) && lists.includes(String(pair.key.value)) && Y.isSeq(pair.value)) readItems(doc, pair.value.items, place, false);
    }
  };

  const flushItem = () => {
    if (lines.length > 0) read(lines.join('\n'), first - 1, false);
    lines = [];
  };

  return {
    line(text, no) {
      if (mode === 'whole') {
        lines.push(text);
        return;
      }
      if (DOCUMENT_MARKER.test(text)) {
        // A new document may be anything: it is looked at afresh.
        flushItem();
        mode = 'start';
        return;
      }
      if (mode === 'start') {
        if (NOTHING.test(text) || text.startsWith('%')) return;
        mode = LIST_ITEM.test(text) ? 'list' : 'whole';
        first = no;
        lines = [text];
        return;
      }
      if (LIST_ITEM.test(text)) {
        flushItem();
        first = no;
      }
      lines.push(text);
    },
    end() {
      if (mode === 'whole') read(lines.join('\n'), first - 1, true);
      else flushItem();
      lines = [];
    },
  };
}
