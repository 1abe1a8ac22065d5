// A saved extract result's record read as its text comes (read/saved-record-stream.ts) is the
// record JSON.parse gives, its links kept in a temporary file; what is no saved record is left to
// the paper reader beside it; malformed text is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { prng } from '../../bench/extract/generate.js';
import { SavedRecordStream, type SavedRecordResult } from '../../src/read/saved-record-stream.js';
import { tuning } from '../../src/read/tuning.js';
import { isLazyArray } from '../../src/util/lazy-array.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));

/** Feed `text` in pieces of 1 to `most` characters (random cuts: inside strings, after backslashes). */
function read(text: string, most: number, seed = 1): { result: SavedRecordResult; problems: string[]; decision: string } {
  const problems: string[] = [];
  const stream = new SavedRecordStream((m) => problems.push(m));
  const rand = prng(seed);
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(rand() * most);
    stream.feed(text.slice(at, at + size));
    at += size;
  }
  return { decision: stream.decision, result: stream.finish(), problems };
}

const link = (i: number) => ({
  url: `https://github.com/o-${i}/r-${i}`,
  forge: 'github',
  kind: 'repo',
  repo: `o-${i}/r-${i}`,
  path: null,
  key: `github/o-${i}/r-${i}`,
  line: i + 1,
  raw: `https://github.com/o-${i}/r-${i}\\ "q" ünï ⭐ {[,]}`,
});
const saved = {
  source: 'papers/"a\\b".txt',
  line: 3,
  title: 'A "quoted" title, with {braces} and [brackets]',
  date: null,
  promised: false,
  claimsCodeWithoutLink: false,
  links: Array.from({ length: 200 }, (_, i) => link(i)),
  id: 'x1',
  health: { status: 'ok', reason: 'one reason, "quoted"' },
};

function recordOf(result: SavedRecordResult): Record<string, unknown> {
  if (!('record' in result)) throw new Error(`no record: ${JSON.stringify(result)}`);
  return { ...result.record, links: [...result.record.links] };
}

describe('SavedRecordStream', () => {
  for (const [what, text] of [
    ['one line', JSON.stringify(saved)],
    ['pretty-printed', JSON.stringify(saved, null, 2)],
  ] as const) {
    it(`${what}: the record JSON.parse gives, in pieces of any size, members in their order`, () => {
      for (const [most, inMemory] of [[1, 10_000], [7, 50], [100, 200], [5000, 1]]) {
        tuning.recordLinksInMemory = inMemory!;
        const { result, problems, decision } = read(text, most!, most);
        expect(decision).toBe('saved');
        // Past recordLinksInMemory links, all of them in a temporary file.
        if ('record' in result) expect(isLazyArray(result.record.links)).toBe(inMemory! <= 200);
        const record = recordOf(result);
        expect(record).toEqual(JSON.parse(text));
        expect(Object.keys(record)).toEqual(Object.keys(saved));
        expect(problems).toEqual([]);
      }
    });
  }

  it('no list of links after a source and a line: left to the paper reader', () => {
    for (const other of [
      { ...saved, line: '3' },
      { links: saved.links, source: 'a', line: 1 },
      { source: 'a', line: 1, links: 'none' },
      { source: 'a', line: 1, title: 'no links' },
      { title: 'a paper', abstract: 'https://github.com/a/b' },
    ]) {
      const { result } = read(JSON.stringify(other), 50);
      expect(result, JSON.stringify(other).slice(0, 80)).toEqual({ other: true });
    }
  });

  it('a paper whose members before `links` are too long for a saved record: left to the paper reader early', () => {
    const stream = new SavedRecordStream(() => {});
    stream.feed(`{"title": "Big", "abstract": "${'https://github.com/a/b '.repeat(60_000)}`);
    expect(stream.decision).toBe('other');
  });

  it('malformed after `links` opened: refused', () => {
    const text = JSON.stringify(saved);
    for (const broken of [
      text.replace('],"id"', '],,"id"'),
      text.replace('},{"url"', '}{"url"'),
      text.replace('"id":"x1"', '"id":x1'),
      text.replace('"id":"x1"', '"id" "x1"'),
      text.replace('}]', '},]'),
      text.slice(0, -1),
      `${text} x`,
    ]) {
      expect(() => JSON.parse(broken)).toThrow();
      expect(read(broken, 30).result, broken.slice(-40)).toEqual({ malformed: true });
    }
  });

  // Random saved records — members and links of every kind of value, escapes, white space —
  // one in two with a character dropped, added or the text cut after `links` opened: refused
  // exactly when JSON.parse refuses them, else the record JSON.parse gives.
  it('random records, valid and not: as JSON.parse reads them', () => {
    const rand = prng(21);
    const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)]!;
    const atoms = ['0', '-0', '1.5', '1e5', '-2E-3', 'true', 'false', 'null', '"a"', '"https://github.com/a/b"', '"\\u00e9\\n\\t\\"x\\\\"', '"\\ud83d\\ude00"', '"{[,]}:"', '""'];
    const space = () => pick(['', ' ', '\n', ' \n  ', '\t']);
    const value = (depth: number): string => {
      const r = rand();
      if (depth > 3 || r < 0.5) return pick(atoms);
      if (r < 0.75) return `[${Array.from({ length: Math.floor(rand() * 4) }, () => space() + value(depth + 1) + space()).join(',')}]`;
      return `{${Array.from({ length: Math.floor(rand() * 4) }, (_, i) => `${space()}"k${i}"${space()}:${space()}${value(depth + 1)}`).join(',')}}`;
    };
    const record = (): string => {
      const links = Array.from({ length: Math.floor(rand() * 6) }, () => space() + value(1) + space());
      const after = Array.from({ length: Math.floor(rand() * 3) }, (_, i) => `"m${i}":${space()}${value(1)}`);
      return `{"source":${space()}"a.txt",${space()}"line": 3,"title": ${pick(atoms)},${space()}"links":${space()}[${links.join(',')}]${after.map((m) => `,${space()}${m}`).join('')}${space()}}`;
    };
    let valid = 0;
    let broken = 0;
    for (let n = 0; n < 3000; n++) {
      let text = record();
      const opened = text.indexOf('"links":') + 8;
      if (rand() < 0.5) {
        // Past the decision (the list's bracket), so the element is still taken for a saved record.
        const at = text.indexOf('[', opened) + 1 + Math.floor(rand() * (text.length - text.indexOf('[', opened)));
        const r = rand();
        if (r < 0.33) text = text.slice(0, at) + text.slice(at + 1);
        else if (r < 0.66) text = text.slice(0, at) + pick([',', '"', '{', '}', '[', ']', ':', '\\', 'e', '-', '.', ' ', '0', 'u']) + text.slice(at);
        else text = text.slice(0, at);
      }
      let want: unknown;
      try {
        want = JSON.parse(text);
      } catch {
        want = undefined;
      }
      const { result, decision } = read(text, 1 + Math.floor(rand() * 40), n);
      expect(decision, text).toBe('saved');
      if (want === undefined) {
        broken++;
        expect(result, text).toEqual({ malformed: true });
        continue;
      }
      valid++;
      // As printed (the links are kept as JSON: -0 comes back 0, as any output writes it).
      expect(JSON.stringify(recordOf(result)), text).toBe(JSON.stringify(want));
    }
    expect(valid).toBeGreaterThan(1500);
    expect(broken).toBeGreaterThan(500);
  });

  it('a link or member too long to hold: left out, said, the rest read', () => {
    tuning.jsonValueHeldBytes = 1000;
    const long = { ...saved, links: [link(0), { ...link(1), raw: 'x'.repeat(2000) }, link(2)], health: { reason: 'y'.repeat(2000) } };
    const { result, problems } = read(JSON.stringify(long), 300);
    const record = recordOf(result);
    expect(record.links).toEqual([link(0), link(2)]);
    expect(record).not.toHaveProperty('health');
    expect(record.id).toBe('x1');
    expect(problems).toEqual(['link 2 of a saved record longer than 1000 characters left out', 'member "health" of a saved record longer than 1000 characters left out']);
  });

  it('a key too long to hold: its member left out and said once, the record kept (before `links` and after)', () => {
    tuning.jsonValueHeldBytes = 1000;
    const key = `k${'é'.repeat(1500)}`;
    for (const [where, text] of [
      ['before links', JSON.stringify({ source: saved.source, line: 3, [key]: { reason: 'z'.repeat(3000) }, links: [link(0)], id: 'x1' })],
      ['after links', JSON.stringify({ source: saved.source, line: 3, links: [link(0)], [key]: 'v', id: 'x1' })],
    ] as const) {
      for (const most of [1, 50, 5000]) {
        const { result, problems, decision } = read(text, most);
        expect(decision, where).toBe('saved');
        expect(recordOf(result), where).toEqual({ source: saved.source, line: 3, links: [link(0)], id: 'x1' });
        expect(problems, where).toEqual(['a key of a saved record longer than 1000 characters: its member left out']);
      }
    }
  });
});
