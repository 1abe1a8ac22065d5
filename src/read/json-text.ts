// Where things are in a JSON text, found without parsing it again: the line of an offset, the
// line of each string literal a link came from, the end of a string literal. Shared by the
// readers of whole documents and of their parts (read/json.ts, read/json-wrapper.ts).
import type { LineOfString } from './json-record.js';

export function lineAt(text: string, offset: number, lineStarts: number[]): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The line of a string literal of text[from, to) that may hold a link (it has a dot), by its
 * value: a link's line is the line of the first string that holds it. Undefined for text on one
 * line. Found lazily: only strings with links are looked up, and the literals are read (and
 * remembered) only as far as the one looked for, so a text is read once however many lookups.
 */
export function stringLines(text: string, from: number, to: number, lineStarts: () => number[]): LineOfString | undefined {
  const nl = text.indexOf('\n', from);
  if (nl === -1 || nl >= to) return undefined;
  const lines = new LiteralLines();
  /** The next literal's opening quote (-1 or `to` and beyond: none left), the next backslash and dot. */
  let next = text.indexOf('"', from);
  /** A literal with a backslash in it is unescaped by JSON.parse. */
  let backslash = text.indexOf('\\', from);
  let dot = text.indexOf('.', from);
  return (value) => {
    const known = lines.get(value);
    if (known !== undefined || !value.includes('.')) return known;
    while (next !== -1 && next < to) {
      const i = next;
      // (The text was parsed: every string is closed.)
      const end = closingQuote(text, i + 1, to);
      next = text.indexOf('"', end + 1);
      if (dot !== -1 && dot <= i) dot = text.indexOf('.', i + 1);
      if (dot === -1 || dot >= end) continue;
      if (backslash !== -1 && backslash <= i) backslash = text.indexOf('\\', i + 1);
      let found: string;
      if (backslash !== -1 && backslash < end) {
        try {
          found = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          continue;
        }
      } else found = end - i - 1 === value.length && text.startsWith(value, i + 1) ? value : text.slice(i + 1, end);
      if (lines.get(found) !== undefined) continue;
      const line = lineAt(text, i, lineStarts());
      lines.add(found, line);
      if (found === value) return line;
    }
    return undefined;
  };
}

/** Literals an element holds beyond which their lines go into a Map (below it, a list is searched). */
const FEW_LITERALS = 16;

/**
 * The first line of each literal value read so far. A few are searched by length first: a Map
 * would hash every long value (an abstract) looked up or added, for the few an element holds.
 */
class LiteralLines {
  private readonly values: string[] = [];
  private readonly lines: number[] = [];
  private map: Map<string, number> | null = null;

  get(value: string): number | undefined {
    if (this.map) return this.map.get(value);
    for (let k = 0; k < this.values.length; k++) {
      const v = this.values[k]!;
      if (v.length === value.length && v === value) return this.lines[k];
    }
    return undefined;
  }

  /** A value not seen before, on `line`. */
  add(value: string, line: number): void {
    if (this.map) return void this.map.set(value, line);
    this.values.push(value);
    this.lines.push(line);
    if (this.values.length > FEW_LITERALS) this.map = new Map(this.values.map((v, k) => [v, this.lines[k]!]));
  }
}

/**
 * Where the JSON string whose text starts at `from` ends: the first `"` at or after `from` (and
 * before `to`) not escaped — not after an odd run of backslashes — or `to`. Found with indexOf
 * rather than character by character: strings (abstracts) are most of a JSON document, and
 * indexOf skips them several times faster.
 */
export function closingQuote(text: string, from: number, to: number): number {
  for (let q = text.indexOf('"', from); q !== -1 && q < to; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (q - backslashes - 1 >= from && text.charCodeAt(q - backslashes - 1) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return to;
}

const JSON_SPACE = /[ \t\r\n]/;

/**
 * What a text to be parsed whole counts against the limits on what is held for JSON.parse
 * (tuning.jsonReadWhole for a document; jsonValueHeldBytes for a JSON Lines line, and for an API
 * answer's element or member read member by member, json-wrapper.ts): its
 * characters, ~4 bytes each parsed, and JSON_NODE_CHARS more for each `:`, `{` and `[` — a
 * member, an object, an array take ~190 bytes parsed however short: 7 MB of 600,000 tiny members
 * peaked at 169 MiB read whole, a 4.2 MB line of 360,000 at 148 (bench/extract/RESULTS.md run 71).
 */
export function wholeCost(text: string): number {
  let nodes = 0;
  for (const mark of NODE_MARKS) for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) nodes++;
  return text.length + JSON_NODE_CHARS * nodes;
}
/** What each `:`, `{` and `[` of a text held to be parsed counts beyond its characters (wholeCost; extract/json-workers.ts nodesIn). */
export const JSON_NODE_CHARS = 24;
/**
 * The share of tuning.jsonValueHeldBytes a value held piece by piece passes before its members are
 * counted (256 Ki of 4 Mi): counting every piece of every element of an API's answer took ~8 % of
 * its time, and short values cost little however they are made (bench/extract/RESULTS.md run 71).
 */
export const NODES_COUNTED_FROM = 1 / 16;
const NODE_MARKS = [':', '{', '['];

/**
 * Where each member of the top-level object `text` (parsed already: it is valid JSON) starts: the
 * offset of its key's opening quote, by key (the last of a key written twice, as JSON.parse keeps).
 * JSON.parse puts integer-like keys (`"12345"`) first, whatever their place in the text: this
 * gives it back, for a reader that takes the members in the text's order.
 */
export function memberOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i + 1, text.length);
      if (depth === 1) {
        let after = end + 1;
        while (after < text.length && JSON_SPACE.test(text[after]!)) after++;
        if (text[after] === ':') {
          const literal = text.slice(i, end + 1);
          offsets.set(literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1), i);
        }
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return offsets;
}

/**
 * Levels of nesting past which a JSON value is refused when it is long (tooDeep) or read as it
 * comes (json-object-stream.ts): parsed, each level cost ~60 bytes, and a 16 MB line of brackets
 * peaked at 609 MiB, a 7 MB document read whole at 399 (bench/extract/RESULTS.md run 63). No
 * paper's JSON nests past a dozen.
 */
export const MAX_NESTING = 1000;
/** A shorter text is parsed without looking at its nesting: at most ~32,000 levels, ~2 MB. */
const NESTING_CHECKED_FROM = 64 * 1024;

/** Is `text`, a JSON value longer than 64 KiB, nested deeper than MAX_NESTING (outside its strings)? */
export const tooDeep = (text: string): boolean => openPast(text, true);

/** Does `text`, longer than 64 KiB, hold brackets or braces open past MAX_NESTING, whatever quotes them (YAML's flow collections)? */
export const bracketsTooDeep = (text: string): boolean => openPast(text, false);

function openPast(text: string, skipStrings: boolean): boolean {
  if (text.length <= NESTING_CHECKED_FROM) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && skipStrings) i = closingQuote(text, i + 1, text.length);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_NESTING) return true;
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) depth--;
  }
  return false;
}

export const nestedTooDeep = (what: string) => `${what} nested deeper than ${MAX_NESTING} levels skipped`;

/** A value being cut out of JSON text (json-wrapper.ts, saved-record-stream.ts): its nesting, and whether a string of it is open. */
export interface ValueCut {
  depth: number;
  inString: boolean;
}

/**
 * Character `c` of the value, outside its strings: does the value end before it (a comma or a
 * closing bracket at its own level)? Otherwise it is taken in (a quote opens a string).
 */
export function endsValue(cut: ValueCut, c: number): boolean {
  if (c === QUOTE) cut.inString = true;
  else if (c === OPEN_BRACE || c === OPEN_BRACKET) cut.depth++;
  else if (cut.depth > 0 && (c === CLOSE_BRACE || c === CLOSE_BRACKET)) cut.depth--;
  else return cut.depth === 0 && (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET);
  return false;
}

/** Does text[from, end) end with an odd run of backslashes (the character after `end` is escaped)? */
export function oddBackslashesBefore(text: string, end: number, from: number): boolean {
  let k = 0;
  while (end - k - 1 >= from && text.charCodeAt(end - k - 1) === BACKSLASH) k++;
  return k % 2 === 1;
}

export const [BACKSLASH, QUOTE, SPACE, TAB, CR, COMMA] = ['\\', '"', ' ', '\t', '\r', ','].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];
export const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = ['{', '}', '[', ']'].map((c) => c.charCodeAt(0)) as [number, number, number, number];

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The line of each string of an element whose text is `element`, starting on `line` of the input
 * (undefined for an element on one line): its links keep the lines they are on.
 */
export function elementLineOf(element: string, line: number): LineOfString | undefined {
  let starts: number[] | undefined;
  const within = stringLines(element, 0, element.length, () => (starts ??= lineStartsOf(element)));
  const base = line - 1;
  return (
    within &&
    ((value) => {
      const at = within(value);
      return at === undefined ? undefined : at + base;
    })
  );
}
