// A JSON document that is one object too big to read whole (read/json.ts hands it over past
// tuning.jsonReadWhole, or when it is not JSON): an API's answer saved whole (`{"total": …,
// "data": [{…}, …]}`) or a saved extract result. It is read member by member as its lines come,
// so memory holds one element, not the file (issue #15):
// - each element of a top-level list that is an object is a paper, read as soon as it closes (a
//   record on the line of its title, as read whole; one too long to hold, past
//   tuning.jsonValueHeldBytes, read as it comes by read/json-object-stream.ts); a saved extract
//   result's `papers` are its records as they are (one too long to hold read as it comes by
//   read/saved-record-stream.ts), and its `repos` (made from them) are left;
// - a member whose value is an object with a title is a paper keyed by its id (json-record.ts
//   isPaperById: `{"2401.00001": {"title": …}, …}`), read as soon as it closes, its key its id
//   when it has none of its own;
// - a member whose value is an object that wraps papers in turn (json-papers.ts isNestedWrapper:
//   `{"result": {"total": 4, "data": […]}}`) gives its papers as records as soon as it closes
//   (nestedPapers), and one too long to hold (or held and malformed) is read member by member as
//   it comes by a WrapperStream of its own (readNested), whose papers are records as they close,
//   and which is a paper itself when it is a paper keyed by its id;
// - the object's other members, and list elements that are no objects, are held — an answer's
//   own fields are few — and become the file's record at the end, when they hold a link (as the
//   record of a wrapper read whole, which comes first), or always when the object is a paper itself;
//   one too long to hold goes to that record as it comes (intoFileRecord), and past 4 MiB held in
//   all (an object of many objects without titles), what is held goes there and each later one as
//   it is read (holdsTooMuch);
// - a key too long to hold is cut (cutKey);
// - a malformed member or element is reported on its line and skipped; the rest is read.
// Read whole, a list counts as papers only when all its elements are objects and one at least
// has a title, and the object's lists and members only when it has no title of its own; streamed,
// that cannot wait for the end: an object in a list, or a member's titled object, is a paper
// unless a title, abstract or summary of the object's own came before it.
import type { PaperRecord } from '../types.js';
import type { JsonSink } from './json.js';
import { addObjectText, isPaperById, isPaperField, isPlainObject, MAX_DEPTH, PAPER_FIELD_KEYS, PAPER_TEXT_KEYS, paperFields, recordFromObject, TITLE_FIELDS, titleOf, type LineOfString } from './json-record.js';
import { isNestedWrapper, MAX_WRAPPER_DEPTH, titleLines, unwrap } from './json-papers.js';
import type { PaperBuilder } from './reader.js';
import { JsonObjectStream } from './json-object-stream.js';
import { CLOSE_BRACE, CLOSE_BRACKET, closingQuote, COMMA, CR, elementLineOf, endsValue, lineStartsOf, nestedTooDeep, oddBackslashesBefore, OPEN_BRACE, OPEN_BRACKET, NODES_COUNTED_FROM, QUOTE, SPACE, TAB, tooDeep, wholeCost } from './json-text.js';
import { sizeName } from './lines.js';
import { SavedRecordStream } from './saved-record-stream.js';
import { tuning } from './tuning.js';

const [LF, COLON] = [10, 0x3a];
/** What a member or element held counts against what may be held (holdsTooMuch) beyond its characters. */
const HELD_MEMBER_CHARS = 64;
/** A key too long to hold is named by this many of its first characters (as written). */
const CUT_KEY_CHARS = 64;

/** Where the walk is, outside a captured text: the object's own punctuation, or a list's. */
type Phase = 'open' | 'key' | 'colon' | 'value' | 'after-value' | 'list' | 'done' | 'stopped';

/** A text being cut out of the lines: a member's key, a member's value, or a list's element. */
interface Capture {
  kind: 'key' | 'value' | 'element';
  line: number;
  /** Nesting inside the captured value. */
  depth: number;
  inString: boolean;
  /** The last piece ended inside a string after an odd run of backslashes: the next character is escaped. */
  escaped: boolean;
  /** The text so far, from earlier lines and pieces; the current one's part starts at `from`. */
  parts: string[];
  from: number;
  /** Characters in `parts` (a long value's counted by wholeCost). */
  chars: number;
  /** A paper too long to hold (tuning.jsonValueHeldBytes), read as it comes instead of into `parts`. */
  stream: JsonObjectStream | null;
  /** Beside it, under `papers`: the same element read as a saved extract result's record, until it is known which it is. */
  saved: SavedRecordStream | null;
  /** `stream` reads a member or element of the file's own record (intoFileRecord), not a paper. */
  intoFile: boolean;
  /** A member's object too long to hold that may wrap papers in turn, read member by member as it comes (nestsWrapper). */
  nested: WrapperStream | null;
  /**
   * Too long to hold and to be left out anyway (a saved result's `repos`): read to its end only.
   * A key too long to hold is read so too, its first characters kept in `parts` (cutKey).
   */
  skipped: boolean;
  /** The value is a string (known from its first character when it goes to the file's record as it comes). */
  stringValue: boolean;
}

/** A member held for the file's record: its value and where it came from, for its links' lines. */
interface HeldMember {
  key: string;
  value: unknown;
  lineOf: LineOfString | undefined;
}

/** A record of a saved extract result, handed on as it is (read whole: `papers`, by extract/index.ts). */
function isSavedRecord(v: Record<string, unknown>): v is Record<string, unknown> & PaperRecord {
  return typeof v.source === 'string' && typeof v.line === 'number' && Array.isArray(v.links);
}

const isSpace = (c: number) => c === SPACE || c === TAB || c === CR || c === LF;

/**
 * The object a WrapperStream reads is a member's value in another's (a wrapper nested in an
 * answer, too long to hold): its papers are records as the outer one's are, and what it says
 * besides is the outer object's, under its key (read whole: json-papers.ts unwrap).
 */
interface Outer {
  stream: WrapperStream;
  key: string;
  /** Its line, for what is said about it. */
  line: number;
}

export class WrapperStream {
  private phase: Phase = 'open';
  private capture: Capture | null = null;
  /** The member being read: its key (for a list, the list's key). */
  private key = '';
  /** Elements of the current list so far (for messages). */
  private index = 0;
  private readonly held: HeldMember[] = [];
  /** Elements of each list kept for the file's record (no objects, or the object is a paper). */
  private readonly heldElements = new Map<string, { values: unknown[]; lineOfs: (LineOfString | undefined)[] }>();
  /** The object has a title, abstract or summary of its own: it is a paper, its lists are its text. */
  private isPaper = false;
  /** A list of saved records (`papers` of a saved extract result) was read. */
  private savedRecords = false;
  private papers = 0;
  /** Keys too long to hold so far (cutKey): each member they name gets a name of its own. */
  private cutKeys = 0;
  /** Characters of the members and elements held for the file's record (holdsTooMuch). */
  private heldChars = 0;
  private lastLine = 1;
  /**
   * The file's record, begun when a member or element too long to hold is read into it as it
   * comes (intoFileRecord), and the values of its title, date and id fields found there.
   */
  private fileRecord: PaperBuilder | null = null;
  private readonly fileRecordFields: Record<string, unknown> = {};
  /** A nested object's text goes to the outer one's file record (fileBuilder): once it does, it is no paper by id. */
  private sharesFileRecord = false;
  /** The line of the object's own `title` member, for its record as a paper by id. */
  private titleLine: number | null = null;

  /**
   * `depth`: the object's, the document's own being 1 (json-papers.ts MAX_WRAPPER_DEPTH); `outer`:
   * the object it is a member of, when it is not the document's own.
   */
  constructor(
    private readonly source: string,
    private readonly sink: JsonSink,
    private readonly depth = 1,
    private readonly outer: Outer | null = null,
  ) {}

  /** The object, in what is said: the document, or the member it is the value of. */
  private get what(): string {
    return this.outer ? `JSON value of "${this.outer.key}"` : 'JSON object';
  }

  /** The next part of the text: a line (`endsLine`) or a piece of a long one that goes on. */
  feed(text: string, no: number, endsLine: boolean): void {
    this.lastLine = no;
    const n = text.length;
    let i = 0;
    if (this.capture) {
      this.capture.from = 0;
      if (this.capture.escaped) {
        this.capture.escaped = false;
        i = 1;
      }
    }
    while (i < n && this.phase !== 'stopped') {
      const cap = this.capture;
      if (cap) {
        if (cap.inString) {
          const q = closingQuote(text, i, n);
          if (q >= n) {
            cap.escaped = !endsLine && oddBackslashesBefore(text, n, i);
            i = n;
            break;
          }
          cap.inString = false;
          i = q + 1;
          if (cap.kind === 'key') this.endCapture(text, i);
          continue;
        }
        if (endsValue(cap, text.charCodeAt(i))) {
          // The value ends before its delimiter, which the walk below reads.
          this.endCapture(text, i);
          continue;
        }
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (this.phase) {
        case 'open':
          // (A nested one is an object: nestsWrapper saw its brace.)
          if (c !== OPEN_BRACE) return this.stop(no, 'JSON input is neither an object nor an array of objects');
          this.phase = 'key';
          break;
        case 'key':
          if (c === CLOSE_BRACE) this.phase = 'done';
          else if (c === QUOTE) {
            this.startCapture('key', no, i);
            this.capture!.inString = true;
          } else return this.stop(no);
          break;
        case 'colon':
          if (c !== COLON) return this.stop(no);
          this.phase = 'value';
          break;
        case 'value':
          if (c === OPEN_BRACKET) {
            this.phase = 'list';
            this.index = 0;
          } else {
            this.startCapture('value', no, i);
            continue; // the capture reads this character
          }
          break;
        case 'after-value':
          if (c === COMMA) this.phase = 'key';
          else if (c === CLOSE_BRACE) this.phase = 'done';
          else return this.stop(no);
          break;
        case 'list':
          if (c === CLOSE_BRACKET) this.phase = 'after-value';
          else if (c !== COMMA) {
            this.startCapture('element', no, i);
            continue;
          }
          break;
        case 'done':
          this.sink.problem(no, `text after the ${this.what} ignored`);
          this.phase = 'stopped';
          return;
      }
      i++;
    }
    const cap = this.capture;
    if (!cap) return;
    if (cap.nested) return cap.nested.feed(text.slice(cap.from), no, endsLine);
    const part = endsLine ? `${text.slice(cap.from)}\n` : text.slice(cap.from);
    if (cap.stream || cap.saved) return this.feedStreams(cap, part);
    if (cap.skipped) return;
    cap.parts.push(part);
    // A value past NODES_COUNTED_FROM counts its members too, as one to be read whole does
    // (wholeCost); a key, or a shorter value, its characters.
    cap.chars += cap.kind !== 'key' && cap.chars > tuning.jsonValueHeldBytes * NODES_COUNTED_FROM ? wholeCost(part) : part.length;
    if (cap.chars <= tuning.jsonValueHeldBytes) return;
    if (cap.kind === 'key') return cutKey(cap);
    if (this.savedRecords && this.key === 'repos') {
      cap.skipped = true;
      cap.parts = [];
      return;
    }
    if (this.nestsWrapper(cap)) return this.readNested(cap);
    if (this.streamsAsPaper(cap)) {
      cap.stream = new JsonObjectStream(this.sink.newPaper, this.source, cap.line);
      if (this.key === 'papers') cap.saved = new SavedRecordStream((message) => this.sink.problem(cap.line, message));
    } else this.intoFileRecord(cap);
    for (const held of cap.parts) this.feedStreams(cap, held);
    cap.parts = [];
  }

  /**
   * May the member being captured, too long to hold, wrap papers in turn (json-papers.ts
   * isNestedWrapper)? When it is an object under a key that is none of a paper's own fields, in
   * an object that is no paper itself, no deeper than MAX_WRAPPER_DEPTH. It is then read member by
   * member as it comes (readNested), which finds out.
   */
  private nestsWrapper(cap: Capture): boolean {
    if (cap.kind !== 'value' || this.isPaper || this.depth >= MAX_WRAPPER_DEPTH) return false;
    if (isPaperField(this.key)) return false;
    return cap.parts[0]!.trimStart().startsWith('{');
  }

  /**
   * The member being captured, too long to hold, to a WrapperStream of its own, what is held so far
   * first (its parts end with a newline where a line ended), the rest as it comes (feed).
   */
  private readNested(cap: Capture): void {
    const nested = (cap.nested = new WrapperStream(this.source, this.sink, this.depth + 1, { stream: this, key: this.key, line: cap.line }));
    let no = cap.line;
    for (const part of cap.parts) {
      if (part.endsWith('\n')) nested.feed(part.slice(0, -1), no++, true);
      else nested.feed(part, no, false);
    }
    cap.parts = [];
  }

  /**
   * A nested object read as it came (readNested) ends: a paper keyed by its id (the document's own
   * object's member with a title: json-record.ts isPaperById) is a record; otherwise its papers
   * were, and what it says besides goes to the outer object (adopt).
   */
  private endNested(outer: Outer): void {
    const { object, lineOf } = this.heldObject();
    const byId = this.byIdKey();
    const line = this.titleLine ?? outer.line;
    if (this.fileRecord && byId !== null) {
      // Begun for it once it was a paper (fileBuilder): its record, whatever it holds besides.
      outer.stream.papers++;
      const record = this.finishFileRecord(this.fileRecord, object, lineOf);
      return this.sink.record({ ...record, line, id: record.id ?? byId });
    }
    if (!this.sharesFileRecord && byId !== null && isPaperById(byId, { ...this.fileRecordFields, ...object })) {
      outer.stream.papers++;
      return this.sink.record(recordFromObject(this.sink.newPaper, object, this.source, line, lineOf, byId));
    }
    outer.stream.adopt(outer.key, object, lineOf, this.papers, this.heldChars);
  }

  /** The key this nested object is under, when it may be a paper keyed by its id: a member of the document's own object. */
  private byIdKey(): string | null {
    return this.outer && this.outer.stream.depth === 1 ? this.outer.key : null;
  }

  /**
   * A nested object read as it came (readNested) has ended, no paper itself: its papers were
   * records; what it says besides (`object`, `chars` counted) is held here under its key, as a
   * member read whole is.
   */
  private adopt(key: string, object: Record<string, unknown>, lineOf: LineOfString, papers: number, chars: number): void {
    this.papers += papers;
    if (Object.keys(object).length === 0) return;
    const tooMuch = this.holdsTooMuch(chars, key);
    this.held.push({ key, value: object, lineOf });
    if (tooMuch) this.flushHeld();
  }

  /**
   * A member of the object, or an element of a list that is no paper, too long to hold: its text
   * goes to the file's record as it comes (`{"key": value}` to a JsonObjectStream that gives it to
   * the one builder of that record), where held it would have gone at the end. Held, a paper of
   * one 58 MB abstract peaked at 450–461 MiB, and an answer wrapped twice (`{"result": {"data": […]}}`,
   * 64 MB) at 290 (bench/extract/RESULTS.md run 60).
   */
  private intoFileRecord(cap: Capture): void {
    cap.intoFile = true;
    cap.stringValue = cap.parts[0]!.trimStart().startsWith('"');
    cap.stream = this.fileRecordStream(cap.kind, cap.line);
  }

  /**
   * A JsonObjectStream that reads the member under `this.key` (or an element of its list), starting
   * on `line`, as `{"key": value}` (`{"key": [element]}`) into the file's record; fed its text, it is
   * closed with closingOf(kind).
   */
  private fileRecordStream(kind: Capture['kind'], line: number): JsonObjectStream {
    const stream = new JsonObjectStream(() => this.fileBuilder(), this.source, line);
    stream.feed(`{${JSON.stringify(this.key)}:${kind === 'element' ? '[' : ''}`);
    return stream;
  }

  /** A part of an element read as it comes: to the reader or readers it may still be for. */
  private feedStreams(cap: Capture, part: string): void {
    if (cap.saved) {
      cap.saved.feed(part);
      if (cap.saved.decision === 'other') cap.saved = null;
      else if (cap.saved.decision === 'saved') cap.stream = null;
    }
    cap.stream?.feed(part);
  }

  /**
   * Is the element being captured, too long to hold, read as it comes as a paper (or a saved
   * extract result's record, under `papers`: read/saved-record-stream.ts)? When it would be one:
   * an object (its first character is a brace) in a list of an object that is no paper itself.
   */
  private streamsAsPaper(cap: Capture): boolean {
    if (cap.kind !== 'element' || this.isPaper) return false;
    return cap.parts[0]!.trimStart().startsWith('{');
  }

  /** No more input: an element cut off is tried as it is, and the object's own members make the file's record. */
  end(): void {
    const cap = this.capture;
    if (cap && cap.kind !== 'key') this.endCapture('', 0);
    if (this.phase !== 'done' && this.phase !== 'stopped') this.sink.problem(this.lastLine, this.outer ? `${this.what} ends unclosed` : 'the input ends inside the JSON object');
    this.capture = null;
    if (this.outer) return this.endNested(this.outer);
    this.recordOfTheObject();
  }

  private startCapture(kind: Capture['kind'], line: number, from: number): void {
    this.capture = { kind, line, depth: 0, inString: false, escaped: false, parts: [], from, chars: 0, stream: null, saved: null, intoFile: false, nested: null, skipped: false, stringValue: false };
  }

  /** The captured text ends before text[at]. */
  private endCapture(text: string, at: number): void {
    const cap = this.capture!;
    this.capture = null;
    if (cap.skipped && cap.kind === 'key') return this.cutKeyEnds(cap);
    if (cap.skipped) return void this.index++;
    if (cap.nested) {
      cap.nested.feed(text.slice(cap.from, at), this.lastLine, false);
      cap.nested.end();
      this.phase = 'after-value';
      return;
    }
    if (cap.intoFile) return this.streamedMember(cap, text.slice(cap.from, at));
    if (cap.saved) return this.streamedRecord(cap.saved, cap.stream, text.slice(cap.from, at), cap.line);
    if (cap.stream) return this.streamedPaper(cap.stream, text.slice(cap.from, at), cap.line);
    cap.parts.push(text.slice(cap.from, at));
    const captured = cap.parts.join('');
    if (cap.kind !== 'key' && tooDeep(captured)) {
      if (cap.kind === 'value') {
        this.phase = 'after-value';
        return this.sink.problem(cap.line, nestedTooDeep(`JSON value of "${this.key}"`));
      }
      this.index++;
      return this.sink.problem(cap.line, nestedTooDeep('JSON array element'));
    }
    let value: unknown;
    try {
      value = JSON.parse(captured);
    } catch {
      if (cap.kind === 'key') return this.stop(cap.line);
      // An object that may wrap papers is read again member by member: its papers before and
      // after the break are kept, and the break said on its own line (as read as it comes).
      if (this.nestsWrapper(cap)) {
        this.readNested(cap);
        cap.nested!.end();
        this.phase = 'after-value';
        return;
      }
      if (cap.kind === 'value') {
        this.sink.problem(cap.line, `malformed JSON value of "${this.key}" skipped`);
        this.phase = 'after-value';
        return;
      }
      this.index++;
      return this.sink.problem(cap.line, 'malformed JSON array element skipped');
    }
    if (cap.kind === 'key') {
      this.key = value as string;
      this.phase = 'colon';
    } else if (cap.kind === 'value') {
      this.phase = 'after-value';
      if (PAPER_TEXT_KEYS.includes(this.key) && typeof value === 'string') this.isPaper = true;
      if (TITLE_FIELDS.includes(this.key)) this.titleLine = cap.line;
      // (Papers by id only in the document's own object: json-papers.ts isNestedWrapper.)
      if (!this.isPaper && !this.outer && isPaperById(this.key, value)) {
        this.papers++;
        return this.sink.record(this.paperRecord(value, captured, cap.line, this.key));
      }
      if (!this.isPaper && isNestedWrapper(this.key, value, this.depth + 1)) return this.nestedPapers(value, captured, cap.line);
      if (this.holdsTooMuch(captured.length, this.key)) this.intoFileRecordNow('value', captured, cap.line);
      else this.held.push({ key: this.key, value, lineOf: heldLineOf(captured, cap.line, value) });
    } else {
      this.index++;
      this.element(value, captured, cap.line);
    }
  }

  /**
   * A key too long to hold has ended (cutKey): its member is read under a name of its own, made of
   * the key's first characters as written, so its value (a list of papers, say) is read as any
   * other's; no key this reader looks for (`data`, `papers`, `title`…) is near as long.
   */
  private cutKeyEnds(cap: Capture): void {
    const head = cap.parts.join('').slice(1, 1 + CUT_KEY_CHARS);
    this.key = `${head}… (cut key ${++this.cutKeys})`;
    this.phase = 'colon';
    this.sink.problem(cap.line, `JSON key longer than ${sizeName(tuning.jsonValueHeldBytes, 'characters')}: its member read as "${this.key}"`);
  }

  /** A member or element read into the file's record as it came (intoFileRecord), whose text ends with `rest`. */
  private streamedMember(cap: Capture, rest: string): void {
    const stream = cap.stream!;
    stream.feed(rest);
    stream.feed(closingOf(cap.kind));
    const ended = stream.end();
    if (cap.kind === 'element') this.index++;
    else this.phase = 'after-value';
    // (What it gave the record before it broke stays there: read whole, none of it would.)
    if (!('fields' in ended)) {
      const what = cap.kind === 'value' ? `JSON value of "${this.key}"` : 'JSON array element';
      return this.sink.problem(cap.line, 'tooDeep' in ended && ended.tooDeep ? nestedTooDeep(what) : `malformed ${what} skipped`);
    }
    if (cap.kind === 'value' && PAPER_TEXT_KEYS.includes(this.key) && cap.stringValue) this.isPaper = true;
    if (cap.kind === 'value' && TITLE_FIELDS.includes(this.key)) this.titleLine = cap.line;
    Object.assign(this.fileRecordFields, ended.fields);
  }

  /** An element under `papers` read as it came, whose text ends with `rest`: a saved record handed on, else a paper. */
  private streamedRecord(saved: SavedRecordStream, paper: JsonObjectStream | null, rest: string, line: number): void {
    saved.feed(rest);
    const result = saved.finish();
    if ('other' in result) return this.streamedPaper(paper!, rest, line);
    this.index++;
    if ('malformed' in result) return this.sink.problem(line, 'malformed JSON array element skipped');
    this.savedRecords = true;
    this.papers++;
    this.sink.record(result.record);
  }

  /** A paper read as it came (streamsAsPaper), whose text ends with `rest`: its record, on the line of its title. */
  private streamedPaper(stream: JsonObjectStream, rest: string, line: number): void {
    stream.feed(rest);
    const result = stream.finish();
    this.index++;
    if ('malformed' in result) return this.sink.problem(line, result.tooDeep ? nestedTooDeep('JSON array element') : 'malformed JSON array element skipped');
    // (An element that starts with a brace is an object, or malformed.)
    if (!('record' in result)) return;
    this.papers++;
    this.sink.record({ ...result.record, line: stream.titleLine() ?? line });
  }

  /** The record of a paper whose text is `text`, starting on `line`: on its title's line; `key`, a paper keyed by its id's. */
  private paperRecord(paper: Record<string, unknown>, text: string, line: number, key?: string): PaperRecord {
    return recordFromObject(this.sink.newPaper, paper, this.source, titleLine(paper, text, line), elementLineOf(text, line), key);
  }

  /**
   * A member held whole that wraps papers in turn (json-papers.ts isNestedWrapper), whose text is
   * `text`, starting on `line`: each paper a record on the line of its title, as read whole; what
   * it says besides held, as the member would be.
   */
  private nestedPapers(value: Record<string, unknown>, text: string, line: number): void {
    const { papers, rest } = unwrap(value, this.depth + 1);
    let starts: number[] | undefined;
    const lineOfTitle = titleLines(text, () => (starts ??= lineStartsOf(text)));
    const lineOf = elementLineOf(text, line);
    for (const paper of papers) {
      this.papers++;
      this.sink.record(recordFromObject(this.sink.newPaper, paper, this.source, line - 1 + lineOfTitle(paper), lineOf));
    }
    const tooMuch = this.holdsTooMuch(JSON.stringify(rest).length, this.key);
    this.held.push({ key: this.key, value: rest, lineOf: heldLineOf(text, line, rest) });
    if (tooMuch) this.flushHeld();
  }

  /** One element of the list under `this.key`, whose text is `text`, starting on `line`. */
  private element(value: unknown, text: string, line: number): void {
    if (this.savedRecords && this.key === 'repos') return;
    if (isPlainObject(value) && !this.isPaper) {
      if (this.key === 'papers' && isSavedRecord(value)) {
        this.savedRecords = true;
        this.papers++;
        return this.sink.record(value);
      }
      this.papers++;
      this.sink.record(this.paperRecord(value, text, line));
      return;
    }
    if (this.holdsTooMuch(text.length, this.key)) return this.intoFileRecordNow('element', text, line);
    let list = this.heldElements.get(this.key);
    if (!list) this.heldElements.set(this.key, (list = { values: [], lineOfs: [] }));
    list.values.push(value);
    list.lineOfs.push(heldLineOf(text, line, value));
  }

  /**
   * Would holding a text of `chars` characters under `key` for the file's record pass
   * tuning.jsonValueHeldBytes in all? An answer's own fields are few, but an object of 60,000
   * members (papers by id, say: 81 MB) held them all and peaked at 182 MiB (bench/extract/RESULTS.md run 68).
   */
  private holdsTooMuch(chars: number, key: string): boolean {
    // A member held takes ~200 bytes however short (its key, its value, its line lookup): 1.8
    // million tiny ones, 24 MB, peaked at 846 MiB counted by their values' characters alone.
    this.heldChars += chars + key.length + HELD_MEMBER_CHARS;
    if (this.heldChars <= tuning.jsonValueHeldBytes) return false;
    this.flushHeld();
    return true;
  }

  /**
   * What is held goes into the file's record now, so that its links keep their order before those
   * read after it; the values paperFields reads stay for the record's title, date and id.
   */
  private flushHeld(): void {
    if (this.held.length === 0 && this.heldElements.size === 0) return;
    const { object, lineOf } = this.heldObject();
    addObjectText(this.fileBuilder(), object, 1, lineOf);
    for (const key of PAPER_FIELD_KEYS) if (key in object) this.fileRecordFields[key] = object[key];
    this.held.length = 0;
    this.heldElements.clear();
  }

  /**
   * A member's value or a list's element, read, past what is held: into the file's record now (after
   * what was held, flushHeld), through a JsonObjectStream as one too long to hold goes (intoFileRecord).
   */
  private intoFileRecordNow(kind: 'value' | 'element', text: string, line: number): void {
    const stream = this.fileRecordStream(kind, line);
    stream.feed(text);
    stream.feed(closingOf(kind));
    const ended = stream.end();
    // (The text was parsed: it is JSON, nested no deeper than JSON.parse went.)
    if ('fields' in ended) Object.assign(this.fileRecordFields, ended.fields);
  }

  /**
   * The file's record, begun when first given text before the end. A nested object's is the outer
   * one's, unless it is a paper by then that may be keyed by its id (byIdKey): then its own.
   */
  private fileBuilder(): PaperBuilder {
    if (this.fileRecord) return this.fileRecord;
    if (this.outer && (this.sharesFileRecord || !this.isPaper || this.byIdKey() === null)) {
      this.sharesFileRecord = true;
      return this.outer.stream.fileBuilder();
    }
    return (this.fileRecord = this.sink.newPaper(this.source, 1));
  }

  /** The object's own members and held elements: the file's record (read whole, the wrapper's record). */
  private recordOfTheObject(): void {
    const { object, lineOf } = this.heldObject();
    const record = this.fileRecord ? this.finishFileRecord(this.fileRecord, object, lineOf) : recordFromObject(this.sink.newPaper, object, this.source, 1, lineOf);
    if (this.isPaper || this.papers === 0 || record.links.length > 0) this.sink.record(record);
  }

  /** The members and list elements held, as one object, and the lines of their strings. */
  private heldObject(): { object: Record<string, unknown>; lineOf: LineOfString } {
    const object: Record<string, unknown> = {};
    const lineOfs: (LineOfString | undefined)[] = [];
    for (const member of this.held) {
      object[member.key] = member.value;
      lineOfs.push(member.lineOf);
    }
    for (const [key, list] of this.heldElements) {
      object[key] = list.values;
      lineOfs.push(...list.lineOfs);
    }
    const lineOf: LineOfString = (value) => {
      for (const of of lineOfs) {
        const line = of?.(value);
        if (line !== undefined) return line;
      }
      return undefined;
    };
    return { object, lineOf };
  }

  /** The file's record begun by members read as they came: the held ones' text after theirs, its title, date and id from all. */
  private finishFileRecord(record: PaperBuilder, object: Record<string, unknown>, lineOf: LineOfString): PaperRecord {
    const { title, date, id } = paperFields({ ...this.fileRecordFields, ...object });
    Object.assign(record, { title, date, id });
    addObjectText(record, object, 1, lineOf);
    return record.finish();
  }

  /** The object's own punctuation is not JSON's: what was read stays, the rest is not read. */
  private stop(line: number, message = this.outer ? `malformed ${this.what}; the rest of it skipped` : 'malformed JSON; the rest of the input skipped'): void {
    this.sink.problem(line, message);
    this.capture = null;
    this.phase = 'stopped';
  }
}

/** What closes the text a fileRecordStream opened for a member's value or a list's element. */
const closingOf = (kind: Capture['kind']) => (kind === 'element' ? ']}' : '}');

/**
 * A key past tuning.jsonValueHeldBytes: only its first characters are kept, the rest is read to its
 * end (held, a 50 MB key peaked at 261 MiB). Its escapes past them go unchecked.
 */
function cutKey(cap: Capture): void {
  cap.parts = [cap.parts.join('').slice(0, 1 + CUT_KEY_CHARS)];
  cap.skipped = true;
}

/**
 * The line of each string of a held value whose text is `text`, starting on `line`: on one line,
 * the strings it holds are on that line. (They are looked for among its parsed strings: its text
 * may write them with other escapes than JSON.stringify's, `\u00e9` for `é`, and a search of the
 * text put their links on the object's first line.)
 */
function heldLineOf(text: string, line: number, value: unknown): LineOfString {
  const within = elementLineOf(text, line);
  if (within) return within;
  let strings: Set<string> | undefined;
  return (s) => ((strings ??= stringsOf(value, new Set())).has(s) ? line : undefined);
}

function stringsOf(value: unknown, into: Set<string>, depth = 0): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (depth <= MAX_DEPTH && value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into, depth + 1);
  return into;
}

/**
 * The line of a paper's title in its element's text (read whole, a wrapper's papers are on their
 * titles' lines), else the line the element starts on.
 */
function titleLine(paper: Record<string, unknown>, text: string, line: number): number {
  const title = titleOf(paper);
  const at = title === null ? -1 : text.indexOf(JSON.stringify(title));
  if (at === -1) return line;
  let lines = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) lines++;
  return line + lines;
}
