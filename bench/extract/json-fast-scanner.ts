// An exact fast path for JSON.parse, measured for issue #15 and NOT used by repo-audit (see
// json-fast-compare.ts and RESULTS.md run 13): string bodies are skipped with indexOf and taken as
// slices of the text (shared, not copied, by V8), the few structural tokens read by hand, and
// whatever the scanner is not sure of (a `__proto__` key, a bad escape, deep
// nesting, a control character in a string, anything that is not JSON) gives up, so the caller
// would hand the text to JSON.parse as before. Accepting implies: the text is valid JSON and the
// value is the one JSON.parse returns (the same key order, numbers, strings).

/** The scanner gave up: not a JSON value. */
const GAVE_UP = Symbol('gave up');

/** Deeper nesting is left to JSON.parse (the scanner recurses). */
const MAX_DEPTH = 64;

const [QUOTE, BACKSLASH, COMMA, COLON, MINUS, PLUS, DOT, ZERO, NINE] = ['"', '\\', ',', ':', '-', '+', '.', '0', '9'].map((c) => c.charCodeAt(0)) as number[] as [number, number, number, number, number, number, number, number, number];
const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, SPACE, TAB, LF, CR] = ['{', '}', '[', ']', ' ', '\t', '\n', '\r'].map((c) => c.charCodeAt(0)) as number[] as [number, number, number, number, number, number, number, number];
const [LOWER_E, UPPER_E, LOWER_U, LOWER_T, LOWER_F, LOWER_N] = ['e', 'E', 'u', 't', 'f', 'n'].map((c) => c.charCodeAt(0)) as number[] as [number, number, number, number, number, number];

/** A string holds no character below U+0020 (JSON forbids them unescaped in strings). */
const CONTROL = /[\x00-\x1f]/g;

/** One-character escapes and what they stand for (indexed by the character after the backslash). */
const ESCAPED: (string | undefined)[] = [];
for (const [c, v] of Object.entries({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' })) ESCAPED[c.charCodeAt(0)] = v;

let text = '';
let at = 0;
/** The first backslash at or after `at` (or text.length): strings before it are taken as slices. */
let backslash = 0;
/** The first character below U+0020 at or after `at` (or text.length): allowed only as white space. */
let control = 0;

/**
 * The value of the JSON text `source` exactly as JSON.parse(source) returns it, or undefined when
 * the scanner cannot vouch for it (then call JSON.parse: it reads the text or says where it fails).
 */
export function parseJsonFast(source: string): unknown {
  text = source;
  at = 0;
  backslash = nextBackslash(0);
  control = nextControl(0);
  let value: unknown = readValue(0);
  if (value !== GAVE_UP) {
    skipSpace();
    if (at !== text.length) value = GAVE_UP;
  }
  text = '';
  return value === GAVE_UP ? undefined : value;
}

function nextBackslash(from: number): number {
  const i = text.indexOf('\\', from);
  return i === -1 ? text.length : i;
}

function nextControl(from: number): number {
  CONTROL.lastIndex = from;
  return CONTROL.test(text) ? CONTROL.lastIndex - 1 : text.length;
}

/** Skip JSON's white space (space, tab, LF, CR). */
function skipSpace(): void {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === SPACE) at++;
    else if (c === TAB || c === LF || c === CR) {
      at++;
      if (control < at) control = nextControl(at);
    } else return;
  }
}

function readValue(depth: number): unknown {
  skipSpace();
  const c = text.charCodeAt(at);
  if (c === QUOTE) return readString();
  if (c === OPEN_BRACE) return depth < MAX_DEPTH ? readObject(depth + 1) : GAVE_UP;
  if (c === OPEN_BRACKET) return depth < MAX_DEPTH ? readArray(depth + 1) : GAVE_UP;
  if (c === MINUS || (c >= ZERO && c <= NINE)) return readNumber();
  if (c === LOWER_N && text.startsWith('null', at)) return (at += 4), null;
  if (c === LOWER_T && text.startsWith('true', at)) return (at += 4), true;
  if (c === LOWER_F && text.startsWith('false', at)) return (at += 5), false;
  return GAVE_UP;
}

function readObject(depth: number): unknown {
  at++;
  const object: Record<string, unknown> = {};
  skipSpace();
  if (text.charCodeAt(at) === CLOSE_BRACE) return at++, object;
  for (;;) {
    skipSpace();
    if (text.charCodeAt(at) !== QUOTE) return GAVE_UP;
    const key = readString();
    // `__proto__` would set the prototype, where JSON.parse makes an own property. (Integer-like
    // keys need no care: V8 orders them first however the object is built.)
    if (key === GAVE_UP || key === '__proto__') return GAVE_UP;
    skipSpace();
    if (text.charCodeAt(at) !== COLON) return GAVE_UP;
    at++;
    const value = readValue(depth);
    if (value === GAVE_UP) return GAVE_UP;
    // A repeated key keeps its first place and takes the last value, as in JSON.parse.
    object[key as string] = value;
    skipSpace();
    const c = text.charCodeAt(at++);
    if (c === CLOSE_BRACE) return object;
    if (c !== COMMA) return GAVE_UP;
  }
}

function readArray(depth: number): unknown {
  at++;
  const array: unknown[] = [];
  skipSpace();
  if (text.charCodeAt(at) === CLOSE_BRACKET) return at++, array;
  for (;;) {
    const value = readValue(depth);
    if (value === GAVE_UP) return GAVE_UP;
    array.push(value);
    skipSpace();
    const c = text.charCodeAt(at++);
    if (c === CLOSE_BRACKET) return array;
    if (c !== COMMA) return GAVE_UP;
  }
}

/** The string whose opening quote is at `at`. */
function readString(): string | typeof GAVE_UP {
  let from = at + 1;
  let value = '';
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return GAVE_UP;
    const end = backslash < quote ? backslash : quote;
    if (control < end) return GAVE_UP;
    value = value === '' ? text.slice(from, end) : value + text.slice(from, end);
    if (end === quote) {
      at = quote + 1;
      return value;
    }
    // An escape at `end`.
    const c = text.charCodeAt(end + 1);
    const escaped = ESCAPED[c];
    if (escaped !== undefined) {
      value += escaped;
      from = end + 2;
    } else if (c === LOWER_U) {
      const unit = hex4(end + 2);
      if (unit < 0) return GAVE_UP;
      value += String.fromCharCode(unit);
      from = end + 6;
    } else return GAVE_UP;
    backslash = nextBackslash(from);
  }
}

/** The code unit of the 4 hex digits at `from`, or -1. */
function hex4(from: number): number {
  let unit = 0;
  for (let i = from; i < from + 4; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    const digit = c >= ZERO && c <= NINE ? c - ZERO : lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

/** A number by JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
function readNumber(): number | typeof GAVE_UP {
  const start = at;
  if (text.charCodeAt(at) === MINUS) at++;
  const intStart = at;
  if (text.charCodeAt(at) === ZERO) at++;
  else if (!digits()) return GAVE_UP;
  const intEnd = at;
  let c = text.charCodeAt(at);
  if (c === DOT) {
    at++;
    if (!digits()) return GAVE_UP;
    c = text.charCodeAt(at);
  }
  if (c === LOWER_E || c === UPPER_E) {
    at++;
    c = text.charCodeAt(at);
    if (c === PLUS || c === MINUS) at++;
    if (!digits()) return GAVE_UP;
  }
  // A short integer is exact by hand (below 2^53); anything else is converted as JSON.parse does.
  if (at === intEnd && intEnd - intStart <= 15) {
    let n = 0;
    for (let i = intStart; i < intEnd; i++) n = n * 10 + (text.charCodeAt(i) - ZERO);
    return intStart === start ? n : -n;
  }
  return Number(text.slice(start, at));
}

/** Skip one or more digits; false if there is none. */
function digits(): boolean {
  const start = at;
  for (let c = text.charCodeAt(at); c >= ZERO && c <= NINE; c = text.charCodeAt(++at));
  return at > start;
}
