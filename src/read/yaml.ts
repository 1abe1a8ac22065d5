// YAML paper lists (`papers.yaml`, a site's `_data/publications.yml`): a list of mappings is read
// like a JSON array of objects, one record per paper; a mapping is read like a JSON object (a
// wrapper of paper lists, nested or not, or of papers keyed by their ids, gives a record per
// paper). Title, date and id come from the same fields as JSON's (json-record.ts paperFields),
// links from any string, each on its own line.
//
// A top-level list (`- title: …` at the start of a line) is read an item at a time, so memory does
// not grow with the list; any other document is held until the input ends, then read whole, unless
// it passes tuning.yamlReadWhole: then the lists under its top-level keys (`papers:` then `- …`)
// are read an item at a time too, and the rest is read whole at the end (streamMapping), up to
// tuning.yamlRestHeldChars of it: past them, what is held is read then, and the later keys are
// held and read so in turn when it held papers keyed by their ids, else read as plain text. What
// is held counts its lines and double quotes too (heldCost): the parser's cost is in its nodes
// and in its double-quoted strings more than in characters.
import type { Document, LineCounter, YAMLMap, YAMLSeq } from 'yaml';
import type { PaperRecord } from '../types.js';
import { isPlainObject, PAPER_TEXT_KEYS, paperFields, SKIPPED_FIELDS, TEXT_FIRST } from './json-record.js';
import { bracketsTooDeep, MAX_NESTING } from './json-text.js';
import { nestedWrappers, paperLists, papersById } from './json-papers.js';
import type { LineReader, ReadSink } from './reader.js';
import { yamlModule } from './parser-modules.js';
import { sizeName } from './lines.js';
import { tuning } from './tuning.js';

/** A top-level list item starts a line: `-` then a space or nothing. */
const LIST_ITEM = /^-(?:[ \t]|$)/;
/** A document's start or end marker, alone on its line (a comment may follow). */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t]+#.*)?$/;
/** A line that holds nothing for the parser to read: blank, a comment, or a directive before a document. */
const NOTHING = /^\s*(?:#.*)?$/;
/** A list item at its indentation (the list of a top-level key may be indented or not). */
const ITEM_AT = /^( *)-(?:[ \t]|$)/;
/** A top-level key whose value starts on the next line (a comment may follow). */
const KEY_ALONE = /^(?:[^\s#'"\-[{][^:]*|"[^"]*"|'[^']*'):[ \t]*(?:#.*)?$/;
/** A key that makes a mapping a paper (json-record.ts PAPER_TEXT_KEYS): its lists are then its text. */
const OWN_FIELD = new RegExp(`^(?:${PAPER_TEXT_KEYS.join('|')})[ \\t]*:`);
/**
 * What a held line counts against the limits on what is held to be parsed (tuning.yamlNodeCost,
 * yamlDoubleQuotedWeight): its characters, times the weight when it has a double quote, and a
 * node's cost for the line and for each comma of a line with a bracket or brace (a flow
 * collection's items, `[a, b, c]`: 780 KB of them on one line peaked at 253 MiB parsed).
 */
function heldCost(text: string): number {
  let nodes = 1;
  if (text.includes('[') || text.includes('{')) for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) nodes++;
  return (text.includes('"') ? tuning.yamlDoubleQuotedWeight : 1) * (text.length + 1) + tuning.yamlNodeCost * nodes;
}
/** How the limits on what is held are named in what is said. */
const heldLimit = (chars: number) => `${sizeName(chars, 'characters')}, each line and flow item counted ${tuning.yamlNodeCost} more, a line with a double quote ${tuning.yamlDoubleQuotedWeight} times`;

/** Strings nested deeper than this are not read (as MAX_DEPTH in json-record.ts). */
const MAX_DEPTH = 8;

/** Where the text being parsed starts in the input, and how to find a line from an offset. */
interface Place {
  /** The input's line before the text's first. */
  before: number;
  text: string;
  lines: LineCounter;
  /** For a text of lines taken from several places (streamMapping): the input's line of its line n (1-based). */
  lineOf?: (n: number) => number;
}

export function yamlReader(source: string, sink: ReadSink): LineReader {
  const Y = yamlModule();
  /**
   * 'start' before the first thing a document holds; 'list' inside a top-level list; 'whole' for
   * any other document; 'streamed' for one held past tuning.yamlReadWhole.
   */
  let mode: 'start' | 'list' | 'whole' | 'streamed' = 'start';
  let lines: string[] = [];
  /** Characters held in 'whole' mode. */
  let held = 0;
  let streamed: { line(text: string, no: number): void; end(): void } | null = null;
  let first = 0;
  /** Items of the top-level lists so far (for "list item N" in problems). */
  let itemNo = 0;

  /** A mapping pair's key as a string; null for a key that is no scalar (a `? [a, b]` key). */
  const keyOf = (pair: { key: unknown }): string | null => (Y.isScalar(pair.key) ? String(pair.key.value) : null);

  const lineAt = (place: Place, offset: number) => {
    const n = place.lines.linePos(offset).line;
    return place.lineOf ? place.lineOf(n) : place.before + n;
  };

  /**
   * The record of a paper mapping that starts on `line`; `skip`: keys read elsewhere (a wrapper's
   * papers), and `skipLists`, lists read elsewhere (those of the wrappers nested in it); `idKey`:
   * the key a paper keyed by its id is under (isPaperById), its id when it has none of its own.
   */
  const recordOf = (map: YAMLMap, obj: Record<string, unknown>, place: Place, line: number, skip?: ReadonlySet<string>, idKey?: string, skipLists?: ReadonlySet<unknown>): PaperRecord => {
    const { title, date, id } = paperFields(obj);
    const record = sink.newPaper(source, line, title, date, id ?? idKey ?? null);
    /**
     * A string is one piece of the record's text. One that spans lines (folded, quoted over
     * several lines) is read as written, line breaks and all, so each link keeps its own line;
     * folding never breaks a URL, which holds no space.
     */
    const walk = (node: unknown, depth: number) => {
      if (skipLists?.has(node)) return;
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
    // The text fields first, as JSON's: links keep the order a reader sees them in.
    for (const field of TEXT_FIRST) {
      const pair = map.items.find((p) => keyOf(p) === field);
      if (pair && Y.isScalar(pair.value) && typeof pair.value.value === 'string') walk(pair.value, 0);
    }
    for (const pair of map.items) {
      const key = keyOf(pair) ?? '';
      if (SKIPPED_FIELDS.has(key) || skip?.has(key)) continue;
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

  /** Parse `text`, which starts after line `before` or lies on the lines `lineOf` gives. */
  const parse = (text: string, before: number, lineOf?: (n: number) => number): { place: Place; docs: Document.Parsed[] } => {
    const counter = new Y.LineCounter();
    const place: Place = { before, text, lines: counter };
    if (lineOf) place.lineOf = lineOf;
    return { place, docs: Y.parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false }) as Document.Parsed[] };
  };

  /**
   * Read what parsed text holds. `papersRead`: a mapping is a wrapper whose papers were read
   * already (streamMapping).
   */
  const readParsed = ({ place, docs }: { place: Place; docs: Document.Parsed[] }, whole: boolean, papersRead = false) => {
    const { text } = place;
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
      else if (Y.isMap(contents)) readMapping(doc, contents, place, papersRead);
      else sink.problem(lineAt(place, contents.range?.[0] ?? 0), 'YAML input is neither a mapping nor a list of mappings');
    }
  };
  const read = (text: string, before: number, whole: boolean, lineOf?: (n: number) => number, papersRead = false) => {
    if (!deepAsText(text, before, whole, lineOf)) readParsed(parse(text, before, lineOf), whole, papersRead);
  };

  /**
   * Text over 64 KiB whose flow collections (`[…]`, `{…}`) nest past MAX_NESTING is not given to
   * the parser, which took ~600 bytes a level (a 2 MB item of brackets: 1.1 GiB, 9 s; RESULTS.md
   * run 63): it is said and read as plain text, its record without a title. (Brackets are counted
   * whatever quotes them: only a thousand left open in one item could be taken for nesting.)
   */
  const deepAsText = (text: string, before: number, whole: boolean, lineOf?: (n: number) => number): boolean => {
    if (!bracketsTooDeep(text)) return false;
    const at = (n: number) => (lineOf ? lineOf(n) : before + n);
    sink.problem(at(1), `${whole ? 'YAML' : `YAML list item ${++itemNo}`} nested deeper than ${MAX_NESTING} levels: read as text`);
    const asText = textRecord(at(1));
    text.split('\n').forEach((line, i) => asText.line(line, at(i + 1)));
    asText.end();
    return true;
  };

  /** A record of plain text (no title), given its lines as they come: its links and promises on their lines. */
  const textRecord = (first: number): { line(text: string, no: number): void; end(): void } => {
    const record = sink.newPaper(source, first);
    return {
      line: (text, no) => (text.trim() === '' ? record.breakText() : record.addText(text, no)),
      end: () => sink.record(record.finish()),
    };
  };

  /** Papers keyed by their ids read so far (readMapping): streamMapping goes on holding keys after a mapping of them. */
  let byIdPapersRead = 0;

  /**
   * The lists of papers of a mapping at `depth` that is a wrapper nested in another (json-papers.ts
   * isNestedWrapper: `publications:` then `conference:` then `- title: …`), its nested wrappers'
   * too, in their order.
   */
  const nestedPaperLists = (map: YAMLMap, data: Record<string, unknown>, depth: number): YAMLSeq[] => {
    const lists = new Set(paperLists(data));
    const nested = new Set(nestedWrappers(data, depth));
    const found: YAMLSeq[] = [];
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (key === null) continue;
      if (lists.has(key) && Y.isSeq(pair.value)) found.push(pair.value);
      else if (nested.has(key) && Y.isMap(pair.value)) found.push(...nestedPaperLists(pair.value, data[key] as Record<string, unknown>, depth + 1));
    }
    return found;
  };

  /**
   * A mapping is one paper, unless it is a wrapper of paper lists or of papers keyed by their ids
   * (no title, abstract or summary of its own; lists of mappings, one at least titled: json-papers.ts
   * paperLists; titled mappings under keys: json-papers.ts papersById; mappings holding such lists
   * in turn: nestedWrappers): then each paper is a record, on the line it starts on, and what the
   * wrapper says besides comes first as the file's record when it has a link. `papersRead`: the
   * mapping is what is left of a wrapper whose papers were read already.
   */
  const readMapping = (doc: Document, map: YAMLMap, place: Place, papersRead: boolean) => {
    const line = lineAt(place, map.range?.[0] ?? 0);
    const obj = dataOf(doc, map, line, 'YAML document');
    const lists = paperLists(obj);
    const byId = papersById(obj);
    const nested = new Set(nestedWrappers(obj, 1));
    if (lists.length === 0 && byId.length === 0 && nested.size === 0 && !papersRead) return sink.record(recordOf(map, obj, place, line));
    // (Sets: a mapping of papers by id has thousands of keys.)
    const listKeys = new Set(lists);
    const idKeys = new Set(byId);
    const papers = new Set([...lists, ...byId]);
    /** The paper lists of the wrappers nested in it, by key: read as papers, not as the file's text. */
    const nestedLists = new Map<string, YAMLSeq[]>();
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (key !== null && nested.has(key) && Y.isMap(pair.value)) nestedLists.set(key, nestedPaperLists(pair.value, obj[key] as Record<string, unknown>, 2));
    }
    const rest = Object.fromEntries(Object.entries(obj).filter(([key]) => !papers.has(key)));
    const wrapper = recordOf(map, rest, place, line, papers, undefined, new Set([...nestedLists.values()].flat()));
    if (wrapper.links.length > 0) sink.record(wrapper);
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (key === null) continue;
      if (listKeys.has(key) && Y.isSeq(pair.value)) readItems(doc, pair.value.items, place, false);
      else if (idKeys.has(key) && Y.isMap(pair.value)) {
        byIdPapersRead++;
        sink.record(recordOf(pair.value, obj[key] as Record<string, unknown>, place, lineAt(place, pair.value.range?.[0] ?? 0), undefined, key));
      } else for (const list of nestedLists.get(key) ?? []) readItems(doc, list.items, place, false);
    }
  };

  /**
   * A list item too long to hold (past tuning.heldEntryChars: a 67 MB folded abstract peaked at
   * 366 MiB held and parsed, bench/extract/RESULTS.md run 57): said, and its lines — `held`, from
   * line `from`, then the rest as they come — read as plain text, its record without a title.
   */
  const itemAsText = (held: string[], from: number): { line(text: string, no: number): void; end(): void } => {
    itemNo++;
    sink.problem(from, `YAML list item ${itemNo} longer than ${heldLimit(tuning.heldEntryChars)}: read as text`);
    const asText = textRecord(from);
    held.forEach((text, i) => asText.line(text, from + i));
    return asText;
  };
  /** The top-level list's item read as text, once it is too long to hold. */
  let itemText: ReturnType<typeof itemAsText> | null = null;

  const flushItem = () => {
    if (itemText) itemText.end();
    else if (lines.length > 0) read(lines.join('\n'), first - 1, false);
    itemText = null;
    lines = [];
    held = 0;
  };

  /**
   * A mapping document too big to hold (a site's `publications:` list of thousands), read as its
   * lines come: each item of a list under a top-level key is read on its own, as a top-level list's
   * (a mapping is a paper; an item that is no mapping stays with the rest); the rest (the other
   * keys) is held and read whole at the end, the file's record when it has a link. Read whole, a
   * 16 MiB `papers:` list peaked at 416 MiB (bench/extract/RESULTS.md run 48). As a JSON wrapper
   * streamed (json-wrapper.ts), a list is not read so once a title, abstract or summary of the
   * mapping's own came before it: the mapping is then a paper, its lists its text.
   */
  const streamMapping = () => {
    const rest: string[] = [];
    /** Where each run of `rest`'s lines came from: its first line in `rest` (1-based) and in the input. */
    const runs: [number, number][] = [];
    let lastKept = -2;
    /** Characters in `rest` (heldCost); past tuning.yamlRestHeldChars, those held are read (readRestSoFar). */
    let restChars = 0;
    /** Where the last top-level key's lines start in `rest`, and what they count. */
    let keyAt = 0;
    let keyChars = 0;
    let restAsText: ReturnType<typeof textRecord> | null = null;
    /** Papers keyed by their ids read before this mapping (another document's). */
    const byIdAtStart = byIdPapersRead;
    /** Only the key too long to hold is read as text (keyAsText in a mapping of papers by id): the next is held again. */
    let oneKeyAsText = false;
    const keep = (text: string, no: number): void => {
      const topLevel = !text.startsWith(' ') && !NOTHING.test(text);
      if (restAsText && oneKeyAsText && topLevel) {
        restAsText.end();
        [restAsText, oneKeyAsText, restChars, lastKept, papersRead] = [null, false, 0, -2, true];
      }
      if (restAsText) return restAsText.line(text, no);
      // At a top-level line, what is held is whole keys: past the limit it is read now.
      if (topLevel && restChars > tuning.yamlRestHeldChars) return readRestSoFar(text, no);
      if (no !== lastKept + 1) runs.push([rest.length + 1, no]);
      if (topLevel) [keyAt, keyChars] = [rest.length, 0];
      rest.push(text);
      const cost = heldCost(text);
      restChars += cost;
      keyChars += cost;
      lastKept = no;
      if (keyChars > tuning.yamlRestHeldChars) keyAsText();
    };
    /**
     * One key past tuning.yamlRestHeldChars by itself (a paper's list of 100,000 authors, 1 MB,
     * peaked at 155 MiB parsed): the keys held before it are read now, and it and the later ones
     * as plain text, their own record — it alone, in a mapping of papers by id.
     */
    const keyAsText = () => {
      const lines = rest.slice(keyAt).map((text, i): [string, number] => [text, lineOf(keyAt + i + 1)]);
      rest.length = keyAt;
      readHeld();
      restToText(lines);
      // Among papers keyed by their ids (one of them past the limit), the later ones are papers still.
      oneKeyAsText = byIdPapersRead > byIdAtStart;
    };
    /** The keys held are read now, as they would be at the end. */
    const readHeld = () => {
      if (rest.length > 0) read(rest.join('\n'), 0, true, lineOf, papersRead);
      rest.length = 0;
      runs.length = 0;
    };
    /** From `lines` (the first at its line) on, the mapping's lines are plain text, said. */
    const restToText = (lines: [string, number][]) => {
      const from = lines[0]![1];
      sink.problem(from, `YAML mapping's keys past ${heldLimit(tuning.yamlRestHeldChars)}: read as text`);
      restAsText = textRecord(from);
      for (const [text, no] of lines) restAsText.line(text, no);
    };
    /**
     * The mapping's other keys past tuning.yamlRestHeldChars: those held are read now, as they
     * would be at the end. When they were papers keyed by their ids, the later keys are held and
     * read so in turn; else the later ones are read as plain text, their own record (links and
     * promises on their lines, no title). Held to the end, 80 MB of papers by id peaked at 480 MiB
     * (bench/extract/RESULTS.md run 68).
     */
    const readRestSoFar = (text: string, no: number): void => {
      const before = byIdPapersRead;
      readHeld();
      if (byIdPapersRead > before) {
        papersRead = true;
        restChars = 0;
        lastKept = -2;
        return keep(text, no);
      }
      restToText([[text, no]]);
    };
    /** The input's line of `rest`'s line n: from the last run starting at or before it. */
    const lineOf = (n: number) => {
      let [low, high] = [0, runs.length - 1];
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (runs[mid]![0] <= n) low = mid;
        else high = mid - 1;
      }
      return runs[low]![1] + n - runs[low]![0];
    };
    let ownPaper = false;
    let papersRead = false;
    /** A top-level key whose value starts on the next line: a list, or anything else. */
    let key: { text: string; no: number } | null = null;
    /** The list being read: its indentation, its key (kept with the rest once an item is). */
    let list: { indent: number; key: { text: string; no: number }; keyKept: boolean } | null = null;
    let item: { lines: string[]; original: string[]; first: number; chars: number; asText: ReturnType<typeof itemAsText> | null } | null = null;

    const endItem = () => {
      if (!item || !list) return;
      const { lines: itemLines, original, first: itemFirst, asText } = item;
      item = null;
      if (asText) {
        asText.end();
        papersRead = true;
        return;
      }
      // An item that is a mapping (or not YAML at all) is read on its own; anything else stays with the rest.
      const itemText = itemLines.join('\n');
      if (deepAsText(itemText, itemFirst - 1, false)) {
        papersRead = true;
        return;
      }
      const parsed = parse(itemText, itemFirst - 1);
      const doc = parsed.docs[0];
      if (!doc || doc.errors.length > 0 || (Y.isSeq(doc.contents) && Y.isMap(doc.contents.items[0]))) {
        readParsed(parsed, false);
        papersRead = true;
        return;
      }
      if (!list.keyKept) keep(list.key.text, list.key.no);
      list.keyKept = true;
      original.forEach((line, i) => keep(line, itemFirst + i));
    };
    const startItem = (text: string, no: number) => {
      endItem();
      item = { lines: [text.slice(list!.indent)], original: [text], first: no, chars: heldCost(text), asText: null };
    };
    const endList = () => {
      endItem();
      list = null;
    };
    return {
      line(text: string, no: number) {
        const nothing = NOTHING.test(text);
        if (list) {
          const indent = nothing ? -1 : text.length - text.trimStart().length;
          if (nothing || indent > list.indent) {
            if (item?.asText) return item.asText.line(text, no);
            if (item) {
              item.lines.push(text.startsWith(' '.repeat(list.indent)) ? text.slice(list.indent) : text.trimStart());
              item.original.push(text);
              item.chars += heldCost(text);
              if (item.chars > tuning.heldEntryChars) {
                item.asText = itemAsText(item.original, item.first);
                item.lines = [];
                item.original = [];
              }
            }
            return;
          }
          const at = ITEM_AT.exec(text);
          if (at && at[1]!.length === list.indent) return startItem(text, no);
          endList();
        }
        if (key) {
          const at = nothing ? null : ITEM_AT.exec(text);
          if (nothing) return; // blank lines and comments between a key and its value are nothing to the parser
          const pending = key;
          key = null;
          if (at && !ownPaper) {
            list = { indent: at[1]!.length, key: pending, keyKept: false };
            return startItem(text, no);
          }
          keep(pending.text, pending.no);
        }
        if (!nothing && !text.startsWith(' ')) {
          if (OWN_FIELD.test(text)) ownPaper = true;
          else if (KEY_ALONE.test(text)) {
            key = { text, no };
            return;
          }
        }
        keep(text, no);
      },
      end() {
        endList();
        if (key) keep(key.text, key.no);
        if (rest.length > 0) read(rest.join('\n'), 0, true, lineOf, papersRead);
        restAsText?.end();
      },
    };
  };

  return {
    line(text, no) {
      if (mode === 'whole') {
        lines.push(text);
        held += heldCost(text);
        if (held > tuning.yamlReadWhole) {
          // Too big to hold: what is held is read again as it came, and the rest as it comes.
          mode = 'streamed';
          streamed = streamMapping();
          lines.forEach((line, i) => streamed!.line(line, first + i));
          lines = [];
        }
        return;
      }
      if (mode === 'streamed') {
        // A document marker ends the document; a new one may be anything.
        if (!DOCUMENT_MARKER.test(text)) return streamed!.line(text, no);
        streamed!.end();
        streamed = null;
        mode = 'start';
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
        held = heldCost(text);
        return;
      }
      if (LIST_ITEM.test(text)) {
        flushItem();
        first = no;
      }
      if (itemText) return itemText.line(text, no);
      lines.push(text);
      held += heldCost(text);
      if (held > tuning.heldEntryChars) {
        itemText = itemAsText(lines, first);
        lines = [];
      }
    },
    end() {
      if (mode === 'whole') read(lines.join('\n'), first - 1, true);
      else if (mode === 'streamed') streamed!.end();
      else flushItem();
      lines = [];
    },
  };
}
