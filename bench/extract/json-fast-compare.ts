// Does an exact hand-written JSON scanner (json-fast-scanner.ts) beat JSON.parse on the lines
// extraction reads? (Issue #15; it does not: bench/extract/RESULTS.md run 13.) Checks first that
// whatever the scanner accepts is what JSON.parse returns — over the records of a generated arXiv
// JSONL file, the fixtures and random and mutated JSON texts — then times both on the file's lines.
//   nice node --import tsx bench/extract/json-fast-compare.ts [--mib 64] [--texts 200000]
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { generate } from './generate.js';
import { parseJsonFast } from './json-fast-scanner.js';
import { option } from '../options.js';


const FAILED = Symbol('JSON.parse threw');
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return FAILED;
  }
}

/** Same value, same key order, -0 kept apart from 0 (isDeepStrictEqual compares with Object.is). */
function same(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  if (a !== null && typeof a === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b as object);
    if (ka.join('\u0000') !== kb.join('\u0000')) return false;
    return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return true;
}

let accepted = 0;
let gaveUp = 0;
const wrong: string[] = [];
function check(text: string): void {
  const fast = parseJsonFast(text);
  if (fast === undefined) return void gaveUp++;
  accepted++;
  const slow = parsed(text);
  if (slow === FAILED || !same(fast, slow)) wrong.push(text);
}

// A small deterministic generator (mulberry32).
let seed = 15;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const NUMBERS = ['0', '-0', '1', '-1', '1e5', '1E+5', '-1.5e-3', '0.1', '-0.0', '1e-400', '1.7976931348623157e309', '4.9e-324', '12345678901234567890', '9007199254740993', '123456789012345', '1234567890123456', '01', '1.', '.5', '-', '1e', '+1', '0x10', '1_0', 'NaN', 'Infinity'];
const STRING_BODIES = ['', 'plain', 'https://github.com/a/b', 'caf\u00e9', '\ud83d\ude00', '\ud800', '\udc00x', 'a\\nb', '\\"q\\"', '\\\\', '\\/', '\\b\\f\\r\\t', '\\u00e9', '\\uD83D\\uDE00', '\\ud800', '\\u12', '\\uZZZZ', '\\x', '\\', 'tab\there', 'nl\nx', 'ctl\u0001', 'del\u007f', '\u2028\u2029', '\ufeff'];
const KEYS = ['title', 'abstract', 'id', 'a', 'b', '', '0', '1', '01', '-1', '4294967295', '__proto__', 'constructor', 'toString', 'title', '\\u0030', 'k\\"'];
const SPACE = ['', '', '', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u000b'];

function randomJson(depth: number): string {
  const w = () => pick(SPACE);
  const r = rand();
  if (depth > 5 || r < 0.35) return `"${pick(STRING_BODIES)}${rand() < 0.3 ? pick(STRING_BODIES) : ''}"`;
  if (r < 0.5) return pick(NUMBERS);
  if (r < 0.55) return pick(['true', 'false', 'null', 'tru', 'nul', 'True']);
  if (r < 0.75) {
    const n = Math.floor(rand() * 4);
    return `[${w()}${Array.from({ length: n }, () => w() + randomJson(depth + 1) + w()).join(',')}${w()}]`;
  }
  const n = Math.floor(rand() * 5);
  return `{${w()}${Array.from({ length: n }, () => `${w()}"${pick(KEYS)}"${w()}:${w()}${randomJson(depth + 1)}${w()}`).join(',')}${w()}}`;
}

const MUTATIONS = ['"', '\\', ',', ':', '{', '}', '[', ']', ' ', '\u0000', '\u001f', '0', '-', 'e', '.', 'x', '\ud800'];
function mutate(text: string): string {
  const at = Math.floor(rand() * (text.length + 1));
  const r = rand();
  if (r < 0.3) return text.slice(0, at); // truncated
  if (r < 0.6) return text.slice(0, at) + pick(MUTATIONS) + text.slice(at);
  if (r < 0.8) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + pick(MUTATIONS) + text.slice(at + 1);
}

async function main(): Promise<void> {
  const mib = Number(option('mib') ?? 64);
  const texts = Number(option('texts') ?? 200_000);
  const dir = path.join('bench', 'tmp', `json-fast-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'arxiv.jsonl');
  try {
    await generate(file, mib * 1024 * 1024);
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');

    for (const line of lines) check(line);
    const fromFile = { accepted, gaveUp };
    for (const fixture of ['test/fixtures/extract/arxiv.jsonl', 'test/fixtures/extract/arxiv.json']) {
      const text = readFileSync(fixture, 'utf8');
      check(text.trim());
      for (const line of text.split('\n')) check(line.trim());
    }
    for (let i = 0; i < texts; i++) {
      const text = randomJson(0);
      check(text);
      check(mutate(text));
      if (lines.length > 0) check(mutate(lines[Math.floor(rand() * lines.length)]!));
    }
    check(`${'['.repeat(100)}${']'.repeat(100)}`);
    console.log(`${lines.length} lines of ${mib} MiB: ${fromFile.accepted} read by the scanner, ${fromFile.gaveUp} left to JSON.parse`);
    console.log(`all texts: ${accepted} accepted, ${gaveUp} left to JSON.parse, ${wrong.length} accepted but not what JSON.parse gives`);
    for (const w of wrong.slice(0, 5)) console.log('  WRONG:', JSON.stringify(w).slice(0, 200));

    // Time both on the file's lines, interleaved, best of 7.
    const best = { 'JSON.parse': Infinity, scanner: Infinity };
    for (let rep = 0; rep < 7; rep++) {
      let t = performance.now();
      for (const line of lines) JSON.parse(line);
      best['JSON.parse'] = Math.min(best['JSON.parse'], performance.now() - t);
      t = performance.now();
      for (const line of lines) if (parseJsonFast(line) === undefined) JSON.parse(line);
      best.scanner = Math.min(best.scanner, performance.now() - t);
    }
    for (const [name, ms] of Object.entries(best)) console.log(`${name}: ${ms.toFixed(0)} ms, ${((mib * 1.048576) / (ms / 1000)).toFixed(0)} MB/s`);
    if (wrong.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
