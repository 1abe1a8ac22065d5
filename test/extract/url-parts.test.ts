// cleanUrlParts takes the common link shapes apart by hand instead of with `new URL`: it must give
// exactly what cleanUrl (the WHATWG parser plus cleaning) gives, for every candidate of the corpus,
// the fixtures and a generated list, and for random texts built from the characters that make URL
// parsing differ (schemes in any case, ports, userinfo, dot segments, %2e, IPv4 numbers, xn--,
// non-ASCII, characters the parser percent-encodes, secret query parameters).
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../bench/extract/generate-markdown.js';
import { cleanUrl, cleanUrlParts, trimTrailing } from '../../src/extract/clean.js';
import { classifyUrl } from '../../src/extract/parse-url.js';
import { findUrlCandidates } from '../../src/extract/find-urls.js';
import type { UrlParts } from '../../src/extract/target.js';

/** What classification reads of a URL, and what cleanUrl's result says about it. */
const parts = (u: UrlParts | null) => (u === null ? null : { href: u.href, hostname: u.hostname, pathname: u.pathname, hash: u.hash });

/** Every candidate cleanUrlParts took apart by hand agrees with cleanUrl; returns how many it took. */
function expectSame(texts: Iterable<string>): { checked: number; byHand: number } {
  let checked = 0;
  let byHand = 0;
  const wrong: string[] = [];
  for (const text of texts) {
    checked++;
    const mine = cleanUrlParts(text);
    if (mine !== null && !(mine instanceof URL)) byHand++;
    const theirs = cleanUrl(text);
    if (JSON.stringify(parts(mine)) !== JSON.stringify(parts(theirs))) wrong.push(text);
    else if (mine && theirs && JSON.stringify(classifyUrl(mine)) !== JSON.stringify(classifyUrl(theirs))) wrong.push(text);
  }
  expect(wrong.slice(0, 20)).toEqual([]);
  return { checked, byHand };
}

function* candidatesOf(files: string[]): Generator<string> {
  for (const file of files) for (const line of readFileSync(file, 'utf8').split('\n')) for (const c of findUrlCandidates(line)) yield c.text;
}

/** A small deterministic generator (the same texts every run). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const PIECES = [
  'http://', 'https://', 'HTTPS://', 'HtTp://', 'git+https://', 'ssh://git@', 'git@', 'github.com', 'GitHub.COM', 'arxiv.org', 'www.', 'xn--', 'xn--80ak6aa92e.com',
  'a', 'Z', '0', '9', '-', '.', '..', '/', '//', '/./', '/../', '?', '#', '&', '=', '%', '%2e', '%2E', '%41', '%zz', '@', 'user:pw@', ':', ':80', ':443', ':08',
  '~', '_', '+', '!', '$', "'", '"', '(', ')', '*', ',', ';', '[', ']', '\\', '^', '|', '`', '{', '}', '<', '>', ' ', '\t', '\n', 'é', 'ı', 'ﬀ', 'ß', 'İ', '\u00a0', '\u200b',
  'token=x', 'access_token=', 'key', 'sig=1', 'KEY=2', 'tok%65n=3', 'a+b=4', '&amp;', '&quot;', '&lt;', '1.2.3.4', '0x7f', '127.0.0.1', '999', '.com', '/abs/2401.00001v2#s',
  '.git', 'localhost', '[::1]', 'github.io', 'gist.github.com/', 'raw.githubusercontent.com/o/r/main/f', 'huggingface.co/datasets/', 'gitlab.com/g/s/p/-/tree',
];

function* randomTexts(n: number, seed: number): Generator<string> {
  const rand = prng(seed);
  const pick = (from: number, to: number) => PIECES[from + Math.floor(rand() * (to - from))]!;
  const hostChars = 'abcXYZ019-.';
  for (let k = 0; k < n; k++) {
    // Any mix of pieces, most after a scheme.
    let text = rand() < 0.7 ? pick(0, 4) : '';
    for (let j = 1 + Math.floor(rand() * 12); j > 0; j--) text += pick(0, PIECES.length);
    yield text;
    // Host-shaped: labels of letters, digits and hyphens (odd dots and case included), then a tail.
    let host = ['http://', 'https://', 'HTTP://', ''][Math.floor(rand() * 4)]!;
    for (let l = 1 + Math.floor(rand() * 4); l > 0; l--) {
      for (let j = Math.floor(rand() * 6); j > 0; j--) host += hostChars[Math.floor(rand() * hostChars.length)];
      if (l > 1) host += '.';
    }
    for (let j = Math.floor(rand() * 6); j > 0; j--) host += pick(13, PIECES.length);
    yield host;
  }
}

describe('cleanUrlParts (the hand parser) against cleanUrl (new URL)', () => {
  it('agrees on every candidate of the corpus and the fixtures, and takes nearly all of them by hand', () => {
    const dirs = ['examples/hf-papers', 'test/fixtures/extract'];
    const files = dirs.flatMap((d) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name)));
    const { checked, byHand } = expectSame(candidatesOf(files));
    expect(checked).toBeGreaterThan(300);
    expect(byHand / checked).toBeGreaterThan(0.9);
  });

  it('agrees on every candidate of a generated Markdown list (badges, tables, reference links)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'url-parts-'));
    try {
      const file = path.join(dir, 'list.md');
      await generateMarkdown(file, 1 << 20);
      const { checked, byHand } = expectSame(candidatesOf([file]));
      expect(checked).toBeGreaterThan(3000);
      expect(byHand / checked).toBeGreaterThan(0.95);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('agrees on 100,000 random texts made of the characters where URL parsers differ', () => {
    const { byHand } = expectSame(randomTexts(50_000, 15));
    // Enough of them go the hand-made way for the comparison to mean something.
    expect(byHand).toBeGreaterThan(3_000);
  });

  it('leaves what it cannot take apart exactly to new URL', () => {
    for (const text of ['https://GitHub.com:443/o/r', 'https://user:pw@github.com/o/r', 'https://github.com/o/./r', 'https://github.com/o/%2e%2e/r', 'https://xn--80ak6aa92e.com/', 'https://1.2.3.4/x', 'https://github.com/o/r?token=1&a=b', 'https://github.com/é']) {
      expect(cleanUrlParts(text)).toBeInstanceOf(URL);
    }
    expect(cleanUrlParts('https://github.com/o/r')).not.toBeInstanceOf(URL);
    expect(parts(cleanUrlParts('HTTPS://GitHub.com?q#f'))).toEqual({ href: 'https://github.com/?q#f', hostname: 'github.com', pathname: '/', hash: '#f' });
  });
});

describe('trimTrailing (one counting pass)', () => {
  it.each([
    ['https://x.org/a).', 'https://x.org/a'],
    ['(https://x.org/Foo_(bar))', '(https://x.org/Foo_(bar))'],
    ['https://x.org/Foo_(bar)).;', 'https://x.org/Foo_(bar)'],
    ['https://x.org/a]>)', 'https://x.org/a'],
    ['https://x.org/[a]', 'https://x.org/[a]'],
    ['<https://x.org/a>', '<https://x.org/a>'],
    ['https://x.org/a))))))))', 'https://x.org/a'],
    ['https://x.org/a’"*', 'https://x.org/a'],
    [').)', ''],
    ['https://x.org/(a)])', 'https://x.org/(a)'],
  ])('%s → %s', (text, trimmed) => {
    expect(trimTrailing(text)).toBe(trimmed);
  });
});
