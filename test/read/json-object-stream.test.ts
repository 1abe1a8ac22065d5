// A JSON object read as its text comes (read/json-object-stream.ts) gives the record the parsed
// object gives (read/json-record.ts recordFromObject), however its text is cut; malformed text is
// refused as JSON.parse refuses it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generate, prng } from '../../bench/extract/generate.js';
import { newRecordBuilder } from '../../src/extract/record.js';
import { JsonObjectStream, type StreamedObject } from '../../src/read/json-object-stream.js';
import { jsonErrorPosition, recordFromObject } from '../../src/read/json-record.js';
import { elementLineOf } from '../../src/read/json-text.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));
const dir = mkdtempSync(path.join(os.tmpdir(), 'object-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `text` fed in pieces of 1 to `most` characters (every escape and literal cut somewhere). */
function streamed(text: string, line: number, most: number, seed = 1): StreamedObject {
  const rand = prng(seed);
  const stream = new JsonObjectStream(newRecordBuilder, 'in.jsonl', line);
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(rand() * most);
    stream.feed(text.slice(at, at + size));
    at += size;
  }
  return stream.finish();
}

/** The record of the parsed object, each string on its line (as a JSON array's element is read: read/json.ts). */
const parsed = (text: string, line: number): PaperRecord => recordFromObject(newRecordBuilder, JSON.parse(text) as Record<string, unknown>, 'in.jsonl', line, elementLineOf(text, line));
const recordOf = (result: StreamedObject): PaperRecord => {
  if (!('record' in result)) throw new Error(`no record: ${JSON.stringify(result)}`);
  return { ...result.record, links: [...result.record.links] };
};

/** Objects with every kind of value, escapes, nesting past MAX_DEPTH and the fields paperFields reads. */
const shapes = [
  { id: 'a1', title: ' A  title\nwrapped ', abstract: 'Code: https://github.com/a/b. Weights https://huggingface.co/a/b', comments: 'see https://a.github.io/p', license: 'https://github.com/not/this' },
  { summary: 'https://github.com/s/s first', title: 'T https://github.com/t/t', extra: { deep: [1, 2.5e3, true, null, 'https://gitlab.com/g/g'] }, abstract: 'Code will be released soon.' },
  { paper: { id: '2401.00001', title: 'Inner', publishedAt: '2024-01-01' }, 'ünï ⭐': 'é \u2028 \ud83d\ude00 "quoted" back\\slash tab\t https://github.com/u/u' },
  { year: 2024, arxiv_id: 2401.5, versions: [{ created: 'Mon, 1 Jan 2024' }], notes: ['https://github.com/n/1', ['https://github.com/n/2']] },
  { date: '  ', published: '2023', title: 42, abstract: 'line\none https://github.com/x/y\nline two' },
  { a: [[[[[[[[[['too deep https://github.com/deep/x']]]]]]]]]], b: [[[[[[[['deep enough https://github.com/deep/y']]]]]]]] },
  { title: 'Dup', abstract: 'https://github.com/first/one', url: 'https://github.com/first/two' },
  // Papers with Code's links between papers and code; a Crossref work (its title a list).
  { paper_url: 'https://paperswithcode.com/paper/x', paper_title: 'PwC Title', paper_arxiv_id: '1706.03762', repo_url: 'https://github.com/p/w', is_official: true },
  { DOI: '10.1/a', title: ['Listed Title', 'A Subtitle'], abstract: '<jats:p>https://github.com/c/r</jats:p>' },
  // OpenReview's notes, its API 2's and 1's.
  { id: 'n2', content: { title: { value: 'Under Review' }, abstract: { value: 'Code: https://github.com/or/two' } } },
  { id: 'n1', content: { title: 'Older API', code: 'https://github.com/or/one' } },
  // Crossref's dates; a dblp hit; a Zenodo record.
  { DOI: '10.1/d', title: ['Dated'], published: { 'date-parts': [[2024, 5, 1]] }, created: { 'date-parts': [[2023, 1, 2]], timestamp: 1 } },
  { title: ['Issued Only'], issued: { 'date-parts': [[2022]] } },
  { '@id': '1', info: { title: 'A dblp Hit', year: '2023', ee: 'https://doi.org/10.1/x' }, url: 'https://dblp.org/rec/x' },
  { id: 7, metadata: { title: 'A Zenodo Record', publication_date: '2021-03-04', description: '<p>Code: https://github.com/z/z</p>' } },
  {},
];

describe('an object read as its text comes', () => {
  for (const [k, shape] of shapes.entries()) {
    for (const text of [JSON.stringify(shape), JSON.stringify(shape, null, 2)]) {
      it(`gives the parsed object's record: shape ${k + 1}, ${text.includes('\n') ? 'pretty-printed' : 'one line'}`, () => {
        const want = parsed(text, 7);
        for (const most of [1, 3, 17, 1000]) expect(recordOf(streamed(text, 7, most, k + most))).toEqual(want);
      });
    }
  }

  it('gives the parsed record for generated arXiv metadata, line by line', async () => {
    const file = path.join(dir, 'papers.jsonl');
    await generate(file, 200_000);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(50);
    lines.forEach((line, i) => expect(recordOf(streamed(line, i + 1, 200, i))).toEqual(parsed(line, i + 1)));
  });

  it('a string too long to hold goes in pieces: the same links and promise, the title still whole', () => {
    Object.assign(tuning, { jsonStreamStringChars: 64, jsonStreamHeldChars: 200 });
    const links = Array.from({ length: 300 }, (_, i) => `https://github.com/o-${i}/r-${i}`);
    const shape = { id: 'big', comments: 'https://github.com/c/c', title: 'Big https://github.com/t/t', abstract: `${links.join(' and ')}; code coming soon`, date: '2024' };
    const text = JSON.stringify(shape);
    const got = recordOf(streamed(text, 3, 50));
    const want = parsed(text, 3);
    expect(got).toMatchObject({ id: 'big', title: 'Big https://github.com/t/t', date: '2024', promised: true, line: 3 });
    // The parsed object's order: the title (held), the abstract as it comes, then comments (held, though it came first).
    expect(got.links.map((l) => l.url)).toEqual(want.links.map((l) => l.url));
    expect(got.links.length).toBe(302);
  });

  const malformed = ['{"a":1,}', '{"a":[1,]}', '{"a" 1}', '{"a":tru}', '{"a":"\\x"}', '{"a":"b\tc"}', '{"a":01}', '{"a":1} x', '{a:1}', '{"a":1', '{"a":"b', '{"a":"\\u12', '{"a":[1 2]}', '{"a":-}'];
  for (const text of malformed) {
    it(`refuses ${JSON.stringify(text)} as JSON.parse does, at the column it gives (when it gives one)`, () => {
      let column: number | null = null;
      try {
        JSON.parse(text);
        throw new Error('parsed');
      } catch (err) {
        const at = jsonErrorPosition(err);
        column = at === null ? null : at + 1;
      }
      for (const most of [1, 4, 100]) {
        const result = streamed(text, 1, most);
        expect(result).toMatchObject({ malformed: true });
        if (column !== null) expect('column' in result && result.column).toBe(column);
      }
    });
  }

  // Random objects — every kind of value, the fields paperFields reads at every depth, escapes —
  // one in two with a character dropped, added or the text cut: refused exactly when JSON.parse
  // accepts them, and then the same record (links in the same order; with strings going in pieces
  // from 3 characters, the same links, promise and fields).
  for (const piecesFrom of [Infinity, 3]) {
    it(`random objects, valid and not: as JSON.parse reads them${piecesFrom === Infinity ? '' : ', strings in pieces'}`, () => {
      if (piecesFrom !== Infinity) Object.assign(tuning, { jsonStreamStringChars: piecesFrom });
      const rand = prng(piecesFrom === Infinity ? 11 : 12);
      const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)]!;
      const atoms = ['0', '-0', '1.5', '1e5', '-2E-3', 'true', 'false', 'null', '"aN"', '"https://github.com/a/bN"', '"see https://gitlab.com/g/hN soon"', '"\\u00e9\\n\\t\\"x\\\\N"', '"\\ud83d\\ude00N"', '"N"', '123456789012345678901234567890'];
      const keys = ['title', 'abstract', 'id', 'paper', 'versions', 'created', 'license', 'x', 'date', 'year', 'comments'];
      // Each string and link different (N): a parsed object's strings have the line of the first
      // literal of their value, and a record keeps the first link to a URL.
      let strings = 0;
      const value = (depth: number): string => {
        const r = rand();
        if (depth > 4 || r < 0.5) return pick(atoms).replace('N', () => String(++strings));
        if (r < 0.75) return `[${Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1)).join(pick([',', ', ', ' ,\n']))}]`;
        return object(depth + 1);
      };
      const object = (depth: number): string => {
        const own = [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => pick(keys)))];
        return `{${own.map((k) => `"${k}"${pick([':', ' : '])}${value(depth)}`).join(',')}}`;
      };
      const mutate = (text: string): string => {
        const at = Math.floor(rand() * (text.length + 1));
        const r = rand();
        if (r < 0.33) return text.slice(0, at) + text.slice(at + 1);
        if (r < 0.66) return text.slice(0, at) + pick([',', '"', '{', '}', '[', ']', ':', '\\', 'e', '-', '.', ' ', '\u00a0', '\u0001', '0', 'u']) + text.slice(at);
        return text.slice(0, at);
      };
      const sorted = (r: PaperRecord) => ({ ...r, links: [...r.links].sort((a, b) => a.url.localeCompare(b.url) || a.line - b.line) });
      let valid = 0;
      for (let n = 0; n < 3000; n++) {
        const text = rand() < 0.5 ? mutate(object(0)) : object(0);
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        const result = streamed(text, 1, 7, n);
        if (!ok) {
          expect(result, text).toMatchObject({ malformed: true });
          continue;
        }
        valid++;
        const want = parsed(text, 1);
        if (piecesFrom === Infinity) expect(recordOf(result), text).toEqual(want);
        else expect(sorted(recordOf(result)), text).toEqual(sorted(want));
      }
      expect(valid).toBeGreaterThan(1500);
    });
  }

  it('says a value that is no object is none', () => {
    expect(streamed('[{"title": "A"}]', 1, 3)).toEqual({ notObject: true });
    expect(streamed('  "text"', 1, 3)).toEqual({ notObject: true });
  });
});
