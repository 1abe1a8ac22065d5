// BibTeX: one record per entry (`@article{key, …}`); links come from the fields that carry them
// (url, howpublished `\url{…}`, note, abstract, and code/repository fields some styles use).
import { foldSpaces } from '../util/text.js';
import type { LineReader, PaperBuilder, ReadSink } from './reader.js';
import { sizeName } from './lines.js';
import { tuning } from './tuning.js';

const LINK_FIELDS = new Set(['url', 'howpublished', 'note', 'abstract', 'code', 'github', 'repository', 'annote', 'annotation']);
const SKIPPED_TYPES = new Set(['comment', 'string', 'preamble']);
/**
 * An entry longer than this many lines, or characters, is not held: it is reported and read line
 * by line to its end (Salvage), as an entry whose braces do not balance is. An unclosed brace makes
 * the rest of the file one entry, up to the next entry that starts a line.
 */
const MAX_ENTRY_LINES = 5000;
/** An entry's start at the very start of a line: it ends an entry left open by an unbalanced brace. */
const ENTRY_RESTART = /^@\s*[A-Za-z]+\s*[{(]/;
const ENTRY_KEY = /^\s*@\s*[A-Za-z]+\s*[{(]\s*([^,\s]*)/;
/** An entry's head (`@type{key,`), before its first field. */
const ENTRY_HEAD = /^\s*@\s*[A-Za-z]+\s*[{(]\s*[^,\s]*\s*,?/;
/** A field that starts a line (`  url = {…`): how a broken entry is read (salvage). */
const FIELD_AT_LINE_START = /^\s*([A-Za-z][\w:.-]*)\s*=\s*/;

interface Field {
  name: string;
  value: string;
  /** Offset of the value in the entry text. */
  at: number;
}

/** Read a braced `{…}` or quoted `"…"` value (or a bare word) starting at `i`. */
function readValue(text: string, i: number): { value: string; end: number } {
  const open = text[i];
  if (open === '{' || open === '"') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      if ((open === '{' && depth === 0) || (open === '"' && j > i && c === '"' && depth === 0)) {
        return { value: text.slice(i + 1, j), end: j + 1 };
      }
    }
    return { value: text.slice(i + 1), end: text.length };
  }
  const m = /^[^,}\s#]*/.exec(text.slice(i))!;
  return { value: m[0], end: i + m[0].length };
}

const WORD = /[A-Za-z][\w:.-]*/g;
const EQUALS = /\s*=\s*/y;

/**
 * The next `name =` at or after `from` and where its value starts: what
 * `/([A-Za-z][\w:.-]*)\s*=\s*\/g` finds, without that regex's quadratic time on a long word with no
 * `=` after it (it tried again from each of its letters: 200 KB took 25 s). Every name starting
 * inside a word ends where the word ends, so a word not followed by `=` is skipped whole.
 */
export function nextFieldName(text: string, from: number): { name: string; end: number } | null {
  WORD.lastIndex = from;
  for (let word = WORD.exec(text); word !== null; word = WORD.exec(text)) {
    EQUALS.lastIndex = WORD.lastIndex;
    if (EQUALS.test(text)) return { name: word[0], end: EQUALS.lastIndex };
  }
  return null;
}

/** The key and fields of one entry's text (`@type{key, name = value, …}`). */
export function parseEntry(text: string): { type: string; key: string; fields: Field[] } | null {
  const head = /^@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)\s*,?/.exec(text);
  if (!head) return null;
  const fields: Field[] = [];
  let name: { name: string; end: number } | null;
  for (let from = head[0].length; (name = nextFieldName(text, from)) !== null; ) {
    let at = name.end;
    let value = '';
    const start = at + (text[at] === '{' || text[at] === '"' ? 1 : 0);
    // Values may be concatenated with `#`.
    for (;;) {
      const part = readValue(text, at);
      value += part.value;
      const next = /^\s*#\s*/.exec(text.slice(part.end));
      at = part.end + (next ? next[0].length : 0);
      if (!next) break;
    }
    fields.push({ name: name.name.toLowerCase(), value, at: start });
    from = at;
  }
  return { type: head[1]!.toLowerCase(), key: head[2]!, fields };
}

const clean = (s: string) => foldSpaces(s.replace(/\\[a-zA-Z]+\s*/g, '').replace(/[{}]/g, '')).trim();

/**
 * The record of an entry whose braces do not balance, read line by line: a line that starts with
 * `name =` starts a field, any other line goes on with the field above it. Its link fields give
 * their links and promises with their lines, as in a sound entry, and its title and year are read
 * as far as they go: an unbalanced brace costs the entry its exact field boundaries, not its links.
 * Lines are taken as they come, so an entry too long to hold (MAX_ENTRY_LINES, tuning.heldEntryChars) is
 * read so to its end without being held.
 */
class Salvage {
  private readonly record: PaperBuilder;
  private readonly texts = new Map<string, string>();
  private field = '';
  private first = true;

  constructor(head: string, startLine: number, source: string, sink: ReadSink) {
    this.record = sink.newPaper(source, startLine, null, null, ENTRY_KEY.exec(head)?.[1] || null);
  }

  line(line: string, no: number): void {
    let value = this.first ? line.replace(ENTRY_HEAD, '') : line;
    this.first = false;
    const start = FIELD_AT_LINE_START.exec(value);
    if (start) {
      this.field = start[1]!.toLowerCase();
      value = value.slice(start[0].length);
      this.record.breakText();
    }
    if (this.field === '') return;
    // A title or date is short; one that goes on and on is not kept growing.
    if ((this.field === 'title' || this.field === 'year' || this.field === 'month') && (this.texts.get(this.field)?.length ?? 0) < 4096) {
      this.texts.set(this.field, `${this.texts.get(this.field) ?? ''} ${value}`);
    }
    if (LINK_FIELDS.has(this.field)) this.record.addText(value, no);
  }

  finish(): PaperBuilder {
    /** A value as far as it went: its delimiters and the comma after it dropped. */
    const valueOf = (name: string) => {
      const text = this.texts.get(name);
      return text === undefined ? '' : clean(text.trim().replace(/,$/, '').replace(/^"|"$/g, ''));
    };
    this.record.title = valueOf('title') || null;
    const year = valueOf('year');
    const month = valueOf('month');
    this.record.date = year ? (month ? `${month} ${year}` : year) : null;
    return this.record;
  }
}

function salvage(lines: string[], startLine: number, source: string, sink: ReadSink): PaperBuilder {
  const reading = new Salvage(lines[0] ?? '', startLine, source, sink);
  lines.forEach((line, i) => reading.line(line, startLine + i));
  return reading.finish();
}

/**
 * Where an entry that is `depth` deep at the start of `line` closes on it (the index of its
 * closing brace, or parenthesis for entries opened with `(`), or -1, with the depth at the line's
 * end (`depth.value`) when it does not. A backslash escapes the character after it.
 */
function closeOn(line: string, parens: boolean, depth: { value: number }): number {
  const [open, close] = parens ? ['(', ')'] : ['{', '}'];
  let d = depth.value;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === open) d++;
    else if (c === close && --d <= 0) return i;
  }
  depth.value = d;
  return -1;
}

/**
 * An entry's start, wherever it stands: BibTeX reads everything outside entries as a comment and
 * starts an entry at any `@type{` (after another entry on its line, after `% Encoding: …`).
 */
const ENTRY_AT = /@\s*[A-Za-z]+\s*[{(]/;

export function bibtexReader(source: string, sink: ReadSink): LineReader {
  let lines: string[] = [];
  let startLine = 0;
  /** The open entry's nesting at the end of the lines read so far. */
  const depth = { value: 0 };
  let parens = false;

  const emit = () => {
    const text = lines.join('\n');
    lines = [];
    const entry = parseEntry(text);
    if (!entry) return sink.problem(startLine, 'malformed BibTeX entry skipped');
    if (SKIPPED_TYPES.has(entry.type)) return;
    const get = (name: string) => entry.fields.find((f) => f.name === name)?.value;
    const title = get('title');
    const year = get('year');
    const month = get('month');
    const date = year ? clean(month ? `${month} ${year}` : year) : null;
    const record = sink.newPaper(source, startLine, title ? clean(title) : null, date, entry.key || null);
    // Fields come in the order of the text: their lines are counted on from the last one's.
    let counted = 0;
    let lineOfValue = startLine;
    for (const f of entry.fields) {
      if (!LINK_FIELDS.has(f.name)) continue;
      for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < f.at; nl = text.indexOf('\n', nl + 1)) lineOfValue++;
      counted = Math.max(counted, f.at);
      record.addText(f.value, lineOfValue);
      record.breakText();
    }
    sink.record(record.finish());
  };

  /**
   * An entry too long to hold, read on line by line (Salvage) until it closes, the next entry
   * starts a line, or the input ends; `reading` null for a type that gives no record (`@comment`).
   */
  let longEntry: { reading: Salvage | null } | null = null;
  /** Characters of the open entry's lines held. */
  let heldChars = 0;

  const beginLong = (why: string) => {
    const key = ENTRY_KEY.exec(lines[0] ?? '')?.[1];
    sink.problem(startLine, `BibTeX entry ${key ? `"${key}" ` : ''}(from line ${startLine}) ${why}; its fields read line by line`);
    const type = /^\s*@\s*([A-Za-z]+)/.exec(lines[0] ?? '')?.[1]?.toLowerCase();
    const reading = type !== undefined && SKIPPED_TYPES.has(type) ? null : new Salvage(lines[0] ?? '', startLine, source, sink);
    lines.forEach((line, i) => reading?.line(line, startLine + i));
    longEntry = { reading };
    lines = [];
    heldChars = 0;
  };
  const endLong = () => {
    if (longEntry!.reading) sink.record(longEntry!.reading.finish().finish());
    longEntry = null;
  };

  /**
   * End the open entry that did not close, naming its key and lines: an unbalanced brace costs
   * that entry only, and its record is still read, line by line (salvage).
   */
  const endBroken = (why: string) => {
    const key = ENTRY_KEY.exec(lines[0] ?? '')?.[1];
    let last = lines.length - 1;
    while (last > 0 && lines[last]!.trim() === '') last--;
    const lastLine = startLine + last;
    const lineRange = lastLine > startLine ? `lines ${startLine}-${lastLine}` : `line ${startLine}`;
    sink.problem(startLine, `BibTeX entry ${key ? `"${key}" ` : ''}(${lineRange}) ${why}; its fields read line by line`);
    const type = /^\s*@\s*([A-Za-z]+)/.exec(lines[0] ?? '')?.[1]?.toLowerCase();
    if (!type || !SKIPPED_TYPES.has(type)) sink.record(salvage(lines.slice(0, last + 1), startLine, source, sink).finish());
    lines = [];
    heldChars = 0;
  };

  return {
    line(text, no) {
      let rest = text;
      if (longEntry) {
        if (ENTRY_RESTART.test(text)) endLong();
        else {
          const close = closeOn(text, parens, depth);
          if (close === -1) return longEntry.reading?.line(text, no);
          longEntry.reading?.line(text.slice(0, close + 1), no);
          endLong();
          rest = text.slice(close + 1);
        }
      }
      // Reading resumes at the next entry that starts a line.
      if (lines.length > 0 && ENTRY_RESTART.test(text)) endBroken('has an unbalanced brace');
      for (;;) {
        if (lines.length === 0) {
          // Text between entries is a comment in BibTeX: an entry starts at the next `@type{` wherever it stands.
          const at = rest.search(ENTRY_AT);
          if (at === -1) return;
          rest = rest.slice(at);
          startLine = no;
          depth.value = 0;
          parens = /^\s*@\s*[A-Za-z]+\s*\(/.test(rest);
        }
        const close = closeOn(rest, parens, depth);
        if (close === -1) {
          lines.push(rest);
          heldChars += rest.length;
          if (lines.length > MAX_ENTRY_LINES) beginLong(`longer than ${MAX_ENTRY_LINES} lines`);
          else if (heldChars > tuning.heldEntryChars) beginLong(`longer than ${sizeName(tuning.heldEntryChars, 'characters')}`);
          return;
        }
        lines.push(rest.slice(0, close + 1));
        heldChars = 0;
        emit();
        rest = rest.slice(close + 1);
      }
    },
    end() {
      if (longEntry) endLong();
      if (lines.length > 0) endBroken('not closed at end of input (unbalanced brace)');
    },
  };
}
