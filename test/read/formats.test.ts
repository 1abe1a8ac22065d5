import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInputs, extractText } from '../../src/extract/index.js';
import { detectFormat } from '../../src/read/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';

const FIX = 'test/fixtures/extract';
const read = (name: string) => readFileSync(`${FIX}/${name}`, 'utf8');
const links = (p: { links: { url: string; line: number }[] }) => p.links.map((l) => `${l.line}:${l.url}`);

describe('JSON Lines', () => {
  it('one record per object, malformed lines reported by number and skipped', async () => {
    const run = await extractInputs([`${FIX}/arxiv.jsonl`]);
    expect(run.papers.map((p) => p.id)).toEqual(['2401.00001', '2401.00003', '2401.00004']);
    expect(run.papers.map((p) => p.line)).toEqual([1, 4, 6]);
    expect(run.papers.map(links)).toEqual([['1:https://github.com/a/one'], ['4:https://huggingface.co/datasets/org/set'], ['6:https://gitlab.com/g/sub/p']]);
    expect(run.papers[0]).toMatchObject({ title: 'Paper one', date: '2024-01-02', promised: false });
    expect(run.papers[1]).toMatchObject({ date: 'Mon, 1 Jan 2024', promised: true });
    expect(run.problems.map((p) => [p.line, p.message])).toEqual([
      [2, expect.stringMatching(/^test\/fixtures\/extract\/arxiv\.jsonl:2: malformed JSON line skipped/)],
      [5, `${FIX}/arxiv.jsonl:5: JSON line is not an object; skipped`],
    ]);
  });

  it('never echoes the bad line (it may hold a credential)', async () => {
    const { Readable } = await import('node:stream');
    const stdin = Readable.from(['{"a": "https://u:s3cret@github.com/o/r" oops}\n']);
    const run = await extractInputs(['-'], { inputFormat: 'jsonl', stdin });
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]!.message).toMatch(/^-:1: malformed JSON line skipped/);
    expect(JSON.stringify(run)).not.toContain('s3cret');
  });
});

describe('JSON documents', () => {
  it('one record per array element, links on their own lines', () => {
    const r = extractText(read('arxiv.json'), 'arxiv.json');
    expect(r.papers.map((p) => [p.line, p.title])).toEqual([[2, 'Pretty printed'], [8, 'Second']]);
    expect(r.papers.map(links)).toEqual([['5:https://github.com/b/pretty'], ['12:https://codeberg.org/c/escaped']]);
  });

  it('hands a saved extract result back unchanged', () => {
    const saved = extractText(read('awesome.md'), 'awesome.md');
    expect(extractText(JSON.stringify(saved), 'saved.json')).toEqual(saved);
  });

  it('reports malformed JSON with its line', async () => {
    const { Readable } = await import('node:stream');
    const run = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from(['[\n{"a": 1},\n{"b": }\n]']) });
    expect(run.problems.map((p) => p.message)).toEqual(["-:3: malformed JSON array element skipped"]);
    expect(run.papers).toHaveLength(1);
  });

  it('reads an array element by element: brackets in strings, a truncated end, text after the array', async () => {
    const { Readable } = await import('node:stream');
    const read = (text: string) => extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from([text]) });
    const tricky = '[\n  {"title": "a ] , { \\" b", "url": "https://github.com/a/one"},\n  {\n    "title": "two",\n    "code": "https://github.com/a/two"\n  }\n]\n';
    const ok = await read(tricky);
    expect(ok.problems).toEqual([]);
    expect(ok.papers.map((p) => [p.line, p.title, p.links.map((l) => `${l.line}:${l.url}`)])).toEqual([
      [2, 'a ] , { " b', ['2:https://github.com/a/one']],
      [3, 'two', ['5:https://github.com/a/two']],
    ]);
    // Cut off inside the third element: the first two are kept, the third is reported by its line.
    const truncated = await read('[\n{"title": "x", "u": "https://github.com/a/x"},\n{"title": "y"},\n{"title": "z", "u": "https://gi');
    expect(truncated.papers.map((p) => p.title)).toEqual(['x', 'y']);
    expect(truncated.problems.map((p) => p.message)).toEqual(['-:4: malformed JSON array element skipped']);
    // Text after the closing bracket is named; the array's records stay.
    const trailing = await read('[{"title": "x"}, 7]\n\nnot json\n');
    expect(trailing.papers.map((p) => p.title)).toEqual(['x']);
    expect(trailing.problems.map((p) => p.message)).toEqual(['-:1: array element 2 is not an object; skipped', '-:3: text after the JSON array ignored']);
  });

  it('skips strings whatever runs of backslashes they hold, and finds the line of an escaped link', async () => {
    const { Readable } = await import('node:stream');
    // In the JSON text: `\\\\` is two backslashes (one in the value), `\\\\\\"` three and a quote.
    const text = [
      '[',
      '  {',
      '    "title": "Back\\\\slash \\" quoted, [not] {an} element",',
      '    "abstract": "ends in a backslash \\\\",',
      '    "code": "https://github.com/a/one"',
      '  },',
      '  {"title": "odd \\\\\\" run ] ,", "url": "https://github.com/a/two"},',
      '  {',
      '    "notes": ["\\"https://github.com/a/three\\"", "x \\\\"],',
      '    "abstract": "see https://github.com/a/four"',
      '  }',
      ']',
      '',
    ].join('\n');
    const expected = [
      [2, 'Back\\slash " quoted, [not] {an} element', ['5:https://github.com/a/one']],
      [7, 'odd \\" run ] ,', ['7:https://github.com/a/two']],
      [8, null, ['10:https://github.com/a/four', '9:https://github.com/a/three']],
    ];
    const streamedRun = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from([text]) });
    expect(streamedRun.problems).toEqual([]);
    expect(streamedRun.papers.map((p) => [p.line, p.title, p.links.map((l) => `${l.line}:${l.url}`)])).toEqual(expected);
    // A document that is one object goes through the same string scan.
    const object = ['{', '  "notes": ["\\"https://github.com/a/three\\"", "x \\\\"],', '  "abstract": "see https://github.com/a/four"', '}', ''].join('\n');
    const one = extractText(object, 'one.json', 'json');
    expect(one.papers.map((p) => p.links.map((l) => `${l.line}:${l.url}`))).toEqual([['3:https://github.com/a/four', '2:https://github.com/a/three']]);
  });

  it('reads an object wrapping lists of papers (as APIs answer) as one record per paper, pretty-printed or minified', async () => {
    const { Readable } = await import('node:stream');
    const wrapper = {
      total: 3,
      next: 'https://api.example.org/papers?page=2',
      data: [
        { paperId: 'a1', title: 'First Paper', abstract: 'Code at https://github.com/lab/first.' },
        { paperId: 'b2', title: 'Second Paper', abstract: 'We will release the code soon.', url: 'https://github.com/lab/second' },
      ],
      // Daily-papers style: the title inside `paper`.
      more: [{ paper: { id: '2401.00003', title: 'Third Paper', summary: 'https://github.com/lab/third' } }],
      authors: ['not', 'objects'],
    };
    const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.title, p.id ?? null, p.promised, p.links.map((l) => `${l.line}:${l.url}`)]);
    const pretty = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from([JSON.stringify(wrapper, null, 2)]) });
    expect(pretty.problems).toEqual([]);
    expect(brief(pretty.papers)).toEqual([
      // The wrapper's own link: the file's record, first.
      [1, null, null, false, ['3:https://api.example.org/papers?page=2']],
      [7, 'First Paper', 'a1', false, ['8:https://github.com/lab/first']],
      [12, 'Second Paper', 'b2', true, ['14:https://github.com/lab/second']],
      // Title and id from its `paper`, as Hugging Face's daily papers nest them.
      [21, 'Third Paper', '2401.00003', false, ['22:https://github.com/lab/third']],
    ]);
    const minified = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from([JSON.stringify(wrapper)]) });
    const onLineOne = brief(pretty.papers).map(([, title, id, promised, links]) => [1, title, id, promised, (links as string[]).map((l) => l.replace(/^\d+:/, '1:'))]);
    expect(brief(minified.papers)).toEqual(onLineOne);
    // Minified, its one line comes in pieces (a long one is never skipped): the same records.
    const saved = { ...tuning };
    Object.assign(tuning, { linePieceBytes: 16, readChunkBytes: 7 });
    try {
      const bytes = Buffer.from(JSON.stringify(wrapper));
      const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
      const inPieces = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from(chunks) });
      expect(inPieces.problems).toEqual([]);
      expect(brief(inPieces.papers)).toEqual(onLineOne);
    } finally {
      Object.assign(tuning, saved);
    }
    // A paper of its own (it has a title), and an object whose arrays hold no titled objects: one record each, as before.
    const paper = extractText(JSON.stringify({ title: 'A Paper', authors: [{ name: 'X', title: 'Dr' }], url: 'https://github.com/x/y' }), 'p.json', 'json');
    expect(paper.papers.map((p) => p.title)).toEqual(['A Paper']);
    const plain = extractText(JSON.stringify({ name: 'n', items: [{ url: 'https://github.com/x/a' }, { url: 'https://github.com/x/b' }] }), 'p.json', 'json');
    expect(plain.papers.map((p) => p.links.length)).toEqual([2]);
  });

  it('takes what a record lacks from its `paper` (Hugging Face daily papers) and knows the APIs\' date fields', () => {
    const daily = JSON.stringify({ paper: { id: '2401.00001', title: 'Daily  Paper', publishedAt: '2024-01-02T00:00:00.000Z', summary: 'https://github.com/lab/daily' }, numComments: 3 });
    const s2 = JSON.stringify({ paperId: 'abc', title: 'S2 Paper', year: 2023, publicationDate: '2023-05-06', abstract: 'https://github.com/lab/s2' });
    const run = extractText(`${daily}\n${s2}\n`, 'api.jsonl', 'jsonl');
    expect(run.papers.map((p) => [p.title, p.id, p.date, p.links.map((l) => l.url)])).toEqual([
      ['Daily Paper', '2401.00001', '2024-01-02T00:00:00.000Z', ['https://github.com/lab/daily']],
      // The more precise date before the year.
      ['S2 Paper', 'abc', '2023-05-06', ['https://github.com/lab/s2']],
    ]);
  });

  it('gives a link the line of the first string with its value, whatever order the fields are read in', async () => {
    const { Readable } = await import('node:stream');
    // The abstract is read first (it comes first in a record's text); its value is also the code
    // field's, two lines above; the link's line is the first string's. Strings without a link are
    // never looked up, and a later lookup finds the strings read past before.
    const text = ['[', '  {', '    "code": "https://github.com/a/same",', '    "homepage": "https://example.org/x",', '    "abstract": "https://github.com/a/same",', '    "notes": "see https://gitlab.com/g/p"', '  }', ']', ''].join('\n');
    const run = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from([text]) });
    expect(run.papers.map((p) => p.links.map((l) => `${l.line}:${l.url}`))).toEqual([['3:https://github.com/a/same', '4:https://example.org/x', '6:https://gitlab.com/g/p']]);
    // Many dotted strings read past before the one looked for (they are then held in a Map).
    const many = Array.from({ length: 20 }, (_, k) => `    "f${k}": "x${k}.y",`);
    const long = ['[', '  {', ...many, '    "code": "https://github.com/a/late",', '    "abstract": "https://github.com/a/late",', '    "notes": "see https://gitlab.com/g/p"', '  }', ']', ''].join('\n');
    const longRun = await extractInputs(['-'], { inputFormat: 'json', stdin: Readable.from([long]) });
    expect(longRun.papers.map((p) => p.links.map((l) => `${l.line}:${l.url}`))).toEqual([['23:https://github.com/a/late', '25:https://gitlab.com/g/p']]);
  });
});

describe('Markdown', () => {
  const r = extractText(read('awesome.md'), 'awesome.md');
  const byLine = (line: number) => r.papers.find((p) => p.line === line)!;

  it('makes a record per list item and table row, titled by its text', () => {
    expect(r.papers.map((p) => [p.line, p.title])).toEqual([
      [1, 'Awesome Efficient LLMs'],
      [7, 'PTQ1.61'],
      [8, 'BiBench: Benchmarking Network Binarization.'],
      [11, 'Vim: bidirectional Mamba'],
      [12, 'ViG, code coming soon'],
      [13, 'CFSP'],
      [17, 'EQ-Net'],
      [18, 'Nothing here'],
    ]);
  });

  it('finds inline, autolink, HTML, bare, reference-style and code-block links', () => {
    expect(links(byLine(7))).toEqual(['7:https://arxiv.org/abs/2502.13179', '7:https://github.com/zjq0455/PTQ1.61']);
    expect(links(byLine(8))).toEqual(['8:https://github.com/htqin/BiBench', '9:https://gitee.com/htqin/bibench']);
    expect(links(byLine(11))).toEqual(['24:https://github.com/hustvl/Vim']);
    expect(links(byLine(13))).toEqual(['13:https://github.com/wyxscir/CFSP']);
    expect(links(byLine(17))).toEqual(['17:https://github.com/xuke225/EQ-Net']);
    expect(byLine(12)).toMatchObject({ promised: true, links: [] });
    // Text outside the lists: the intro, the code block, the unused reference definition.
    expect(links(byLine(1))).toEqual([
      '3:https://github.com/someone/awesome-efficient-llm/blob/main/CONTRIBUTING.md',
      '21:https://github.com/OpenGVLab/EfficientQAT',
      '25:https://huggingface.co/datasets/allenai/c4',
    ]);
  });

  it('is one record for a file without lists', () => {
    const one = extractText('# Title\n\nSee https://github.com/a/b and\n\n    https://github.com/c/d\n', 'README.md');
    expect(one.papers).toHaveLength(1);
    expect(one.papers[0]).toMatchObject({ title: 'Title', line: 1 });
    expect(links(one.papers[0]!)).toEqual(['3:https://github.com/a/b', '5:https://github.com/c/d']);
  });
});

describe('BibTeX', () => {
  it('one record per entry, links from url/howpublished/note with their lines', async () => {
    const run = await extractInputs([`${FIX}/papers.bib`]);
    expect(run.papers.map((p) => [p.id, p.line, p.title, p.date])).toEqual([
      ['zhang2024craft', 4, 'CRAFT: Concept Recursive Activation FacTorization', 'feb 2024'],
      ['lee2023code', 13, 'A paper (with) unbalanced ) parens', '2023'],
      ['broken', 21, 'Never closed', null],
    ]);
    expect(run.papers.map(links)).toEqual([['10:https://github.com/deel-ai/Craft'], ['15:https://gitlab.com/group/sub/project', '17:https://github.com/o/r'], []]);
    expect(run.papers[1]!.promised).toBe(true);
    expect(run.problems.map((p) => p.message)).toEqual([`${FIX}/papers.bib:21: BibTeX entry "broken" (lines 21-22) not closed at end of input (unbalanced brace); its fields read line by line`]);
  });

  it('entries that share a line are read each on its own (they were one paper with every link), wherever they start', async () => {
    const text = [
      '@misc{a, url={https://github.com/o/a}} @misc{b, url={https://github.com/o/b}} % a comment @misc{c, url={https://github.com/o/c}}',
      '@article{d, title={D},',
      '  url={https://github.com/o/d}} @misc(e, url={https://github.com/o/e}) trailing text',
      Array.from({ length: 3 }, (_, i) => `@misc{m${i}, url={https://github.com/m/r${i}}}`).join(''),
      '% Encoding: UTF-8@misc{z, url={https://github.com/o/z}}',
    ].join('\n');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bibtex-'));
    writeFileSync(path.join(dir, 'one-line.bib'), `${text}\n`);
    const r = await extractInputs([path.join(dir, 'one-line.bib')]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.problems).toEqual([]);
    // BibTeX has no comment syntax: text outside entries is ignored, so `c` after `% a comment` is an entry too.
    expect(r.papers.map((p) => [p.id, p.line, p.title, links(p)])).toEqual([
      ['a', 1, null, ['1:https://github.com/o/a']],
      ['b', 1, null, ['1:https://github.com/o/b']],
      ['c', 1, null, ['1:https://github.com/o/c']],
      ['d', 2, 'D', ['3:https://github.com/o/d']],
      ['e', 3, null, ['3:https://github.com/o/e']],
      ['m0', 4, null, ['4:https://github.com/m/r0']],
      ['m1', 4, null, ['4:https://github.com/m/r1']],
      ['m2', 4, null, ['4:https://github.com/m/r2']],
      // After a JabRef header with no newline before the entry (as JabRef's own test files have it).
      ['z', 5, null, ['5:https://github.com/o/z']],
    ]);
  });

  /** Extract one .bib file written from `text` (a real file: problems are collected). */
  const extractBib = async (name: string, text: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bibtex-'));
    const file = path.join(dir, name);
    writeFileSync(file, `${text}\n`);
    try {
      return { file, ...(await extractInputs([file])) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a broken entry keeps the links and promises of its link fields, each on its line; fields outside them stay out', async () => {
    const text = [
      '@inproceedings{dblp:broken,',
      '  title     = {Code Search {with Braces,', // the brace that never closes: it swallowed every field below
      '  year      = {2024},',
      '  url       = {https://github.com/o/broken},',
      '  note      = {Code will be released',
      '               soon at https://gitlab.com/g/later},',
      '  biburl    = {https://dblp.org/rec/conf/x/broken.bib},',
      '}',
      '',
      '@misc{next, url = {https://github.com/o/next}}',
    ].join('\n');
    const r = await extractBib('refs.bib', text);
    expect(r.problems.map((p) => p.message)).toEqual([`${r.file}:1: BibTeX entry "dblp:broken" (lines 1-8) has an unbalanced brace; its fields read line by line`]);
    expect(r.papers.map((p) => [p.id, p.line, p.title, p.date, p.promised, links(p)])).toEqual([
      ['dblp:broken', 1, 'Code Search with Braces', '2024', true, ['4:https://github.com/o/broken', '6:https://gitlab.com/g/later']],
      ['next', 10, null, null, false, ['10:https://github.com/o/next']],
    ]);
  });

  // Past 5,000 lines an entry is not held: it is read line by line as it comes, to its end. It was
  // read as far as the limit, and the rest of its lines dropped with their links.
  it('an entry never closed is read line by line past the line limit, up to the next entry', async () => {
    const body = Array.from({ length: 5001 }, (_, i) => `  url = {https://github.com/many/r${i}`);
    const r = await extractBib('long.bib', ['@misc{long,', ...body, '@misc{after, url = {https://github.com/o/after}}'].join('\n'));
    expect(r.problems.map((p) => p.message)).toEqual([`${r.file}:1: BibTeX entry "long" (from line 1) longer than 5000 lines; its fields read line by line`]);
    expect(r.papers.map((p) => p.id)).toEqual(['long', 'after']);
    expect(r.papers[0]!.links).toHaveLength(5001);
    expect(links(r.papers[0]!).at(-1)).toBe('5002:https://github.com/many/r5000');
  });

  it('an entry longer than the line limit keeps every link to its closing brace; the rest of its last line is read', async () => {
    const body = Array.from({ length: 8000 }, (_, i) => `  see https://github.com/many/r${i} and more`);
    const text = ['@misc{long,', '  title = {Long},', '  abstract = {', ...body, '}} @misc{same, url = {https://github.com/o/same}}', '@misc{after, url = {https://github.com/o/after}}'].join('\n');
    const r = await extractBib('closed.bib', text);
    expect(r.problems.map((p) => p.message)).toEqual([`${r.file}:1: BibTeX entry "long" (from line 1) longer than 5000 lines; its fields read line by line`]);
    expect(r.papers.map((p) => [p.id, p.title, p.links.length])).toEqual([['long', 'Long', 8000], ['same', null, 1], ['after', null, 1]]);
    expect(links(r.papers[0]!).at(-1)).toBe('8003:https://github.com/many/r7999');
  });
});

describe('plain text and format detection', () => {
  it('one record per text file, links keep their lines', () => {
    const r = extractText('intro\nhttps://github.com/a/b\n\nmore https://gitlab.com/g/p', 'notes.txt', 'text');
    expect(r.papers).toHaveLength(1);
    expect(links(r.papers[0]!)).toEqual(['2:https://github.com/a/b', '4:https://gitlab.com/g/p']);
  });

  it.each([
    ['x.jsonl', '{"a":1}', 'jsonl'],
    ['x.json', '[{"a":1}]', 'json'],
    ['x.json', '{"a":1}\n{"b":2}\n', 'jsonl'],
    ['x.bib', '@article{k,', 'bibtex'],
    ['x.md', 'anything', 'markdown'],
    ['x.txt', 'new\n\nGet trending papers in your email inbox!\n', 'hf-papers'],
    ['x.txt', 'Just some text https://github.com/a/b', 'text'],
    ['', '{"a":1}\n{"b":2}', 'jsonl'],
    ['', '[\n {"a": 1}\n]', 'json'],
    ['', '@inproceedings{key,\n title={x}}', 'bibtex'],
    ['', '# Heading\n\n- [x](https://github.com/a/b)', 'markdown'],
    ['', 'Title\n\nAbstract\n\n  • 3 authors\n·\nFeb 7, 2024 1', 'hf-papers'],
    ['', 'plain words', 'text'],
  ])('%s %j → %s', (name, head, format) => {
    expect(detectFormat(name, head)).toBe(format);
  });
});
