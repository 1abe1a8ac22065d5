// One pass over a text tells which scanners it needs: an Aho–Corasick automaton over the marker
// words of links, promises and claims, case-insensitive, ASCII only. Cheaper than a regex per
// group (irregexp scans a many-word alternation at a few hundred MB/s) or a substring search per word.

export const LINK = 1;
/** will, shall, would, going to, plan to, intend to, aim to */
export const MODAL = 2;
/** "we " */
export const WE = 4;
/** soon */
export const SOON = 8;
/** "to be" */
export const TO_BE = 16;
/** acceptance, publication, review */
export const REVIEW = 32;
/** code, implementation, software, toolkit, librar(y), repositor(y) */
export const CODE_WORD = 64;
/** github, gitlab, website, homepage, project page */
export const SITE = 128;
/** open (open-source, opensource) */
export const OPEN = 256;

/** Any of these bits: a promise pattern may match (promises.ts checks each pattern's own bits). */
export const PROMISE = MODAL | SOON | TO_BE | REVIEW;
/** Any of these bits: a claim pattern may match. */
export const CLAIM = CODE_WORD | SITE | OPEN;

const GROUPS: [string[], number][] = [
  // Every link candidate (see find-urls.ts START) contains one of these.
  [['://', 'www.', 'git@', 'github.', 'githubusercontent.', 'gitlab.com', 'gitee.com', 'bitbucket.org', 'codeberg.org', 'huggingface.co', 'hf.co', '4open.science'], LINK],
  [['will', 'shall', 'would', 'going to', 'plan to', 'intend to', 'aim to'], MODAL],
  [['we '], WE],
  [['soon'], SOON],
  [['to be'], TO_BE],
  [['acceptance', 'publication', 'review'], REVIEW],
  [['code', 'implementation', 'software', 'toolkit', 'librar', 'repositor'], CODE_WORD],
  [['github', 'gitlab', 'website', 'homepage', 'project page'], SITE],
  [['open'], OPEN],
];

const ALPHABET = 128;

function build(groups: [string[], number][]): { delta: Int32Array; out: Uint16Array } {
  const goto: Map<number, number>[] = [new Map()];
  const outs: number[] = [0];
  for (const [words, bit] of groups) {
    for (const w of words) {
      let s = 0;
      for (const ch of w) {
        const c = ch.charCodeAt(0);
        let next = goto[s]!.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          outs.push(0);
          goto[s]!.set(c, next);
        }
        s = next;
      }
      outs[s]! |= bit;
    }
  }
  // Breadth-first: failure links, folded into a full transition table.
  const delta = new Int32Array(goto.length * ALPHABET);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const s = goto[0]!.get(c) ?? 0;
    delta[c] = s;
    if (s !== 0) queue.push(s);
  }
  while (queue.length > 0) {
    const r = queue.shift()!;
    outs[r]! |= outs[fail[r]!]!;
    for (let c = 0; c < ALPHABET; c++) {
      const s = goto[r]!.get(c);
      if (s === undefined) delta[r * ALPHABET + c] = delta[fail[r]! * ALPHABET + c]!;
      else {
        fail[s] = delta[fail[r]! * ALPHABET + c]!;
        delta[r * ALPHABET + c] = s;
        queue.push(s);
      }
    }
  }
  // Upper-case letters go where their lower-case ones go (case-insensitive without lower-casing);
  // states are stored pre-multiplied by the alphabet size, and negative when they have an output.
  for (let s = 0; s < goto.length; s++) for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + (c | 32)]!;
  for (let i = 0; i < delta.length; i++) {
    const next = delta[i]!;
    delta[i] = outs[next] ? -(next * ALPHABET) - 1 : next * ALPHABET;
  }
  const out = new Uint16Array(goto.length * ALPHABET);
  outs.forEach((o, s) => (out[s * ALPHABET] = o));
  return { delta, out };
}

const { delta, out } = build(GROUPS);

/** Where the first link marker ended in the last scanKeywords() text (-1: none); links start near it. */
export let firstLinkEnd = -1;

/** Per group bit (index = log2 of the bit): where its first marker ended in the last scan, or -1. */
export const firstEnd = new Int32Array(16);

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
  let state = 0;
  let mask = 0;
  firstLinkEnd = -1;
  firstEnd.fill(-1);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= ALPHABET) {
      state = 0;
      continue;
    }
    state = delta[state + c]!;
    if (state < 0) {
      state = -state - 1;
      const o = out[state]!;
      const fresh = o & ~mask;
      if (fresh !== 0) {
        if (fresh & LINK) firstLinkEnd = i + 1;
        for (let b = 0; b < 16; b++) if ((fresh >> b) & 1) firstEnd[b] = i + 1;
      }
      mask |= o;
    }
  }
  return mask;
}
