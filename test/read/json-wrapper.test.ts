// A JSON object too big to read whole is read member by member (read/json-wrapper.ts): the same
// records as read whole, on every path, with memory for one element. tuning.jsonReadWhole is set
// to 0 here so that every object streams, and compared with the same text read whole.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { extractInputs, extractText } from '../../src/extract/index.js';
import { jsonFormatter } from '../../src/report/extract/json.js';
import { WrapperStream } from '../../src/read/json-wrapper.js';
import { invertedAbstract } from '../../src/read/json-record.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';
import { readEveryPath } from '../helpers/every-path.js';

const dir = mkdtempSync(path.join(tmpdir(), 'json-wrapper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const saved = { ...tuning };
afterEach(() => void Object.assign(tuning, saved));

const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.title, p.id ?? null, p.promised, p.links.map((l) => `${l.line}:${l.url}`)]);

/** An API's answer: its own fields (one with a link), two lists of papers, a list of strings. */
const ANSWER = {
  total: 3,
  next: 'https://api.example.org/papers?page=2',
  data: [
    { paperId: 'a1', title: 'First "Quoted, {braced}" Paper \\ with a backslash, \\"', abstract: 'Code at https://github.com/lab/first.' },
    { paperId: 'b2', title: 'Second Paper', abstract: 'We will release the code soon.', url: 'https://github.com/lab/second' },
  ],
  more: [{ paper: { id: '2401.00003', title: 'Third Paper', summary: 'https://github.com/lab/third' } }],
  authors: ['not', 'objects', 'https://github.com/lab/in-a-list-of-strings'],
};

/** The file's record comes first read whole, last streamed; the papers are the same. */
const fileRecordLast = (papers: unknown[]) => [...papers.slice(1), papers[0]];

describe('a JSON object read as it streams', () => {
  it('gives the records it gives read whole, pretty-printed and minified, on every path', async () => {
    for (const [name, text] of [
      ['pretty.json', JSON.stringify(ANSWER, null, 2)],
      ['minified.json', JSON.stringify(ANSWER)],
    ] as const) {
      const whole = extractText(text, path.join(dir, name), 'json');
      expect(brief(whole.papers)).toHaveLength(4);
      tuning.jsonReadWhole = 0;
      const streamed = await readEveryPath(path.join(dir, name), text, 'json', brief);
      expect(streamed.problems).toEqual([]);
      expect(brief(streamed.papers)).toEqual(fileRecordLast(brief(whole.papers)));
      Object.assign(tuning, saved);
    }
  });

  it('reads a minified object in pieces of any size, whatever a piece ends on (an escape, a key, a quote)', async () => {
    const text = JSON.stringify(ANSWER);
    const whole = brief(extractText(text, 'a.json', 'json').papers);
    for (let pieceBytes = 1; pieceBytes <= 24; pieceBytes++) {
      Object.assign(tuning, { jsonReadWhole: 0, linePieceBytes: pieceBytes, readChunkBytes: pieceBytes });
      const bytes = Buffer.from(text);
      const chunks = Array.from({ length: Math.ceil(bytes.length / pieceBytes) }, (_, i) => bytes.subarray(i * pieceBytes, (i + 1) * pieceBytes));
      const read = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from(chunks) });
      expect(read.problems, `pieces of ${pieceBytes}`).toEqual([]);
      expect(brief(read.papers), `pieces of ${pieceBytes}`).toEqual(fileRecordLast(whole));
    }
  });

  it('starts streaming where the held text passes tuning.jsonReadWhole, with the same records', async () => {
    const text = JSON.stringify(ANSWER, null, 2);
    const whole = brief(extractText(text, 'a.json', 'json').papers);
    for (const limit of [10, 100, 200, 400]) {
      tuning.jsonReadWhole = limit;
      expect(brief(extractText(text, 'a.json', 'json').papers), `from ${limit} characters`).toEqual(fileRecordLast(whole));
    }
  });

  it('reads an object that is a paper itself as one record, its lists its text', () => {
    const paper = JSON.stringify({ title: 'A Paper', authors: [{ name: 'X', title: 'Dr' }], url: 'https://github.com/x/y' }, null, 2);
    const whole = extractText(paper, 'p.json', 'json').papers;
    tuning.jsonReadWhole = 0;
    const streamed = extractText(paper, 'p.json', 'json').papers;
    expect(brief(streamed)).toEqual(brief(whole));
    expect(streamed.map((p) => p.title)).toEqual(['A Paper']);
  });

  it('hands on a saved extract result record by record, its repositories made again from them', async () => {
    const input = path.join(dir, 'list.md');
    const list = ['# Papers', '', '- [First](https://arxiv.org/abs/2401.00001) [Code](https://github.com/lab/first)', '- [Second](https://arxiv.org/abs/2401.00002): code coming soon', '- [Third](https://github.com/lab/first/tree/main/src)', ''].join('\n');
    const original = await readEveryPath(input, list, 'markdown', brief);
    const format = jsonFormatter();
    const repos = (await extractInputs([input])).repos;
    const savedResult = `${format.begin()}${original.papers.map((p, i) => format.paper(p, i)).join('')}${[...format.end(repos)].join('')}`;
    const file = path.join(dir, 'saved.json');
    const readWhole = await readEveryPath(file, savedResult, 'json', (papers) => papers);
    tuning.jsonReadWhole = 0;
    const streamed = await readEveryPath(file, savedResult, 'json', (papers) => papers);
    expect(streamed.papers).toEqual(original.papers);
    expect(streamed.papers).toEqual(readWhole.papers);
    expect(streamed.problems).toEqual([]);
    expect((await extractInputs([file])).repos).toEqual(repos);
  });

  it('gives a link repeated in two papers the line of each (read whole: the first paper\'s line)', () => {
    const abstract = 'Code at https://github.com/lab/shared.';
    const text = JSON.stringify({ data: [{ title: 'One', abstract }, { title: 'Two', abstract }] }, null, 2);
    tuning.jsonReadWhole = 0;
    expect(brief(extractText(text, 'a.json', 'json').papers)).toEqual([
      [4, 'One', null, false, ['5:https://github.com/lab/shared']],
      [8, 'Two', null, false, ['9:https://github.com/lab/shared']],
    ]);
  });

  it('skips a malformed element or member with one line naming it and reads the rest', async () => {
    const text = [
      '{',
      '  "total": 3,',
      '  "broken": nope,',
      '  "data": [',
      '    {"title": "One", "url": "https://github.com/lab/one"},',
      '    {"title": "Two", "url": "https://github.com/lab/two",,},',
      '    {"title": "Three", "url": "https://github.com/lab/three"}',
      '  ]',
      '}',
      '',
    ].join('\n');
    tuning.jsonReadWhole = 0;
    const read = await readEveryPath(path.join(dir, 'malformed.json'), text, 'json', brief);
    expect(read.problems).toEqual(['3: malformed JSON value of "broken" skipped', '6: malformed JSON array element skipped']);
    expect(brief(read.papers)).toEqual([
      [5, 'One', null, false, ['5:https://github.com/lab/one']],
      [7, 'Three', null, false, ['7:https://github.com/lab/three']],
    ]);
  });

  it('keeps what it read when the object breaks off, is not closed or is followed by text', async () => {
    const paper = (n: number) => `    {"title": "P${n}", "url": "https://github.com/lab/p${n}"}`;
    const cases: [string, string, string[], string[]][] = [
      // Punctuation that is not JSON's: what came before stays.
      ['punctuation.json', ['{', '  "data": [', `${paper(1)},`, `${paper(2)}`, '  ]', '  "next" 1', '}'].join('\n'), ['P1', 'P2'], ['6: malformed JSON; the rest of the input skipped']],
      // Cut off inside an element: the element is tried as it is.
      ['truncated.json', ['{', '  "data": [', `${paper(1)},`, '    {"title": "P2", "url": "https://github.com/lab/'].join('\n'), ['P1'], ['4: malformed JSON array element skipped', '4: the input ends inside the JSON object']],
      ['after.json', ['{', '  "data": [', `${paper(1)}`, '  ]', '}', 'trailing words'].join('\n'), ['P1'], ['6: text after the JSON object ignored']],
      ['not-an-object.json', '"a string, no object"', [], ['1: JSON input is neither an object nor an array of objects']],
    ];
    tuning.jsonReadWhole = 0;
    for (const [name, text, titles, problems] of cases) {
      const read = await readEveryPath(path.join(dir, name), text, 'json', brief);
      expect(read.papers.filter((p) => p.title !== null).map((p) => p.title), name).toEqual(titles);
      expect(read.problems, name).toEqual(problems);
    }
  });
});

/**
 * Papers keyed by their ids, as dumps write them: besides, a member with a link (the file's
 * record), one with none, and an object without a title (no paper: it stays with the file).
 */
const BY_ID = {
  version: 3,
  homepage: 'https://example.org/dump',
  '2401.00001': { title: 'First Paper', abstract: 'Code at https://github.com/lab/first.' },
  '2401.00002': { id: 'own-id', title: 'Second Paper', abstract: 'We will release the code soon.' },
  stats: { count: 3, mirror: 'https://github.com/lab/mirror' },
  '2401.00003': { paper: { title: 'Third Paper' }, summary: 'See https://github.com/lab/third' },
};

describe('an object of papers keyed by id', () => {
  it('gives each paper its record, its key its id when it has none, read whole and as it streams', async () => {
    const text = JSON.stringify(BY_ID, null, 2);
    const whole = extractText(text, path.join(dir, 'by-id.json'), 'json');
    expect(brief(whole.papers)).toEqual([
      // What the object says besides the papers: the file's record, as a wrapper's.
      [1, null, null, false, ['3:https://example.org/dump', '15:https://github.com/lab/mirror']],
      [5, 'First Paper', '2401.00001', false, ['6:https://github.com/lab/first']],
      [10, 'Second Paper', 'own-id', true, []],
      [19, 'Third Paper', '2401.00003', false, ['21:https://github.com/lab/third']],
    ]);
    tuning.jsonReadWhole = 0;
    const streamed = await readEveryPath(path.join(dir, 'by-id.json'), text, 'json', brief);
    expect(streamed.problems).toEqual([]);
    expect(brief(streamed.papers)).toEqual(fileRecordLast(brief(whole.papers)));
  });

  it('takes papers under integer-like keys in the order of the text, each on the line of its title (JSON.parse puts such keys first)', async () => {
    const text = ['{', '  "12": {"title": "Twelve", "url": "https://github.com/lab/twelve"},', '  "note": "https://example.org/n",', '  "3": {', '    "title": "Three",', '    "url": "https://github.com/lab/three"', '  }', '}', ''].join('\n');
    const whole = extractText(text, path.join(dir, 'integer-keys.json'), 'json');
    expect(brief(whole.papers)).toEqual([
      [1, null, null, false, ['3:https://example.org/n']],
      [2, 'Twelve', '12', false, ['2:https://github.com/lab/twelve']],
      [5, 'Three', '3', false, ['6:https://github.com/lab/three']],
    ]);
    tuning.jsonReadWhole = 0;
    expect(brief((await readEveryPath(path.join(dir, 'integer-keys.json'), text, 'json', brief)).papers)).toEqual(fileRecordLast(brief(whole.papers)));
  });

  it('reads an object with a title of its own as one paper, its members its text', async () => {
    const text = JSON.stringify({ title: 'A Dataset', '2401.00001': BY_ID['2401.00001'] }, null, 2);
    const whole = extractText(text, path.join(dir, 'titled.json'), 'json');
    expect(brief(whole.papers)).toEqual([[1, 'A Dataset', null, false, ['5:https://github.com/lab/first']]]);
    tuning.jsonReadWhole = 0;
    expect(brief((await readEveryPath(path.join(dir, 'titled.json'), text, 'json', brief)).papers)).toEqual(brief(whole.papers));
  });

  it("takes no member that is a paper's own field for a paper (`paper`, `versions`, ids, dates)", () => {
    // Hugging Face's daily papers put the paper under `paper`: one record, titled by it.
    const text = JSON.stringify({ paper: { id: '2401.00009', title: 'Under Paper' }, date: { title: 'not a paper' }, numComments: 2, url: 'https://github.com/lab/hf' });
    expect(brief(extractText(text, 'hf.json', 'json').papers)).toEqual([[1, 'Under Paper', '2401.00009', false, ['1:https://github.com/lab/hf']]]);
  });
});

/**
 * A GraphQL answer: its papers two objects down (`data.search.nodes`), a list of papers beside them
 * one down, and what it says besides (a link in `rateLimit`, a titled venue that is no paper).
 */
const GRAPHQL = {
  data: {
    search: {
      issueCount: 2,
      nodes: [
        { title: 'First Nested', abstract: 'Code at https://github.com/lab/first-nested.' },
        { title: 'Second Nested', abstract: 'We will release the code soon.' },
      ],
    },
    venue: { title: 'A Venue', url: 'https://example.org/venue' },
    recent: [{ title: 'Third Nested', url: 'https://github.com/lab/third-nested' }],
  },
  rateLimit: { cost: 1, docs: 'https://example.org/rate-limits' },
};

describe('an answer wrapping its papers in nested objects', () => {
  it('gives each paper its record, read whole, member by member, and with the nested object too long to hold', async () => {
    const text = JSON.stringify(GRAPHQL, null, 2);
    const whole = extractText(text, path.join(dir, 'graphql.json'), 'json');
    expect(brief(whole.papers)).toEqual([
      // What the answer says besides, nested or not: the file's record (the venue is no paper below the answer's own object).
      [1, null, null, false, ['18:https://example.org/venue', '29:https://example.org/rate-limits']],
      [7, 'First Nested', null, false, ['8:https://github.com/lab/first-nested']],
      [11, 'Second Nested', null, true, []],
      [22, 'Third Nested', null, false, ['23:https://github.com/lab/third-nested']],
    ]);
    tuning.jsonReadWhole = 0;
    const held = await readEveryPath(path.join(dir, 'graphql.json'), text, 'json', brief);
    expect(held.problems).toEqual([]);
    expect(brief(held.papers)).toEqual(fileRecordLast(brief(whole.papers)));
    // `data` too long to hold: read member by member as it comes (json-wrapper.ts readNested), the same records.
    tuning.jsonValueHeldBytes = 200;
    const nested = vi.spyOn(WrapperStream.prototype as unknown as { readNested(): void }, 'readNested');
    const streamed = await readEveryPath(path.join(dir, 'graphql.json'), text, 'json', brief);
    expect(nested).toHaveBeenCalled();
    nested.mockRestore();
    expect(streamed.problems).toEqual([]);
    expect(brief(streamed.papers)).toEqual(fileRecordLast(brief(whole.papers)));
  });

  it("reads a GraphQL connection's edges, each paper under `node`", async () => {
    const text = JSON.stringify({ data: { search: { edges: [
      { cursor: 'c1', node: { id: 'p1', title: 'Edge One', abstract: 'https://github.com/lab/edge-one' } },
      { cursor: 'c2', node: { id: 'p2', title: 'Edge Two', abstract: 'Code coming soon.' } },
    ] } } }, null, 2);
    const whole = brief(extractText(text, path.join(dir, 'edges.json'), 'json').papers);
    expect(whole).toEqual([
      [9, 'Edge One', 'p1', false, ['10:https://github.com/lab/edge-one']],
      [17, 'Edge Two', 'p2', true, []],
    ]);
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 40 });
    expect(brief((await readEveryPath(path.join(dir, 'edges.json'), text, 'json', brief)).papers)).toEqual(whole);
  });

  it('looks no deeper than json-papers.ts MAX_WRAPPER_DEPTH: a list five objects down is text', async () => {
    const list = [{ title: 'Deep', url: 'https://github.com/lab/deep' }];
    for (const [depth, document] of [
      [4, { a: { b: { c: { nodes: list } } } }],
      [5, { a: { b: { c: { d: { nodes: list } } } } }],
    ] as const) {
      const text = JSON.stringify(document, null, 2);
      const whole = brief(extractText(text, 'deep.json', 'json').papers);
      expect(whole.map(([, title]) => title), `depth ${depth}`).toEqual(depth === 4 ? ['Deep'] : [null]);
      Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 20 });
      expect(brief(extractText(text, 'deep.json', 'json').papers), `depth ${depth}, as it comes`).toEqual(whole);
      Object.assign(tuning, saved);
    }
  });

  it('reads an object with a title of its own in it as a paper keyed by its id, its lists its text, held or not', () => {
    const text = JSON.stringify({ total: 1, result: { title: 'A Collection', items: [{ title: 'Inside', url: 'https://github.com/lab/inside' }] } }, null, 2);
    const whole = brief(extractText(text, 'titled-nested.json', 'json').papers);
    expect(whole).toEqual([[4, 'A Collection', 'result', false, ['8:https://github.com/lab/inside']]]);
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 20 });
    expect(brief(extractText(text, 'titled-nested.json', 'json').papers)).toEqual(whole);
  });

  it('reads a paper keyed by its id too long to hold as a paper, its own long member and all', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `https://github.com/lab/r${i}`).join(' ');
    const text = JSON.stringify({ total: 1, p1: { title: 'Big', abstract: `Code: ${links}`, year: 2024 } }, null, 2);
    const whole = brief(extractText(text, 'big-by-id.json', 'json').papers);
    expect(whole).toEqual([[4, 'Big', 'p1', false, links.split(' ').map((url) => `5:${url}`)]]);
    // The abstract alone is past the limit where its line comes in pieces (readEveryPath): it goes
    // to the paper's own record as it comes.
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 200 });
    const intoFile = vi.spyOn(WrapperStream.prototype as unknown as { intoFileRecord(): void }, 'intoFileRecord');
    const read = await readEveryPath(path.join(dir, 'big-by-id.json'), text, 'json', brief);
    expect(intoFile).toHaveBeenCalled();
    intoFile.mockRestore();
    expect(brief(read.papers)).toEqual(whole);
  });

  it('reads a malformed document member by member, read whole too: what is whole is kept, the break said on its line', async () => {
    const text = ['{', '  "data": {"items": [', '    {"title": "One", "url": "https://github.com/lab/one"},', '    {"title": "Two",, "url": "https://github.com/lab/two"},', '    {"title": "Three", "url": "https://github.com/lab/three"}', '  ]},', '  "next": "https://example.org/page-2"', '}', ''].join('\n');
    // Under the default limits every path reads it whole first, then member by member.
    const read = await readEveryPath(path.join(dir, 'broken-nested.json'), text, 'json', brief);
    expect(read.problems).toEqual(['4: malformed JSON array element skipped']);
    expect(brief(read.papers)).toEqual([
      [3, 'One', null, false, ['3:https://github.com/lab/one']],
      [5, 'Three', null, false, ['5:https://github.com/lab/three']],
      [1, null, null, false, ['7:https://example.org/page-2']],
    ]);
  });
});

describe("the title and id fields of the datasets papers are listed in", () => {
  it("reads Papers with Code's links between papers and code (`paper_title`, `paper_arxiv_id`) and Crossref's works (`title` a list, `DOI`)", async () => {
    const pwc = [
      { paper_url: 'https://paperswithcode.com/paper/a', paper_title: 'Attention', paper_arxiv_id: '1706.03762', repo_url: 'https://github.com/t/t2t', is_official: true },
      { paper_url: 'https://paperswithcode.com/paper/b', paper_title: 'BERT', paper_arxiv_id: null, repo_url: 'https://github.com/g/bert', is_official: true },
    ];
    const crossref = { status: 'ok', message: { 'total-results': 2, items: [
      { DOI: '10.1/a', title: ['Listed Title', 'A Subtitle'], abstract: '<jats:p>Code: https://github.com/c/r</jats:p>' },
      { DOI: '10.1/b', title: ['Promised Title'], abstract: '<jats:p>Code will be released soon.</jats:p>' },
    ] } };
    const titles = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.title, p.id ?? null]);
    const pwcText = JSON.stringify(pwc, null, 2);
    expect(titles((await readEveryPath(path.join(dir, 'pwc.json'), pwcText, 'json', brief)).papers)).toEqual([
      [2, 'Attention', '1706.03762'],
      [9, 'BERT', null],
    ]);
    const crossrefText = JSON.stringify(crossref, null, 2);
    const whole = extractText(crossrefText, path.join(dir, 'crossref.json'), 'json').papers;
    expect(titles(whole)).toEqual([
      [9, 'Listed Title', '10.1/a'],
      [17, 'Promised Title', '10.1/b'],
    ]);
    expect(whole.map((p) => p.promised)).toEqual([false, true]);
    // As it comes, the answer's items too long to hold: read by read/json-object-stream.ts, on their titles' lines.
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 20 });
    expect(brief((await readEveryPath(path.join(dir, 'crossref.json'), crossrefText, 'json', brief)).papers)).toEqual(brief(whole));
  });

  it("reads Crossref's dates, dblp's search hits (the paper under `info`) and Zenodo's records (under `metadata`)", async () => {
    const crossref = { message: { items: [
      { DOI: '10.1/a', title: ['Published'], published: { 'date-parts': [[2024, 5, 1]] }, created: { 'date-parts': [[2023, 1, 2]] } },
      { DOI: '10.1/b', title: ['Issued'], issued: { 'date-parts': [[2022, 11]] }, created: { 'date-parts': [[2021, 1, 2]] } },
    ] } };
    const dblp = { result: { hits: { '@total': '1', hit: [{ '@id': '7', info: { title: 'A dblp Hit.', year: '2023', key: 'conf/x/Hit23', ee: 'https://github.com/d/b' }, url: 'https://dblp.org/rec/x' }] } } };
    const zenodo = { hits: { hits: [{ id: 9, metadata: { title: 'A Zenodo Record', publication_date: '2021-03-04', description: '<p>Code will be released soon.</p>' } }] } };
    const read = (document: unknown) => extractText(JSON.stringify(document, null, 2), 'api.json', 'json').papers.map((p) => [p.title, p.date, p.id ?? null, p.promised]);
    expect(read(crossref)).toEqual([
      ['Published', '2024-05-01', '10.1/a', false],
      ['Issued', '2022-11', '10.1/b', false],
    ]);
    expect(read(dblp)).toEqual([['A dblp Hit.', '2023', 'conf/x/Hit23', false]]);
    expect(read(zenodo)).toEqual([['A Zenodo Record', '2021-03-04', '9', true]]);
    // As it comes, each paper too long to hold: the same.
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 20 });
    expect(read(crossref)).toEqual([
      ['Published', '2024-05-01', '10.1/a', false],
      ['Issued', '2022-11', '10.1/b', false],
    ]);
    expect(read(dblp)).toEqual([['A dblp Hit.', '2023', 'conf/x/Hit23', false]]);
    expect(read(zenodo)).toEqual([['A Zenodo Record', '2021-03-04', '9', true]]);
  });

  it("reads OpenReview's notes, the paper under `content` (its API 2 writes each field as `{\"value\": …}`)", async () => {
    const notes = { count: 2, notes: [
      { id: 'n2', forum: 'n2', content: { title: { value: 'Under Review' }, abstract: { value: 'We will release the code soon.' }, venue: { value: 'ICLR 2024' } } },
      { id: 'n1', content: { title: 'Older API', abstract: 'see https://github.com/or/one' } },
    ] };
    const text = JSON.stringify(notes, null, 2);
    const whole = extractText(text, path.join(dir, 'openreview.json'), 'json').papers;
    expect(brief(whole)).toEqual([
      [9, 'Under Review', 'n2', true, []],
      [22, 'Older API', 'n1', false, ['23:https://github.com/or/one']],
    ]);
    // As it comes, the notes too long to hold: read by read/json-object-stream.ts, on their titles' lines.
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 20 });
    expect(brief((await readEveryPath(path.join(dir, 'openreview.json'), text, 'json', brief)).papers)).toEqual(brief(whole));
  });
});

describe("OpenAlex's abstracts, given as each word's places", () => {
  const work = (n: number, words: Record<string, number[]>) => ({ id: `https://openalex.org/W${n}`, title: `Work ${n}`, publication_year: 2024, abstract_inverted_index: words });
  const answer = {
    meta: { count: 2 },
    results: [
      work(1, { Code: [0], is: [1], at: [2], 'https://github.com/lab/one.': [3] }),
      // "The code will be released soon. Our code …": a word in two places, and the places out of order.
      work(2, { soon: [5], The: [0], code: [1, 7], will: [2], be: [3], released: [4], 'Our': [6] }),
    ],
  };

  it('reads each abstract in its words\' order: its links and its promise, in JSON, JSON Lines and an answer read as it comes', async () => {
    const text = JSON.stringify(answer, null, 2);
    const whole = extractText(text, path.join(dir, 'openalex.json'), 'json').papers;
    const seen = (papers: PaperRecord[]) => papers.map((p) => [p.title, p.promised, p.links.filter((l) => l.url.includes('github')).map((l) => l.url)]);
    expect(seen(whole)).toEqual([
      ['Work 1', false, ['https://github.com/lab/one']],
      ['Work 2', true, []],
    ]);
    tuning.jsonReadWhole = 0;
    expect(seen((await readEveryPath(path.join(dir, 'openalex.json'), text, 'json', brief)).papers)).toEqual(seen(whole));
    // OpenAlex's snapshot is JSON Lines.
    const lines = answer.results.map((w) => JSON.stringify(w)).join('\n');
    expect(seen(extractText(lines, 'works.jsonl', 'jsonl').papers)).toEqual(seen(whole));
  });

  it('leaves out places that are no whole numbers, and makes no string of a far place\'s length', () => {
    expect(invertedAbstract({ a: [2], b: [0], c: [1e12], d: [-1, 1.5, '3', null], e: 'x', f: [1] })).toBe('d b f a c');
  });
});

describe('what is held counts members, not only characters', () => {
  it('reads a document of many tiny members member by member, as its members would cost read whole', () => {
    // ~600 characters, but 52 members, 2 objects and a list: each `:`, `{` and `[` counts 24 more (read/json.ts wholeCost), ~1,900 in all.
    const members = Array.from({ length: 50 }, (_, i) => `"k${i}": 1`).join(', ');
    const text = `{"url": "https://github.com/a/file", ${members}, "data": [{"title": "T", "url": "https://github.com/t/t"}]}`;
    expect(text.length).toBeLessThan(1000);
    tuning.jsonReadWhole = 1000;
    // Member by member, the file's record comes last (read whole, first).
    expect(brief(extractText(text, 'tiny.json', 'json').papers).map(([, title]) => title)).toEqual(['T', null]);
    tuning.jsonReadWhole = 3000;
    expect(brief(extractText(text, 'tiny.json', 'json').papers).map(([, title]) => title)).toEqual([null, 'T']);
  });

  it('counts a held member by its key and a member\'s own cost too: tiny members go to the file\'s record past jsonValueHeldBytes', () => {
    const members = Array.from({ length: 100 }, (_, i) => `"k${i}": ${i === 70 ? '"https://github.com/a/late"' : '1'}`).join(',\n');
    const text = `{\n"url": "https://github.com/a/first",\n${members}\n}\n`;
    const whole = brief(extractText(text, 'held.json', 'json').papers);
    Object.assign(tuning, { jsonReadWhole: 0, jsonValueHeldBytes: 2000 });
    const now = vi.spyOn(WrapperStream.prototype as unknown as { intoFileRecordNow(): void }, 'intoFileRecordNow');
    const streamed = brief(extractText(text, 'held.json', 'json').papers);
    // 100 values of a character or so: held whole, were they counted by their characters alone.
    expect(now.mock.calls.length).toBeGreaterThan(50);
    now.mockRestore();
    expect(streamed).toEqual(whole);
    expect(whole).toEqual([[1, null, null, false, ['2:https://github.com/a/first', '73:https://github.com/a/late']]]);
  });
});
