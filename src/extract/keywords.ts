// One pass over a text tells which scanners it needs: an Aho–Corasick automaton over the marker
// words of links, promises and claims, case-insensitive, ASCII only. Cheaper than a regex per
// group (irregexp scans a many-word alternation at a few hundred MB/s) or a substring search per word.

export const LINK = 1;
/** will be, shall be, would be, going to be (with soon/also/then before be) */
export const MODAL_BE = 2;
/** "we " */
export const WE = 4;
/** we will, we shall, we plan to, we intend to, we are going to, we aim to */
export const WE_WILL = 512;
/** soon */
export const SOON = 8;
/** "to be" */
export const TO_BE = 16;
/** acceptance, publication, review */
export const REVIEW = 32;
/** " code" (at a word start), implementation, software, toolkit, librar(y), repositor(y) */
export const CODE_WORD = 64;
/** github, gitlab, website, homepage, project page */
export const SITE = 128;
/** open (open-source, opensource) */
export const OPEN = 256;

/** Any of these bits: a promise pattern may match (promises.ts checks each pattern's own bits). */
export const PROMISE = MODAL_BE | WE_WILL | SOON | TO_BE | REVIEW;
/** Any of these bits: a claim pattern may match. */
export const CLAIM = CODE_WORD | SITE | OPEN;

const GROUPS: [string[], number][] = [
  // Every link candidate (see find-urls.ts START) contains one of these.
  [['://', 'www.', 'git@', 'github.', 'githubusercontent.', 'gitlab.com', 'gitee.com', 'bitbucket.org', 'codeberg.org', 'huggingface.co', 'hf.co', '4open.science'], LINK],
  [['will', 'shall', 'would', 'going to'].flatMap((m) => ['', 'soon ', 'also ', 'then '].map((mid) => `${m} ${mid}be`)), MODAL_BE],
  [['we will', 'we shall', 'we plan to', 'we intend to', 'we are going to', 'we aim to'], WE_WILL],
  [['we '], WE],
  [['soon'], SOON],
  [['to be'], TO_BE],
  [['acceptance', 'publication', 'review'], REVIEW],
  // ' code' (not 'code': every encoder and decoder would wake the claim patterns); the scan starts
  // as if after a space, so a text that begins with "Code" still matches.
  [[' code', 'implementation', 'software', 'toolkit', 'librar', 'repositor'], CODE_WORD],
  [['github', 'gitlab', 'website', 'homepage', 'project page'], SITE],
  [['open'], OPEN],
];

const ASCII = 128;

/**
 * Characters are first mapped to a small class (each character used by a marker word, upper case
 * folded onto lower case, all white space onto the space, everything else onto 0) so that the
 * transition table stays small enough for the CPU caches.
 */
function classesOf(groups: [string[], number][]): { classOf: Uint8Array; classes: number } {
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const [words] of groups) {
    for (const w of words) for (const ch of w) if (classOf[ch.charCodeAt(0)] === 0) classOf[ch.charCodeAt(0)] = classes++;
  }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32]!;
  for (const c of [9, 10, 13]) classOf[c] = classOf[32]!;
  return { classOf, classes };
}

function build(groups: [string[], number][]): { classOf: Uint8Array; delta: Int32Array; out: Uint16Array } {
  const { classOf, classes } = classesOf(groups);
  const goto: Map<number, number>[] = [new Map()];
  const outs: number[] = [0];
  /** The class of the character that leads into each state. */
  const edge: number[] = [0];
  for (const [words, bit] of groups) {
    for (const w of words) {
      let s = 0;
      for (const ch of w) {
        const c = classOf[ch.charCodeAt(0)]!;
        let next = goto[s]!.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          outs.push(0);
          edge.push(c);
          goto[s]!.set(c, next);
        }
        s = next;
      }
      outs[s]! |= bit;
    }
  }
  // Breadth-first: failure links, folded into a full transition table.
  const table = new Int32Array(goto.length * classes);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const s = goto[0]!.get(c) ?? 0;
    table[c] = s;
    if (s !== 0) queue.push(s);
  }
  while (queue.length > 0) {
    const r = queue.shift()!;
    outs[r]! |= outs[fail[r]!]!;
    for (let c = 0; c < classes; c++) {
      const s = goto[r]!.get(c);
      if (s === undefined) table[r * classes + c] = table[fail[r]! * classes + c]!;
      else {
        fail[s] = table[fail[r]! * classes + c]!;
        table[r * classes + c] = s;
        queue.push(s);
      }
    }
  }
  // A run of white space counts as one space (as `\s+` in the patterns): a state entered by a
  // space stays put on more spaces. No marker word holds two spaces in a row.
  const space = classOf[32]!;
  edge.forEach((c, st) => {
    if (st !== 0 && c === space) table[st * classes + space] = st;
  });
  // States are stored pre-multiplied by the number of classes, and negative when they have an output.
  // Int32, not Int16 (the values would fit): the scan loop measured 6–12 % faster with it
  // (bench/extract/keyword-scan.ts, RESULTS.md run 15), for 42 KB instead of 21.
  const delta = new Int32Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const next = table[i]!;
    delta[i] = outs[next] ? -(next * classes) - 1 : next * classes;
  }
  const out = new Uint16Array(goto.length * classes);
  outs.forEach((o, st) => (out[st * classes] = o));
  return { classOf, delta, out };
}

const { classOf, delta, out } = build(GROUPS);
/** The state after one space: where every scan starts, so words that begin with a space match at the start. */
const START = delta[classOf[32]!]! < 0 ? -delta[classOf[32]!]! - 1 : delta[classOf[32]!]!;

/** The automaton itself, for bench/extract/keyword-scan.ts (variants of the scan loop measured against scanKeywords). */
export const KEYWORD_AUTOMATON = { classOf, delta, out, START, ASCII };

/** Per group bit (index = log2 of the bit): where its first marker ended in the last scan, or -1. */
const firstEnd = new Int32Array(16);

/** Where the first marker of each group bit ended in the last scan (-1: none); for the benchmark's checks. */
export function firstEnds(): number[] {
  return Array.from(firstEnd);
}

/** The earliest end of a marker of any of `bits` in the last scan, or -1. */
export function earliestEnd(bits: number): number {
  let best = -1;
  for (let b = 0; b < 16; b++) {
    if ((bits >> b) & 1 && firstEnd[b]! !== -1 && (best === -1 || firstEnd[b]! < best)) best = firstEnd[b]!;
  }
  return best;
}

/** Which marker groups the text holds (a bit mask of the constants above; 0: nothing to scan for). */
export function scanKeywords(text: string): number {
  let state = START;
  let mask = 0;
  firstEnd.fill(-1);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    state = delta[state + (code < ASCII ? classOf[code]! : 0)]!;
    if (state < 0) {
      state = -state - 1;
      const o = out[state]!;
      const fresh = o & ~mask;
      if (fresh !== 0) for (let b = 0; b < 16; b++) if ((fresh >> b) & 1) firstEnd[b] = i + 1;
      mask |= o;
    }
  }
  return mask;
}
