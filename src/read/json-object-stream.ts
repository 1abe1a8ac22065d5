// One JSON object read as its text comes, in pieces of any size, never held whole: a JSON Lines
// line or a JSON array element too long to parse at once (tuning.jsonValueHeldBytes), such as a
// paper whose abstract is megabytes of links. Held and parsed, a 58 MB line peaked at 281 MiB;
// read so, it costs what the same links cost in plain text.
//
// It builds the record recordFromObject (read/json-record.ts) builds from the parsed object:
// - the title, date and id come from the same fields, found by paperFields on a small object that
//   holds only those fields' values (a value past tuning.jsonStreamHeldChars is cut there);
// - every string up to MAX_DEPTH deep is text, except under a skipped field (the licence), with
//   `\n` escapes read as spaces, on the line its literal starts on;
// - strings are held and given in the parsed object's order (title, abstract, comments and summary
//   first, then the rest as they come) until tuning.jsonStreamHeldChars are held or a string is
//   longer than tuning.jsonStreamStringChars: then what is held goes, and that string goes as it
//   comes, in pieces cut after a blank (no link is cut). So only around such a string can links
//   come in another order than the parsed object's.
// Malformed text is reported with the column JSON.parse gives: that of the first character that
// cannot be there, or the end of the text when it ends early (the text after the object is not
// read).
import type { PaperRecord } from '../types.js';
import type { NewPaper, PaperBuilder } from './reader.js';
import { DATE_FIELDS, DATE_PARTS_PATHS, ID_FIELDS, jsonErrorPosition, MAX_DEPTH, INNER_PAPER_KEYS, PAPER_FIELD_KEYS, paperFields, SKIPPED_FIELDS, TEXT_FIRST, TITLE_FIELDS, TITLE_PATHS, titlePath } from './json-record.js';
import { MAX_NESTING } from './json-text.js';
import { cutAfterLastBlank } from './text.js';
import { tuning } from './tuning.js';

/** `tooDeep`: refused for its nesting (past MAX_NESTING levels), not for its syntax. */
export type StreamedObject = { record: PaperRecord } | { malformed: true; column: number; tooDeep?: true } | { notObject: true };

/** What is expected next, outside strings and literals. */
type Expect = 'start' | 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'done';

/** An open object or array: the key of the member being read, or the index of the element. */
interface Frame {
  array: boolean;
  key: string;
  index: number;
}

/** Where a string's text goes once it is read. */
interface HeldString {
  text: string;
  line: number;
  /** Its place among TEXT_FIRST for a top-level field; others after them, in their order. */
  rank: number;
}

/** Paths (keys joined by dots, array indexes as numbers) whose values paperFields reads. */
const FIELD_KEYS = [...TITLE_FIELDS, ...ID_FIELDS, ...DATE_FIELDS];
const WANTED = new Set([
  // The entry's own fields, and those of the paper it holds.
  ...['', ...INNER_PAPER_KEYS.map((key) => `${key}.`)].flatMap((prefix) => [...FIELD_KEYS, 'versions', 'versions.0', 'versions.0.created'].map((k) => `${prefix}${k}`)),
  ...INNER_PAPER_KEYS,
  ...TITLE_PATHS,
  ...DATE_FIELDS.flatMap((field) => DATE_PARTS_PATHS.map((path) => `${field}.${path}`)),
]);
/** First keys of WANTED: most values are ruled out without joining their path. */
const WANTED_FIRST = new Set(PAPER_FIELD_KEYS);
/** Longer keys are kept cut: no field this reader looks for is near as long. */
const KEY_CHARS = 256;

const [QUOTE, BACKSLASH, LF, CR, SPACE, TAB] = ['"', '\\', '\n', '\r', ' ', '\t'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];
const isSpace = (c: number) => c === SPACE || c === LF || c === CR || c === TAB;
/** Characters of a number or of true, false, null. */
const TOKEN = /[0-9A-Za-z.+-]/;
/** A raw control character, which a JSON string may not hold. */
const CONTROL = /[\u0000-\u001f]/;

export class JsonObjectStream {
  private readonly record: PaperBuilder;
  private expect: Expect = 'start';
  private readonly stack: Frame[] = [];
  /** Where a value being read goes in `fields` (its path there), or null. */
  private fieldPath: string[] | null = null;
  /** The values of the fields paperFields reads, in their places. */
  private readonly fields: Record<string, unknown> = {};
  /** The lines of the strings where a title may be (json-record.ts TITLE_PATHS). */
  private readonly titleLines = new Map<string, number>();
  /** Inside a string: a key, or a value; and the escape begun (`\`, `\u12`…) when a piece ended in one. */
  private inString: 'key' | 'value' | null = null;
  private escape = '';
  /** The string so far (what is not yet given to the record, once it goes in pieces). */
  private parts: string[] = [];
  private partsLength = 0;
  /** The whole string so far, kept for `fields` (up to tuning.jsonStreamHeldChars). */
  private fieldParts: string[] = [];
  private fieldLength = 0;
  /** Whether the string's text goes to the record, and whether it already goes in pieces. */
  private stringIsText = false;
  private streaming = false;
  private stringRank = Infinity;
  private stringLine = 0;
  /** A number or literal read so far. */
  private token = '';
  private held: HeldString[] = [];
  private heldChars = 0;
  private line: number;
  /** Characters read from the object's first one (for a malformed text's column). */
  private offset = 0;
  /**
   * Where the next backslash of the piece being fed is, once looked for: searched again for each
   * string, a 4 MiB piece of 360,000 short keys and no backslash was read to its end for each key
   * (10.4 s; 0.5 s so). Kept for the piece it was found in (`pieceNo`).
   */
  private backslashAt = -1;
  private backslashPiece = -1;
  private pieceNo = 0;
  private outcome: 'malformed' | null = null;
  /** The text is another JSON value than an object: read only to tell whether it is one. */
  private notObject = false;
  private errorColumn = 0;
  private tooDeep = false;

  constructor(newPaper: NewPaper, source: string, line: number) {
    this.record = newPaper(source, line);
    this.line = line;
  }

  /** The next piece of the text (a `\n` in it: the next line of the input). */
  feed(text: string): void {
    this.pieceNo++;
    let i = 0;
    const n = text.length;
    while (i < n && this.outcome === null) {
      if (this.inString) i = this.stringPart(text, i);
      else if (this.token) i = this.tokenPart(text, i);
      else i = this.structure(text, i);
    }
  }

  /** The text has ended: the record, or why there is none. */
  finish(): StreamedObject {
    const ended = this.end();
    if (!('fields' in ended)) return ended;
    const { title, date, id } = paperFields(ended.fields);
    Object.assign(this.record, { title, date, id });
    return { record: this.record.finish() };
  }

  /**
   * The text has ended: all of it given to the record, which is left open (read/json-wrapper.ts
   * gives it more, of other members), with the values of the fields paperFields reads; or why not.
   */
  end(): { fields: Record<string, unknown> } | Exclude<StreamedObject, { record: PaperRecord }> {
    if (this.outcome === null && this.token) this.endToken();
    if (this.outcome === 'malformed') return this.tooDeep ? { malformed: true, column: this.errorColumn, tooDeep: true } : { malformed: true, column: this.errorColumn };
    // Ended early: JSON.parse says where the text ends.
    if (this.expect !== 'done') return { malformed: true, column: this.offset + 1 };
    if (this.notObject) return { notObject: true };
    this.flushHeld();
    return { fields: this.fields };
  }

  /**
   * The line of the paper's title (titleOf: its own, else its `paper`'s), once finished; null
   * without one.
   */
  titleLine(): number | null {
    const path = titlePath(this.fields);
    return path === null ? null : (this.titleLines.get(path) ?? null);
  }

  private fail(at: number): void {
    this.outcome = 'malformed';
    this.errorColumn = at + 1;
  }

  /** Punctuation, white space and the start of values, from text[i]; returns where to go on. */
  private structure(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === LF) this.line++;
      if (this.expect !== 'start') this.offset++;
      return i + 1;
    }
    const ch = text[i]!;
    const at = this.offset;
    this.offset++;
    const top = this.stack[this.stack.length - 1];
    switch (this.expect) {
      case 'start':
        // Another value is read all the same, to tell a malformed text from one that is no object.
        if (ch !== '{') {
          this.notObject = true;
          return this.beginValue(text, i, at);
        }
        this.stack.push({ array: false, key: '', index: 0 });
        this.expect = 'key-or-close';
        return i + 1;
      case 'key':
      case 'key-or-close':
        if (ch === '"') return this.beginString('key', i);
        if (ch === '}' && this.expect === 'key-or-close') return this.close(i);
        break;
      case 'colon':
        if (ch === ':') {
          this.expect = 'value';
          return i + 1;
        }
        break;
      case 'value':
      case 'value-or-close':
        if (ch === ']' && this.expect === 'value-or-close') return this.close(i);
        return this.beginValue(text, i, at);
      case 'comma-or-close':
        if (ch === ',') {
          if (top!.array) {
            top!.index++;
            this.expect = 'value';
          } else this.expect = 'key';
          return i + 1;
        }
        if (ch === (top!.array ? ']' : '}')) return this.close(i);
        break;
      case 'done':
        break;
    }
    this.fail(at);
    return i + 1;
  }

  private beginValue(text: string, i: number, at: number): number {
    const ch = text[i]!;
    this.fieldPath = this.pathOfValue();
    if (ch === '{' || ch === '[') {
      // A frame a level: nesting without end would grow the stack with the text (json-text.ts MAX_NESTING).
      if (this.stack.length >= MAX_NESTING) {
        this.tooDeep = true;
        this.fail(at);
        return i + 1;
      }
      if (this.fieldPath) this.setField(ch === '{' ? {} : []);
      this.stack.push({ array: ch === '[', key: '', index: 0 });
      this.expect = ch === '[' ? 'value-or-close' : 'key-or-close';
      return i + 1;
    }
    if (ch === '"') return this.beginString('value', i);
    if (ch === '-' || (ch >= '0' && ch <= '9') || ch === 't' || ch === 'f' || ch === 'n') {
      this.token = ch;
      return i + 1;
    }
    this.fail(at);
    return i + 1;
  }

  /** The path in `fields` of the value starting now, when paperFields reads it. */
  private pathOfValue(): string[] | null {
    const stack = this.stack;
    if (this.notObject || stack.length > 4 || !WANTED_FIRST.has(stack[0]!.key)) return null;
    const path = stack.map((f) => (f.array ? String(f.index) : f.key));
    return WANTED.has(path.join('.')) ? path : null;
  }

  /** Put `value` at fieldPath in `fields`, under containers put there before. */
  private setField(value: unknown): void {
    const path = this.fieldPath!;
    let into: unknown = this.fields;
    for (let k = 0; k < path.length - 1; k++) {
      into = (into as Record<string, unknown>)[path[k]!];
      if (into === null || typeof into !== 'object') return;
    }
    (into as Record<string, unknown>)[path[path.length - 1]!] = value;
  }

  private close(i: number): number {
    this.stack.pop();
    this.valueDone();
    return i + 1;
  }

  /** A value has ended: what may follow it. */
  private valueDone(): void {
    this.expect = this.stack.length === 0 ? 'done' : 'comma-or-close';
  }

  private beginString(kind: 'key' | 'value', i: number): number {
    this.inString = kind;
    this.parts = [];
    this.partsLength = 0;
    if (kind === 'value') {
      const depth = this.stack.length - 1;
      const topKey = this.stack[0]?.key ?? '';
      this.stringIsText = !this.notObject && depth <= MAX_DEPTH && !SKIPPED_FIELDS.has(topKey);
      this.stringRank = depth === 0 ? TEXT_FIRST.indexOf(topKey) : -1;
      if (this.stringRank === -1) this.stringRank = Infinity;
      this.stringLine = this.line;
      this.streaming = false;
      this.fieldParts = [];
      this.fieldLength = 0;
    }
    return i + 1;
  }

  /** Inside a string from text[i]: its characters up to its closing quote or the piece's end. */
  private stringPart(text: string, i: number): number {
    const n = text.length;
    // The next quote and backslash, found once and kept while they are ahead: searched again from
    // each escape, a megabyte piece of an abstract with an escape every line was read over and over.
    const next = (c: string, from: number) => {
      const at = text.indexOf(c, from);
      return at === -1 ? n : at;
    };
    let quote = -1;
    let backslash = -1;
    while (i < n) {
      if (this.escape !== '') {
        i = this.escapePart(text, i);
        if (this.outcome !== null) return n;
        continue;
      }
      if (quote < i) quote = next('"', i);
      if (backslash < i) {
        if (this.backslashPiece !== this.pieceNo || this.backslashAt < i) [this.backslashAt, this.backslashPiece] = [next('\\', i), this.pieceNo];
        backslash = this.backslashAt;
      }
      const stop = Math.min(quote, backslash);
      if (stop > i && !this.addChars(text.slice(i, stop), i)) return n;
      this.offset += stop - i;
      if (stop === n) return n;
      this.offset++;
      if (text.charCodeAt(stop) === QUOTE) {
        this.endString();
        return stop + 1;
      }
      this.escape = '\\';
      i = stop + 1;
    }
    return n;
  }

  /** The escape begun in `escape`, from text[i]: complete, it is decoded as JSON.parse does. */
  private escapePart(text: string, i: number): number {
    const want = this.escape.length >= 2 && this.escape[1] === 'u' ? 6 : 2;
    const take = Math.min(want - this.escape.length, text.length - i);
    this.escape += text.slice(i, i + take);
    this.offset += take;
    if (this.escape.length === 2 && this.escape[1] === 'u') return i + take;
    if (this.escape.length < want) return i + take;
    let decoded: string;
    try {
      decoded = JSON.parse(`"${this.escape}"`) as string;
    } catch {
      this.fail(this.offset - take);
      return text.length;
    }
    this.escape = '';
    this.addChars(decoded, -1);
    return i + take;
  }

  /** Characters of the string being read (decoded); false when they are not allowed in one. */
  private addChars(chars: string, at: number): boolean {
    if (at >= 0 && CONTROL.test(chars)) {
      this.fail(this.offset + chars.search(CONTROL));
      return false;
    }
    if (this.inString === 'key') {
      if (this.partsLength < KEY_CHARS) {
        this.parts.push(chars);
        this.partsLength += chars.length;
      }
      return true;
    }
    if (this.fieldPath && this.fieldLength < tuning.jsonStreamHeldChars) {
      this.fieldParts.push(chars);
      this.fieldLength += chars.length;
    }
    if (!this.stringIsText) return true;
    this.parts.push(chars);
    this.partsLength += chars.length;
    if (this.partsLength > tuning.jsonStreamStringChars) this.giveString(false);
    return true;
  }

  /**
   * The string being read is too long to hold: what is held goes first (the first time), then
   * its text so far up to its last blank (all of it once it has ended, `last`).
   */
  private giveString(last: boolean): void {
    if (!this.streaming) {
      this.flushHeld(this.stringRank);
      this.streaming = true;
    }
    const text = this.parts.join('');
    const cut = last ? text.length : cutAfterLastBlank(text);
    const part = text.slice(0, cut);
    const rest = text.slice(cut);
    this.parts = rest ? [rest] : [];
    this.partsLength = rest.length;
    if (part) this.record.addText(part.includes('\n') ? part.replaceAll('\n', ' ') : part, this.stringLine);
  }

  private endString(): void {
    const kind = this.inString;
    this.inString = null;
    if (kind === 'key') {
      this.stack[this.stack.length - 1]!.key = this.parts.join('');
      this.parts = [];
      this.expect = 'colon';
      return;
    }
    if (this.fieldPath) {
      this.setField(this.fieldParts.join(''));
      const path = this.fieldPath.join('.');
      if (TITLE_PATHS.has(path)) this.titleLines.set(path, this.stringLine);
    }
    this.fieldParts = [];
    if (this.stringIsText) {
      if (this.streaming) {
        this.giveString(true);
        this.record.breakText();
      } else {
        const text = this.parts.join('');
        this.held.push({ text, line: this.stringLine, rank: this.stringRank });
        this.heldChars += text.length;
        if (this.heldChars > tuning.jsonStreamHeldChars) this.flushHeld();
      }
    }
    this.parts = [];
    this.partsLength = 0;
    this.valueDone();
  }

  /**
   * The strings held go to the record: top-level title, abstract, comments and summary first.
   * `before`: only those that come before a string of this rank (one of them going in pieces: the
   * others stay held, to come after it).
   */
  private flushHeld(before = Infinity): void {
    const held = this.held.some((h) => h.rank !== Infinity) ? this.held.slice().sort((a, b) => a.rank - b.rank) : this.held;
    const going = before === Infinity ? held : held.filter((h) => h.rank < before);
    for (const { text, line } of going) {
      this.record.addText(text.includes('\n') ? text.replaceAll('\n', ' ') : text, line);
      this.record.breakText();
    }
    this.held = going === held ? [] : this.held.filter((h) => h.rank >= before);
    this.heldChars = this.held.reduce((sum, h) => sum + h.text.length, 0);
  }

  /** A number or literal from text[i]: it ends at the first character that cannot be in one. */
  private tokenPart(text: string, i: number): number {
    const n = text.length;
    const from = i;
    while (i < n && TOKEN.test(text[i]!)) i++;
    this.token += text.slice(from, i);
    this.offset += i - from;
    if (i < n) this.endToken();
    return i;
  }

  private endToken(): void {
    const token = this.token;
    this.token = '';
    let value: unknown;
    try {
      value = JSON.parse(token);
    } catch (err) {
      // Where JSON.parse of the whole text would stop: at the token's first wrong character, or
      // the one after it (`tru}`).
      return this.fail(this.offset - token.length + (jsonErrorPosition(err) ?? token.length));
    }
    if (this.fieldPath) this.setField(value);
    this.valueDone();
  }
}
