// A JSON document: an array of objects (one record each, read element by element as the lines
// come), one object, an object wrapping lists of papers (`{"data": […]}`, as APIs answer: each
// paper a record), or a saved extract result (`{papers, repos}`), which is handed over whole. An
// object too big to hold is read as it streams instead (read/json-wrapper.ts).
import type { ExtractResult } from '../types.js';
import type { LineReader, ReadSink } from './reader.js';
import { decodeLine } from './lines.js';
import { isPlainObject, recordFromObject } from './json-record.js';
import { nestedWrappers, paperLists, papersById, titleLines, unwrap } from './json-papers.js';
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, closingQuote, COMMA, CR, elementLineOf, lineStartsOf, memberOffsets, nestedTooDeep, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, stringLines, TAB, tooDeep, wholeCost } from './json-text.js';
import { WrapperStream } from './json-wrapper.js';
import { tuning } from './tuning.js';

export interface JsonSink extends ReadSink {
  extractResult?(result: ExtractResult): void;
}

function isExtractResult(v: unknown): v is ExtractResult {
  return isPlainObject(v) && Array.isArray(v.papers) && Array.isArray(v.repos);
}

/**
 * A JSON document, read as it streams: a top-level array is cut into its elements line by line
 * and each element becomes a record as soon as it closes, so memory holds one element, not the
 * file (issue #15). Anything else (one object, a wrapper of paper lists, a saved extract result)
 * is read whole, up to tuning.jsonReadWhole characters; past that, member by member
 * (read/json-wrapper.ts).
 */
export function jsonReader(source: string, sink: JsonSink, elements?: ElementHandler): LineReader {
  /** Lines of a document read whole; also the blank lines before the first character. */
  const whole: string[] = [];
  let mode: 'undecided' | 'whole' | 'array' | 'after' = 'undecided';
  const array = new ArrayElements(elements ?? ((element, line, index) => readArrayElement(element, line, index, source, sink)));
  /** A long line's pieces so far (minified JSON is one line): joined when it ends. */
  let pieces: string[] = [];
  let piecesLine = 0;
  /** Characters held for a document read whole (its lines and pieces so far). */
  let held = 0;
  /** The reader of a document too big to read whole, once it is. */
  let stream: WrapperStream | null = null;
  /** Past tuning.jsonReadWhole held (wholeCost): what is held is handed to a WrapperStream, which reads the rest. */
  const holdOrStream = (cost: number) => {
    held += cost;
    if (held > tuning.jsonReadWhole) streamHeld();
  };
  /** What is held, to a WrapperStream: the document is read member by member from now on. */
  const streamHeld = (): WrapperStream => {
    const members = (stream = new WrapperStream(source, sink));
    whole.forEach((text, k) => members.feed(text, k + 1, true));
    whole.length = 0;
    for (const piece of pieces) members.feed(piece, piecesLine, false);
    pieces = [];
    return members;
  };
  /** The kind of document, from its first character (false: `text` has none). */
  const decide = (text: string): boolean => {
    const first = text.search(/\S/);
    if (first === -1) return false;
    mode = text[first] === '[' ? 'array' : 'whole';
    if (mode === 'array') whole.length = 0;
    return true;
  };
  return {
    piece(text, no) {
      if (stream) return stream.feed(text, no, false);
      pieces.push(text);
      piecesLine = no;
      // (A document's first line may be all of it: minified JSON.)
      if (mode === 'undecided') decide(text);
      if (mode === 'whole') holdOrStream(wholeCost(text));
    },
    line(text, no) {
      if (stream) return stream.feed(text, no, true);
      /** What this call adds to the held text (its pieces were counted as they came). */
      const added = wholeCost(text);
      if (pieces.length > 0) {
        pieces.push(text);
        text = pieces.join('');
        pieces = [];
      }
      if (mode === 'undecided' && !decide(text)) return void whole.push(text);
      if (mode === 'whole') {
        whole.push(text);
        return holdOrStream(added);
      }
      if (mode === 'array' && array.line(text, no)) mode = 'after';
      else if (mode === 'after' && array.trailing === null && text.trim() !== '') array.trailing = no;
    },
    end() {
      // The input stopped inside a long line: what came of it is its last line.
      if (pieces.length > 0) this.line('', piecesLine);
      if (stream) return stream.end();
      if (mode === 'whole') {
        const text = whole.join('\n');
        if (!tooDeep(text) && readWhole(text, source, sink)) return;
        // Nested too deep to parse whole, or malformed: member by member, where only what is too
        // deep or broken is left out, and said on its own line.
        return streamHeld().end();
      }
      if (mode === 'array') array.end();
      if (array.trailing !== null) sink.problem(array.trailing, 'text after the JSON array ignored');
    },
  };
}

/**
 * What becomes of each element of a top-level array: its text, the line it starts on and its
 * 1-based position in the array. By default readArrayElement, in this thread; the JSON worker
 * threads (extract/json-workers.ts) send the elements to be read there instead.
 */
export type ElementHandler = (element: string, line: number, index: number) => void;

/** One element of a top-level array, `index`-th (1-based), starting on `line`: a record or a problem. */
export function readArrayElement(element: string, line: number, index: number, source: string, sink: ReadSink): void {
  if (tooDeep(element)) return sink.problem(line, nestedTooDeep('JSON array element'));
  let item: unknown;
  try {
    item = JSON.parse(element);
  } catch {
    return sink.problem(line, 'malformed JSON array element skipped');
  }
  if (!isPlainObject(item)) return sink.problem(line, `array element ${index} is not an object; skipped`);
  sink.record(recordFromObject(sink.newPaper, item, source, line, elementLineOf(element, line)));
}

/**
 * Elements of a top-level array cut as UTF-8 bytes (extract/json-workers.ts), read in turn with
 * readArrayElement: per element four numbers in `elements` — where its text starts in `bytes`,
 * its length, the line it starts on and its 1-based position in the array.
 */
export function readArrayElementBytes(bytes: ArrayBuffer, elements: number[], source: string, sink: ReadSink): void {
  for (let i = 0; i < elements.length; i += 4) {
    readArrayElement(decodeLine(Buffer.from(bytes, elements[i]!, elements[i + 1]!)), elements[i + 2]!, elements[i + 3]!, source, sink);
  }
}

/** The elements of a top-level array, cut out of the lines as they come (strings and nesting skipped). */
class ArrayElements {
  private depth = 0;
  private inString = false;
  private expectValue = false;
  /** Pieces of the element being read (one per line), its first line, and where it starts on the current line. */
  private pieces: string[] = [];
  private elementLine = 0;
  private elementFrom = -1;
  private count = 0;
  /** The first line with text after the array's closing bracket, if any. */
  trailing: number | null = null;

  constructor(private readonly handle: ElementHandler) {}

  /** Feed one line; true when the array closed on it. */
  line(text: string, no: number): boolean {
    // An element still open from an earlier line continues from this line's start.
    if (this.pieces.length > 0) this.elementFrom = 0;
    for (let i = 0; i < text.length; i++) {
      if (this.inString) {
        // Escapes do not run on from one line to the next (a string broken over lines is not JSON anyway).
        i = closingQuote(text, i, text.length);
        if (i < text.length) this.inString = false;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR) continue;
      if (this.depth === 1 && this.expectValue && c !== CLOSE_BRACKET) {
        this.expectValue = false;
        this.elementLine = no;
        this.elementFrom = i;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++this.depth === 1) this.expectValue = true;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--this.depth === 0) {
          this.finish(text, i);
          const rest = text.slice(i + 1);
          if (rest.trim() !== '') this.trailing = no;
          return true;
        }
      } else if (c === COMMA && this.depth === 1) {
        this.finish(text, i);
        this.expectValue = true;
      }
    }
    if (this.elementFrom >= 0) {
      this.pieces.push(text.slice(this.elementFrom));
      this.elementFrom = -1;
    }
    return false;
  }

  /** The input ended inside the array (a truncated file): the element read so far is tried as it is. */
  end(): void {
    if (this.pieces.length > 0) this.emit(this.pieces.join('\n'));
    this.pieces = [];
  }

  /** The element that ends before text[at] (a comma or the closing bracket), if one is open. */
  private finish(text: string, at: number): void {
    if (this.elementFrom >= 0) this.pieces.push(text.slice(this.elementFrom, at));
    this.elementFrom = -1;
    if (this.pieces.length === 0) return;
    const element = this.pieces.join('\n');
    this.pieces = [];
    this.emit(element);
  }

  private emit(element: string): void {
    this.handle(element, this.elementLine, ++this.count);
  }
}

/**
 * A document that is not an array: one object (one record), a wrapper of papers or a saved extract
 * result. False when it is not JSON: it is then read member by member (json-wrapper.ts), which
 * keeps what is whole and says where it breaks.
 */
function readWhole(text: string, source: string, sink: JsonSink): boolean {
  if (text.trim() === '') return true; // an empty input: reported once as "no papers in …" by the caller
  let starts: number[] | undefined;
  const lineStarts = () => (starts ??= lineStartsOf(text));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  read(value, text, lineStarts, source, sink);
  return true;
}

/** A document read whole, parsed to `value`. */
function read(value: unknown, text: string, lineStarts: () => number[], source: string, sink: JsonSink): void {
  if (isExtractResult(value) && sink.extractResult) return sink.extractResult(value);
  if (isExtractResult(value)) return value.papers.forEach((p) => sink.record(p));
  if (!isPlainObject(value)) return sink.problem(1, 'JSON input is neither an object nor an array of objects');
  const lineOf = stringLines(text, 0, text.length, lineStarts);
  const lists = paperLists(value);
  const byId = papersById(value);
  const nested = new Map(nestedWrappers(value, 1).map((key) => [key, unwrap(value[key] as Record<string, unknown>, 2)]));
  if (lists.length === 0 && byId.length === 0 && nested.size === 0) return sink.record(recordFromObject(sink.newPaper, value, source, 1, lineOf));
  // A wrapper (`{"total": 2, "data": [{…}, {…}]}`, nested too: `{"data": {"search": {"nodes":
  // […]}}}`) or an object of papers by id: each paper is a record, on the line of its title. What
  // the object says besides comes first as the file's record, when it holds a link (as a Markdown
  // file's text outside its items does).
  // (Sets: an object of papers by id has thousands of keys.)
  const listKeys = new Set(lists);
  const idKeys = new Set(byId);
  const rest: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (listKeys.has(key) || idKeys.has(key)) continue;
    rest[key] = nested.get(key)?.rest ?? member;
  }
  const wrapper = recordFromObject(sink.newPaper, rest, source, 1, lineOf);
  if (wrapper.links.length > 0) sink.record(wrapper);
  const lineOfTitle = titleLines(text, lineStarts);
  // In the text's order: JSON.parse puts integer-like keys first (papers by numeric ids), and only
  // then is the text read again for where each member is.
  const keys = Object.keys(value);
  const offsets = keys.some((key) => INTEGER_LIKE.test(key)) ? memberOffsets(text) : null;
  const inTextOrder = offsets ? keys.sort((a, b) => (offsets.get(a) ?? 0) - (offsets.get(b) ?? 0)) : keys;
  const paper = (obj: Record<string, unknown>, key?: string) => sink.record(recordFromObject(sink.newPaper, obj, source, lineOfTitle(obj), lineOf, key));
  for (const key of inTextOrder) {
    if (listKeys.has(key)) for (const obj of value[key] as Record<string, unknown>[]) paper(obj);
    else if (idKeys.has(key)) paper(value[key] as Record<string, unknown>, key);
    else for (const obj of nested.get(key)?.papers ?? []) paper(obj);
  }
}

/** A key JSON.parse orders before the others, whatever its place: an array index, up to 2^32 − 2 (the few longer ones this matches only cost the text read again). */
const INTEGER_LIKE = /^(?:0|[1-9]\d{0,9})$/;
