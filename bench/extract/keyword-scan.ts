// Micro-benchmark of the keyword pass (src/extract/keywords.ts scanKeywords) on the texts a JSON
// Lines record hands it — every string field of the first records of a generated arXiv-style file,
// as JSON.parse makes them — against variants of its loop, each first checked to give the same
// mask and the same first marker ends on every text:
//   int16      the transition table as Int16Array (scanKeywords's until run 15) instead of Int32Array
//   ascii128   the table indexed by the character code itself (128 columns): no class lookup
//   utf16      the text copied into a Uint16Array first (Buffer write as utf16le), then scanned there
//   halves     two halves scanned in one loop (two independent load chains), the second started
//              32 characters early and trusted from where its state meets the first's
//   charloop   only the charCodeAt loop (a sum): the floor for any charCodeAt scan
//   node --import tsx bench/extract/keyword-scan.ts FILE [records] [rounds]
// Prints ns per character (best of `rounds` per variant, variants interleaved).
import { closeSync, openSync, readSync } from 'node:fs';
import { firstEnds, KEYWORD_AUTOMATON, scanKeywords } from '../../src/extract/keywords.js';

const [file, recordsArg = '20000', roundsArg = '15'] = process.argv.slice(2);
if (!file) throw new Error('usage: keyword-scan.ts FILE [records] [rounds]');
const { classOf, delta, out, START, ASCII } = KEYWORD_AUTOMATON;

/** The string values of the first `records` lines of `path`, in walk order. */
function textsOf(path: string, records: number): string[] {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(64 * 1024 * 1024);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (let r = 0, start = 0; r < records; r++) {
    const nl = buf.indexOf(10, start);
    if (nl === -1 || nl > n) break;
    walk(JSON.parse(buf.toString('utf8', start, nl)));
    start = nl + 1;
  }
  return texts;
}

const ends = new Int32Array(16);
/** Note the fresh bits of output `o` as ending at `at`; returns the new mask. */
function note(o: number, mask: number, at: number, into: Int32Array): number {
  const fresh = o & ~mask;
  if (fresh !== 0) for (let b = 0; b < 16; b++) if ((fresh >> b) & 1) into[b] = at;
  return mask | o;
}

const K = Math.max(...classOf) + 1;
const delta16 = Int16Array.from(delta);
function int16(text: string): number {
  let state = START;
  let mask = 0;
  ends.fill(-1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    state = delta16[state + (code < ASCII ? classOf[code]! : 0)]!;
    if (state < 0) mask = note(out[(state = -state - 1)]!, mask, i + 1, ends);
  }
  return mask;
}

const delta128 = new Int32Array((delta.length / K) * 128);
const out128 = new Uint16Array(delta128.length);
for (let s = 0; s < delta.length / K; s++) {
  for (let c = 0; c < 128; c++) {
    const d = delta[s * K + classOf[c]!]!;
    const next = ((d < 0 ? -d - 1 : d) / K) * 128;
    delta128[s * 128 + c] = d < 0 ? -next - 1 : next;
  }
  out128[s * 128] = out[s * K]!;
}
function ascii128(text: string): number {
  let state = (START / K) * 128;
  let mask = 0;
  ends.fill(-1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    state = delta128[state + (code < ASCII ? code : 0)]!;
    if (state < 0) mask = note(out128[(state = -state - 1)]!, mask, i + 1, ends);
  }
  return mask;
}

const wide = Buffer.allocUnsafe(1 << 22);
const u16 = new Uint16Array(wide.buffer, wide.byteOffset, wide.length >> 1);
function utf16(text: string): number {
  const n = text.length;
  wide.write(text, 0, 2 * n, 'utf16le');
  let state = START;
  let mask = 0;
  ends.fill(-1);
  for (let i = 0; i < n; i++) {
    const code = u16[i]!;
    state = delta[state + (code < ASCII ? classOf[code]! : 0)]!;
    if (state < 0) mask = note(out[(state = -state - 1)]!, mask, i + 1, ends);
  }
  return mask;
}

const OVERLAP = 32;
const endsB = new Int32Array(16);
function halves(text: string): number {
  const n = text.length;
  if (n < 256) return int16(text);
  const mid = n >> 1;
  const sync = mid + OVERLAP;
  let a = START;
  let b = START;
  let maskA = 0;
  let maskB = 0;
  let syncState = -1;
  ends.fill(-1);
  endsB.fill(-1);
  let i = 0;
  let j = mid - OVERLAP;
  for (; j < n; i++, j++) {
    if (i < mid) {
      const ca = text.charCodeAt(i);
      a = delta[a + (ca < ASCII ? classOf[ca]! : 0)]!;
      if (a < 0) maskA = note(out[(a = -a - 1)]!, maskA, i + 1, ends);
    }
    const cb = text.charCodeAt(j);
    b = delta[b + (cb < ASCII ? classOf[cb]! : 0)]!;
    if (b < 0) {
      b = -b - 1;
      if (j >= sync) maskB = note(out[b]!, maskB, j + 1, endsB);
    }
    if (j + 1 === sync) syncState = b;
  }
  // The first half on to the meeting point, or to the end if the states do not meet there.
  for (i = mid; i < n && !(i === sync && a === syncState); i++) {
    const ca = text.charCodeAt(i);
    a = delta[a + (ca < ASCII ? classOf[ca]! : 0)]!;
    if (a < 0) maskA = note(out[(a = -a - 1)]!, maskA, i + 1, ends);
  }
  if (i === n) return maskA;
  for (let k = 0; k < 16; k++) if (ends[k] === -1) ends[k] = endsB[k]!;
  return maskA | maskB;
}

function charloop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

const texts = textsOf(file, Number(recordsArg));
const chars = texts.reduce((s, t) => s + t.length, 0);
const variants: Record<string, (t: string) => number> = { scanKeywords, int16, ascii128, utf16, halves, charloop };
for (const [name, scan] of Object.entries(variants)) {
  if (name === 'scanKeywords' || name === 'charloop') continue;
  for (const t of texts) {
    const mask = scanKeywords(t);
    const want = firstEnds().join();
    if (scan(t) !== mask || Array.from(ends).join() !== want) throw new Error(`${name} differs from scanKeywords on ${JSON.stringify(t.slice(0, 80))}`);
  }
}
const best: Record<string, number> = {};
for (let round = 0; round < Number(roundsArg); round++) {
  for (const [name, scan] of Object.entries(variants)) {
    const t0 = process.hrtime.bigint();
    let check = 0;
    for (const t of texts) check = (check + scan(t)) | 0;
    const ns = Number(process.hrtime.bigint() - t0) / chars;
    best[name] = Math.min(best[name] ?? Infinity, ns);
  }
}
console.log(JSON.stringify({ texts: texts.length, chars, nsPerChar: Object.fromEntries(Object.entries(best).map(([k, v]) => [k, Number(v.toFixed(2))])) }));
