// One record of a saved extract result (`papers[i]` of `extract --format json`), too long to hold
// (past tuning.jsonValueHeldBytes: read/json-wrapper.ts), read as its text comes. Such a record is
// handed on as it is, so its links are kept as they were written, one at a time — past
// tuning.recordLinksInMemory in a temporary file (util/json-list.ts) — and its other members
// (source, line, title…) held. Held whole, one paper of 600,000 links (a 309 MB element) peaked
// at 2 GiB (bench/extract/RESULTS.md run 60). A link or member past tuning.jsonValueHeldBytes, or
// nested past MAX_NESTING, is left out and said.
//
// Whether the element is such a record is known when its `links` list opens: it is one when a
// string `source` and a number `line` came before (extract's formatters write them first). Until
// then the element may still be a paper to read (read/json-object-stream.ts), so the wrapper
// feeds both; the members held while it is undecided are bounded (UNDECIDED_CHARS).
import type { PaperRecord } from '../types.js';
import { JsonList } from '../util/json-list.js';
import { CLOSE_BRACE, CLOSE_BRACKET, closingQuote, COMMA, CR, endsValue, MAX_NESTING, oddBackslashesBefore, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, TAB, tooDeep } from './json-text.js';
import { sizeName } from './lines.js';
import { tuning } from './tuning.js';

const [LF, COLON] = [10, 0x3a];
/** Characters of members held before `links` opens: past them the element is taken for a paper. */
const UNDECIDED_CHARS = 1024 * 1024;

export type SavedRecordDecision = 'undecided' | 'saved' | 'other';
export type SavedRecordResult = { record: PaperRecord } | { malformed: true } | { other: true };

/** What is being read outside a captured text. */
type Phase = 'open' | 'first-key' | 'key' | 'colon' | 'value' | 'first-link' | 'link' | 'after-link' | 'after-value' | 'done' | 'failed';

/** A key, a member's value or a link being cut out of the pieces. */
interface Capture {
  kind: 'key' | 'value' | 'link';
  parts: string[];
  chars: number;
  depth: number;
  inString: boolean;
  /** The last piece ended after an odd run of backslashes inside a string: the next character is escaped. */
  escaped: boolean;
  /** Too long to hold: read to its end, then left out (said once). */
  dropped: boolean;
}

const isSpace = (c: number) => c === SPACE || c === TAB || c === CR || c === LF;

export class SavedRecordStream {
  private phase: Phase = 'open';
  private capture: Capture | null = null;
  private key = '';
  private readonly members: Record<string, unknown> = {};
  private heldChars = 0;
  /** The links read, until there are tuning.recordLinksInMemory; then `spilled` holds them all. */
  private links: unknown[] | null = null;
  private spilled: JsonList<unknown> | null = null;
  private linkCount = 0;
  /** The member's key was too long to hold: its value is read to its end and left out. */
  private skipValue = false;
  decision: SavedRecordDecision = 'undecided';

  /** `problem` says what was left out (a link or member too long or too deep to hold), for the element's line. */
  constructor(private readonly problem: (message: string) => void) {}

  /** The next piece of the element's text (line ends included). */
  feed(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n && this.phase !== 'failed' && this.decision !== 'other') {
      if (this.capture) {
        i = this.capturePart(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      this.punctuation(c);
      // A value, a key or a link starts here: the capture reads this character.
      if (this.capture) continue;
      i++;
    }
  }

  /** The element's text ended: its record, or why there is none. */
  finish(): SavedRecordResult {
    // Not a saved record (or not yet known to be one): the paper read beside it says what it is.
    if (this.decision !== 'saved') return { other: true };
    if (this.capture && this.phase !== 'failed') this.endCapture();
    if (this.phase !== 'done') {
      this.spilled?.dispose();
      return { malformed: true };
    }
    const record = this.members as unknown as PaperRecord;
    record.links = (this.spilled ? this.spilled.view() : this.links!) as PaperRecord['links'];
    return { record };
  }

  /** The element's own punctuation at character `c` (not a space). */
  private punctuation(c: number): void {
    switch (this.phase) {
      case 'open':
        return c === OPEN_BRACE ? void (this.phase = 'first-key') : this.fail();
      case 'first-key':
      case 'key':
        if (c === QUOTE) return this.startCapture('key');
        if (c === CLOSE_BRACE && this.phase === 'first-key') return void (this.phase = 'done');
        return this.fail();
      case 'colon':
        return c === COLON ? void (this.phase = 'value') : this.fail();
      case 'value':
        if (this.key === 'links' && this.decision === 'undecided') return this.decide(c);
        return this.startCapture('value');
      case 'first-link':
      case 'link':
        if (c === CLOSE_BRACKET && this.phase === 'first-link') return void (this.phase = 'after-value');
        if (c === COMMA || c === CLOSE_BRACKET) return this.fail();
        return this.startCapture('link');
      case 'after-link':
        if (c === COMMA) return void (this.phase = 'link');
        if (c === CLOSE_BRACKET) return void (this.phase = 'after-value');
        return this.fail();
      case 'after-value':
        if (c === COMMA) return void (this.phase = 'key');
        if (c === CLOSE_BRACE) return void (this.phase = 'done');
        return this.fail();
      case 'done':
        return this.fail();
    }
  }

  /** `links` opens with character `c`: a saved record's when it is a list after a source and a line. */
  private decide(c: number): void {
    if (c !== OPEN_BRACKET || typeof this.members.source !== 'string' || typeof this.members.line !== 'number') {
      this.decision = 'other';
      return;
    }
    this.decision = 'saved';
    this.links = [];
    // Its place among the members, for the order they are printed in.
    this.members.links = [];
    this.phase = 'first-link';
  }

  private startCapture(kind: Capture['kind']): void {
    this.capture = { kind, parts: [], chars: 0, depth: 0, inString: false, escaped: false, dropped: kind === 'value' && this.skipValue };
  }

  /** Read the capture on from text[i]; where it stopped (its end is read by punctuation). */
  private capturePart(text: string, i: number): number {
    const cap = this.capture!;
    const n = text.length;
    const from = i;
    if (cap.escaped) {
      cap.escaped = false;
      i++;
    }
    let end = -1;
    while (i < n) {
      if (cap.inString) {
        const q = closingQuote(text, i, n);
        if (q >= n) {
          cap.escaped = oddBackslashesBefore(text, n, i);
          i = n;
          break;
        }
        cap.inString = false;
        i = q + 1;
        if (cap.kind === 'key') {
          end = i;
          break;
        }
        continue;
      }
      if (endsValue(cap, text.charCodeAt(i))) {
        end = i;
        break;
      }
      i++;
    }
    this.hold(text.slice(from, end === -1 ? n : end));
    if (end !== -1) this.endCapture();
    return end === -1 ? n : end;
  }

  /** Keep a part of the capture, while it is not too long to hold. */
  private hold(part: string): void {
    const cap = this.capture!;
    cap.chars += part.length;
    if (this.decision === 'undecided' && cap.kind !== 'key') {
      this.heldChars += part.length;
      // Members this long before `links` are no saved record's (its source, line, title…).
      if (this.heldChars > UNDECIDED_CHARS) return void (this.decision = 'other');
    }
    if (cap.dropped) return;
    if (cap.chars > tuning.jsonValueHeldBytes) {
      cap.dropped = true;
      cap.parts = [];
      return;
    }
    cap.parts.push(part);
  }

  private endCapture(): void {
    const cap = this.capture!;
    this.capture = null;
    // A key too long to hold: its member is left out, said once (before, the walk went on as after
    // a value, and its colon broke the record: a saved record lost for one key).
    if (cap.kind === 'key' && cap.dropped) {
      this.problem(`a key of a saved record longer than ${sizeName(tuning.jsonValueHeldBytes, 'characters')}: its member left out`);
      this.key = '';
      this.skipValue = true;
      this.phase = 'colon';
      return;
    }
    if (cap.kind === 'value' && this.skipValue) {
      this.skipValue = false;
      this.phase = 'after-value';
      return;
    }
    const text = cap.dropped ? '' : cap.parts.join('');
    const deep = cap.kind !== 'key' && tooDeep(text);
    if (cap.dropped || deep) {
      const what = cap.kind === 'link' ? `link ${this.linkCount + 1}` : `member "${this.key}"`;
      this.problem(`${what} of a saved record ${deep ? `nested deeper than ${MAX_NESTING} levels` : `longer than ${sizeName(tuning.jsonValueHeldBytes, 'characters')}`} left out`);
      if (cap.kind === 'link') this.linkCount++;
      this.phase = cap.kind === 'link' ? 'after-link' : 'after-value';
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.fail();
    }
    if (cap.kind === 'key') {
      this.key = value as string;
      this.phase = 'colon';
    } else if (cap.kind === 'value') {
      // (A second `links` member after the list: the list stays, as the first read.)
      if (!(this.key === 'links' && this.links)) this.members[this.key] = value;
      this.phase = 'after-value';
    } else {
      this.addLink(value);
      this.linkCount++;
      this.phase = 'after-link';
    }
  }

  private addLink(link: unknown): void {
    if (this.spilled) return this.spilled.add(link);
    this.links!.push(link);
    if (this.links!.length < tuning.recordLinksInMemory) return;
    this.spilled = new JsonList('saved-record-links');
    for (const held of this.links!) this.spilled.add(held);
    this.links = [];
  }

  private fail(): void {
    this.phase = 'failed';
    this.capture = null;
  }
}
