// YAML paper lists (MrNeRF/awesome-3D-gaussian-splatting keeps its 504 papers in one; sites keep
// `_data/publications.yml`): a list of mappings is a record per paper, read an item at a time; a
// mapping is one paper or a wrapper of paper lists. Links keep their own lines, inside folded
// strings too; a broken item costs only itself. Every path agrees: a file, the same file in tiny
// chunks, standard input and extractText.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/read/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { readEveryPath } from '../helpers/every-path.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** line, id, title, date, promised, and each link as url@line. */
const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.id ?? null, p.title, p.date, p.promised, p.links.map((l) => `${l.url}@${l.line}`)]);

/** The records and problems of `text` as papers.yaml, on every path (helpers/every-path.ts): all must agree. */
const read = (text: string) => readEveryPath(path.join(dir, 'papers.yaml'), text, 'yaml', brief);

const LIST = `# A paper list kept as data
---
- id: kwon2025instruct4dgs
  title: 'Instruct-4DGS: Efficient Dynamic Scene Editing via 4D Gaussian-based Static-Dynamic
    Separation'
  authors: Joohyun Kwon, Hanbyel Cho
  year: '2025'
  abstract: 'Recent 4D dynamic scene editing methods require editing thousands of
    images. Code and results:
    https://hanbyelcho.info/instruct-4dgs/

    '
  license: http://arxiv.org/licenses/nonexclusive-distrib/1.0/
  paper: https://arxiv.org/pdf/2502.02091.pdf
  code: null
  tags:
  - Dynamic
  - Editing

- id: chen2026slam
  title: "EndoMD-SLAM"
  date: 2026-08-09
  abstract: >-
    Dense 3D reconstruction. The code will be released
    soon at https://github.com/phai-lab/EndoMD-SLAM.
  links:
    project: https://endomd-slam.github.io/
    code: https://github.com/phai-lab/EndoMD-SLAM
`;

describe('YAML inputs', () => {
  it('a list of mappings: one record per paper, title, date and id as in JSON, each link on its own line', async () => {
    const { papers, problems } = await read(LIST);
    expect(problems).toEqual([]);
    expect(brief(papers)).toEqual([
      [
        3,
        'kwon2025instruct4dgs',
        'Instruct-4DGS: Efficient Dynamic Scene Editing via 4D Gaussian-based Static-Dynamic Separation',
        '2025',
        false,
        // The abstract's link on its own line (the licence is never a link of the paper).
        ['https://hanbyelcho.info/instruct-4dgs/@10', 'https://arxiv.org/pdf/2502.02091.pdf@14'],
      ],
      [20, 'chen2026slam', 'EndoMD-SLAM', '2026-08-09', true, ['https://github.com/phai-lab/EndoMD-SLAM@25', 'https://endomd-slam.github.io/@27']],
    ]);
  });

  it('a broken item is read as text, an item that is no mapping is skipped, an alias to another item is read without it: each said', async () => {
    const text = [
      '- title: First', // 1
      '  code: https://github.com/a/first',
      '- title: [Broken', // 3
      '  code: https://github.com/a/broken',
      '- just a string', // 5
      '- &anchor', // 6
      '  title: Anchored',
      '- title: Uses the anchor', // 8
      '  same: *anchor',
      '- title: Last', // 10
      '  code: https://github.com/a/last',
    ].join('\n');
    const { papers, problems } = await read(`${text}\n`);
    expect(problems).toEqual([
      '4: malformed YAML list item 2: read as text',
      '5: YAML list item 3 is not a mapping; skipped',
      '8: YAML list item 5 refers to an anchor it cannot see; read without it',
    ]);
    expect(brief(papers)).toEqual([
      [1, null, 'First', null, false, ['https://github.com/a/first@2']],
      // Its link is not lost with its structure.
      [3, null, null, null, false, ['https://github.com/a/broken@4']],
      [6, null, 'Anchored', null, false, []],
      [8, null, 'Uses the anchor', null, false, []],
      [10, null, 'Last', null, false, ['https://github.com/a/last@11']],
    ]);
  });

  it('a mapping wrapping paper lists: its own links first as the file record, then each paper on its line', async () => {
    const text = [
      'site: https://github.com/lab/lab.github.io', // 1
      'updated: 2026-11-01',
      'publications:',
      '  - title: One', // 4
      '    code: https://github.com/lab/one',
      '  - title: Two', // 6
      '    pdf: https://arxiv.org/abs/2401.00002',
    ].join('\n');
    const { papers, problems } = await read(`${text}\n`);
    expect(problems).toEqual([]);
    expect(brief(papers)).toEqual([
      [1, null, null, '2026-11-01', false, ['https://github.com/lab/lab.github.io@1']],
      [4, null, 'One', null, false, ['https://github.com/lab/one@5']],
      [6, null, 'Two', null, false, ['https://arxiv.org/abs/2401.00002@7']],
    ]);
  });

  // Past tuning.yamlReadWhole a mapping is not held: the lists under its top-level keys are read an
  // item at a time, the rest at the end. The same records, the file's record last, not first.
  describe('a mapping too big to hold', () => {
    const defaults = { ...tuning };
    afterEach(() => void Object.assign(tuning, defaults));
    const WRAPPER = [
      'site: https://github.com/lab/lab.github.io', // 1
      'updated: 2026-11-01',
      'publications:',
      '  - title: One', // 4
      '    code: https://github.com/lab/one',
      '  # a comment',
      '  - title: Two', // 7
      '    pdf: https://arxiv.org/abs/2401.00002',
      'keywords:', // 9: no papers, so the file's
      '- nlp',
      '- https://github.com/lab/keyword-link', // 11
      'talks:',
      '- title: Three', // 13: a list at the key's own indentation
      '  slides: https://example.org/three',
      'contact: https://github.com/lab/contact', // 15
    ].join('\n');
    const wrapperRecord = [1, null, null, '2026-11-01', false, ['https://github.com/lab/lab.github.io@1', 'https://github.com/lab/keyword-link@11', 'https://github.com/lab/contact@15']];
    const papers = [
      [4, null, 'One', null, false, ['https://github.com/lab/one@5']],
      [7, null, 'Two', null, false, ['https://arxiv.org/abs/2401.00002@8']],
      [13, null, 'Three', null, false, ['https://example.org/three@14']],
    ];

    it('its paper lists are read an item at a time, the rest at the end, each link on its line', async () => {
      expect(brief((await read(`${WRAPPER}\n`)).papers)).toEqual([wrapperRecord, ...papers]);
      tuning.yamlReadWhole = 100;
      const { papers: streamed, problems } = await read(`${WRAPPER}\n`);
      expect(problems).toEqual([]);
      expect(brief(streamed)).toEqual([...papers, wrapperRecord]);
    });

    it('a mapping with a title of its own is a paper: its lists are its text, as read whole', async () => {
      const text = `title: A survey\nlinks:\n  - title: Code\n    url: https://github.com/a/survey\n  - title: Data\n    url: https://example.org/data\n${'note: more words here\n'.repeat(20)}`;
      const whole = brief((await read(text)).papers);
      tuning.yamlReadWhole = 100;
      expect(brief((await read(text)).papers)).toEqual(whole);
      expect(whole).toEqual([[1, null, 'A survey', null, false, ['https://github.com/a/survey@4', 'https://example.org/data@6']]]);
    });

    it("its other keys past yamlRestHeldChars: those held read then, the later ones as text, every link on its line", async () => {
      // A mapping of mappings without titles (titled, they are papers keyed by their ids: below): all of it is the file's.
      // (Keys without quotes: a line with a double quote counts 24 times against the limit, below.)
      const byId = Array.from({ length: 12 }, (_, i) => `2401.${i}:\n  name: Paper ${i}\n  code: https://github.com/o${i}/r${i}`).join('\n');
      const whole = await read(`${byId}\n`);
      expect(whole.problems).toEqual([]);
      const links = (papers: PaperRecord[]) => papers.flatMap((p) => p.links.map((l) => `${l.url}@${l.line}`));
      expect(links(whole.papers)).toHaveLength(12);
      // (Characters only: what a line adds, tuning.yamlNodeCost, below.)
      Object.assign(tuning, { yamlReadWhole: 100, yamlRestHeldChars: 200, yamlNodeCost: 0 });
      const { papers: streamed, problems } = await read(`${byId}\n`);
      // Held: four keys (three lines, ~60 characters each) pass 200; the fifth's line (13) starts the text.
      expect(problems).toEqual(["13: YAML mapping's keys past 200 characters, each line and flow item counted 0 more, a line with a double quote 24 times: read as text"]);
      expect(brief(streamed).map(([line, , title]) => [line, title])).toEqual([
        [1, null],
        [13, null],
      ]);
      expect(links(streamed)).toEqual(links(whole.papers));
    });

    it('paper lists in mappings nested in the document (a site\'s publications by kind): each paper its record, read whole and past yamlReadWhole alike', async () => {
      const text = [
        'site: https://example.org/lab',
        'publications:',
        '  heading: Our papers https://example.org/lab/papers',
        '  conference:',
        '    - title: Conf Paper',
        '      code: https://github.com/lab/conf',
        '    - title: Second Conf Paper',
        '      abstract: Code will be released soon.',
        '  journal:',
        '    - title: Journal Paper',
        '      url: https://github.com/lab/journal',
        '',
      ].join('\n');
      const whole = await read(text);
      expect(whole.problems).toEqual([]);
      const papers = brief(whole.papers);
      // What the mappings say besides their lists: the file's record, first.
      expect(papers).toEqual([
        [1, null, null, null, false, ['https://example.org/lab@1', 'https://example.org/lab/papers@3']],
        [5, null, 'Conf Paper', null, false, ['https://github.com/lab/conf@6']],
        [7, null, 'Second Conf Paper', null, true, []],
        [10, null, 'Journal Paper', null, false, ['https://github.com/lab/journal@11']],
      ]);
      // Held past yamlReadWhole (the nested mapping is a key held whole): the same records.
      Object.assign(tuning, { yamlReadWhole: 100 });
      const streamed = await read(text);
      expect(streamed.problems).toEqual([]);
      expect(brief(streamed.papers)).toEqual(papers);
    });

    it('papers keyed by their ids: each its record, read whole and past yamlRestHeldChars alike', async () => {
      const byId = Array.from({ length: 12 }, (_, i) => `"2401.${i}":\n  ${i === 3 ? 'id: own-3\n  ' : ''}title: Paper ${i}\n  code: https://github.com/o${i}/r${i}`).join('\n');
      const text = `source: https://example.org/dump\n${byId}\n`;
      const whole = await read(text);
      expect(whole.problems).toEqual([]);
      const papers = brief(whole.papers);
      // The mapping's own link: the file's record, first; then each paper on the line it starts on, its key its id unless it has one.
      expect(papers[0]).toEqual([1, null, null, null, false, ['https://example.org/dump@1']]);
      expect(papers.slice(1, 5)).toEqual([
        [3, '2401.0', 'Paper 0', null, false, ['https://github.com/o0/r0@4']],
        [6, '2401.1', 'Paper 1', null, false, ['https://github.com/o1/r1@7']],
        [9, '2401.2', 'Paper 2', null, false, ['https://github.com/o2/r2@10']],
        [12, 'own-3', 'Paper 3', null, false, ['https://github.com/o3/r3@14']],
      ]);
      expect(papers).toHaveLength(13);
      // Three keys (~920 each, their key lines double-quoted) at a time.
      Object.assign(tuning, { yamlReadWhole: 100, yamlRestHeldChars: 3000 });
      const streamed = await read(text);
      expect(streamed.problems).toEqual([]);
      expect(brief(streamed.papers)).toEqual(papers);
    });

    it('one key past yamlRestHeldChars by itself (each line counted tuning.yamlNodeCost more): the keys before it read, it and the later ones as text', async () => {
      // A paper whose list of authors is long in lines, short in characters: parsed, a line is ~1 KB.
      const authors = Array.from({ length: 30 }, (_, i) => `  - a${i}${i === 20 ? ' https://github.com/a/in-list' : ''}`);
      const text = `title: Many Authors\ncode: https://github.com/a/paper\nauthors:\n${authors.join('\n')}\nnotes: https://github.com/a/after\n`;
      const whole = await read(text);
      expect(whole.problems).toEqual([]);
      expect(brief(whole.papers)).toEqual([[1, null, 'Many Authors', null, false, ['https://github.com/a/paper@2', 'https://github.com/a/in-list@24', 'https://github.com/a/after@34']]]);
      Object.assign(tuning, { yamlReadWhole: 100, yamlRestHeldChars: 2000 });
      const streamed = await read(text);
      // 30 lines of ~10 characters, each counted 200 more, pass 2,000 within the key; the keys held before it are read.
      expect(streamed.problems).toEqual(["3: YAML mapping's keys past 2000 characters, each line and flow item counted 200 more, a line with a double quote 24 times: read as text"]);
      expect(brief(streamed.papers)).toEqual([
        [1, null, 'Many Authors', null, false, ['https://github.com/a/paper@2']],
        [3, null, null, null, false, ['https://github.com/a/in-list@24', 'https://github.com/a/after@34']],
      ]);
      // Counted by characters alone, the key is held and read whole.
      tuning.yamlNodeCost = 0;
      expect(brief((await read(text)).papers)).toEqual(brief(whole.papers));
    });

    it('among papers keyed by their ids, one past yamlRestHeldChars by itself is read as text, and the later ones are papers still', async () => {
      const abstract = Array.from({ length: 40 }, (_, i) => `    word${i} https://github.com/big/r${i}`).join('\n');
      const paper = (i: number) => `p${i}:\n  title: Paper ${i}\n  code: https://github.com/o${i}/r${i}${i === 3 ? `\n  abstract: >\n${abstract}` : ''}`;
      const text = `${Array.from({ length: 6 }, (_, i) => paper(i)).join('\n')}\n`;
      const whole = await read(text);
      expect(whole.problems).toEqual([]);
      Object.assign(tuning, { yamlReadWhole: 100, yamlRestHeldChars: 2000 });
      const streamed = await read(text);
      // Paper 3 (its abstract 40 lines, each counted 200 more) is read as text; the others are papers, in order.
      expect(streamed.problems).toEqual(["10: YAML mapping's keys past 2000 characters, each line and flow item counted 200 more, a line with a double quote 24 times: read as text"]);
      expect(brief(streamed.papers).map(([line, id, title]) => [line, id, title])).toEqual([
        [2, 'p0', 'Paper 0'],
        [5, 'p1', 'Paper 1'],
        [8, 'p2', 'Paper 2'],
        [10, null, null],
        [55, 'p4', 'Paper 4'],
        [58, 'p5', 'Paper 5'],
      ]);
      // Every link on its line, as read whole.
      const links = (papers: PaperRecord[]) => papers.flatMap((p) => p.links.map((l) => `${l.url}@${l.line}`)).sort();
      expect(links(streamed.papers)).toEqual(links(whole.papers));
    });

    it('counts each item of a flow collection as a node (`[a0, a1, …]` on one line)', async () => {
      const authors = Array.from({ length: 30 }, (_, i) => `a${i}`).join(', ');
      const text = `title: Many Authors\ncode: https://github.com/a/paper\nauthors: [${authors}]\nnotes: https://github.com/a/after\n`;
      const whole = await read(text);
      expect(brief(whole.papers)).toEqual([[1, null, 'Many Authors', null, false, ['https://github.com/a/paper@2', 'https://github.com/a/after@4']]]);
      Object.assign(tuning, { yamlReadWhole: 100, yamlRestHeldChars: 2000 });
      const streamed = await read(text);
      // One line of ~200 characters, but 30 items, each counted 200.
      expect(streamed.problems).toEqual(["3: YAML mapping's keys past 2000 characters, each line and flow item counted 200 more, a line with a double quote 24 times: read as text"]);
      expect(brief(streamed.papers)).toEqual([
        [1, null, 'Many Authors', null, false, ['https://github.com/a/paper@2']],
        [3, null, null, null, false, ['https://github.com/a/after@4']],
      ]);
    });

    it('a broken item costs itself, a document marker starts afresh', async () => {
      tuning.yamlReadWhole = 10;
      const text = `papers:\n  - title: [broken\n    code: https://github.com/a/broken\n  - title: Fine\n    code: https://github.com/a/fine\n---\n- title: Next\n`;
      const { papers: read1, problems } = await read(text);
      expect(problems).toEqual(['3: malformed YAML list item 1: read as text']);
      expect(brief(read1)).toEqual([
        [2, null, null, null, false, ['https://github.com/a/broken@3']],
        [4, null, 'Fine', null, false, ['https://github.com/a/fine@5']],
        [7, null, 'Next', null, false, []],
      ]);
    });
  });

  // Held and parsed, a 67 MB item peaked at 366 MiB (a list) and 407 (under a key of a mapping too
  // big to hold): bench/extract/RESULTS.md run 57.
  for (const under of ['', 'papers:\n']) {
    it(`an item too long to hold is said and read as text, its links on their lines, the items around it as items${under ? ', under a key' : ''}`, async () => {
      const indent = under ? '  ' : '';
      const long = Array.from({ length: 30 }, (_, i) => `${indent}    Line ${i} https://github.com/long/${i} words`);
      const text = `${under}${indent}- title: A\n${indent}  code: https://github.com/a/a\n${indent}- title: Big\n${indent}  abstract: >\n${long.join('\n')}\n\n${indent}- title: C\n${indent}  code: https://github.com/c/c\n`;
      const held = await read(text);
      expect(held.problems).toEqual([]);
      Object.assign(tuning, { heldEntryChars: 500, yamlNodeCost: 0, yamlReadWhole: under ? 100 : tuning.yamlReadWhole });
      const { papers, problems } = await read(text).finally(() => Object.assign(tuning, { heldEntryChars: 4 * 1024 * 1024, yamlNodeCost: 200, yamlReadWhole: 8 * 1024 * 1024 }));
      const first = under ? 2 : 1;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toBe(`${first + 2}: YAML list item 2 longer than 500 characters, each line and flow item counted 0 more, a line with a double quote 24 times: read as text`);
      const longUrls = long.map((_, i) => `https://github.com/long/${i}@${first + 4 + i}`);
      expect(brief(papers)).toEqual([
        [first, null, 'A', null, false, [`https://github.com/a/a@${first + 1}`]],
        [first + 2, null, null, null, false, longUrls],
        [first + 35, null, 'C', null, false, [`https://github.com/c/c@${first + 36}`]],
      ]);
      // Held, the same links on the same lines, the item titled.
      expect(brief(held.papers)[1]).toEqual([first + 2, null, 'Big', null, false, longUrls]);
    });
  }

  it('counts a line with a double quote 24 times against what may be held: the parser builds a double-quoted string a character at a time', async () => {
    // ~300 characters of abstract: with what each line adds (tuning.yamlNodeCost, 200), under 1,000 plain or single-quoted, over it double-quoted.
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    for (const quote of ["'", '"']) {
      const text = `- title: A\n  abstract: ${quote}${words} https://github.com/a/a${quote}\n- title: B\n`;
      const heldEntryChars = tuning.heldEntryChars;
      tuning.heldEntryChars = 1000;
      const { papers, problems } = await read(text).finally(() => (tuning.heldEntryChars = heldEntryChars));
      expect(problems, quote).toEqual(quote === '"' ? ['1: YAML list item 1 longer than 1000 characters, each line and flow item counted 200 more, a line with a double quote 24 times: read as text'] : []);
      expect(brief(papers).map(([line, , title, , , links]) => [line, title, links]), quote).toEqual([
        [1, quote === '"' ? null : 'A', ['https://github.com/a/a@2']],
        [3, 'B', []],
      ]);
    }
  });

  it('a mapping that is a paper is one record; a broken one is read as text; a document that is neither is said', async () => {
    expect(brief((await read('title: Alone\ncode: https://github.com/a/alone\n')).papers)).toEqual([[1, null, 'Alone', null, false, ['https://github.com/a/alone@2']]]);
    const broken = await read('title: [x\ncode: https://github.com/a/m\n');
    expect(broken.problems).toEqual(['2: malformed YAML: read as text']);
    expect(brief(broken.papers)).toEqual([[1, null, null, null, false, ['https://github.com/a/m@2']]]);
    const scalar = await read('just words\n');
    expect(scalar.papers).toEqual([]);
    expect(scalar.problems).toEqual(['1: YAML input is neither a mapping nor a list of mappings']);
  });

  it('is read when named, not when a directory is walked (a repository is full of CI and configuration YAML)', async () => {
    const walked = path.join(dir, 'walked');
    mkdirSync(walked, { recursive: true });
    writeFileSync(path.join(walked, 'papers.yml'), '- title: T\n');
    writeFileSync(path.join(walked, 'list.md'), '- [T](https://github.com/a/b)\n');
    expect((await expandInputs([walked])).files.map((f) => path.basename(f.source))).toEqual(['list.md']);
    expect((await expandInputs([path.join(walked, 'papers.yml')])).files).toHaveLength(1);
  });

  it('from the command line: records as JSON Lines, a problem as one line naming file and line, exit 2', async () => {
    const file = path.join(dir, 'cli.yml');
    writeFileSync(file, '- title: Good\n  code: https://github.com/a/good\n- title: [bad\n');
    const r = await runCli(['extract', file, '--format', 'jsonl']);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as PaperRecord).title)).toEqual(['Good', null]);
    expect(r.stderr).toBe(`repo-audit: ${file}:3: malformed YAML list item 2: read as text\n`);
    expect(r.code).toBe(2);
  });
});
