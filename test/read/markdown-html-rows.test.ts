// HTML tables in Markdown: paper lists and daily digests often put one paper per `<tr>`, and the
// whole table used to be one record (the file's), every paper's links merged under its first
// heading. Each row is now a record, as a Markdown table row is, on every path: a file (read in
// passes, also in small chunks), standard input (read once) and extractText.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { htmlRowCells, nextRowMark } from '../../src/read/markdown-html-rows.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';
import { readEveryPath } from '../helpers/every-path.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'html-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));

/** line, title, promised, and each link as url@line. */
const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.title, p.promised, p.links.map((l) => `${l.url}@${l.line}`)]);

/** The records of `text` read on every path (helpers/every-path.ts), which must agree; no problems. */
async function read(text: string, name = 'list.md'): Promise<PaperRecord[]> {
  const { papers, problems } = await readEveryPath(path.join(dir, name), text, 'markdown', brief);
  expect(problems).toEqual([]);
  return papers;
}

const TABLE = `# Papers

Intro with https://github.com/intro/repo here.

<table>
<tr><th>Code</th><th>Paper</th></tr>
<tr><td><a href="https://github.com/lab/fast">code</a></td><td><a href="https://arxiv.org/abs/2401.00001">Fast Things</a></td></tr>
<tr>
  <td><a href='https://github.com/lab/slow'>GitHub</a></td>
  <td>Slow Things</td>
</tr>
<tr>
<td>

[code](https://github.com/lab/md)

</td>
<td>**Markdown Inside**, code coming soon</td>
</tr>
</table>
`;

describe('HTML table rows in Markdown', () => {
  it('each row is a record titled by the column its header names; the header row is not a record', async () => {
    expect(brief(await read(TABLE))).toEqual([
      [1, 'Papers', false, ['https://github.com/intro/repo@3']],
      [7, 'Fast Things', false, ['https://github.com/lab/fast@7', 'https://arxiv.org/abs/2401.00001@7']],
      [8, 'Slow Things', false, ['https://github.com/lab/slow@9']],
      // Markdown inside a cell (blank lines around it, as GitHub needs) belongs to its row; so does its promise.
      [12, 'Markdown Inside, code coming soon', true, ['https://github.com/lab/md@15']],
    ]);
  });

  it('rows left open end at the next row, at the end of the table, or at a heading', async () => {
    const text = [
      '<table>',
      '<tr><td>One</td><td>https://github.com/a/one',
      '<tr><td>Two</td><td>https://github.com/a/two',
      '</table>',
      'After the table: https://github.com/file/level',
      '<table><tr><td>Three https://github.com/a/three',
      '## Next',
      '- an item https://github.com/a/item',
    ].join('\n');
    expect(brief(await read(text))).toEqual([
      // The file record starts at its first line outside items: `<table>`.
      [1, 'Next', false, ['https://github.com/file/level@5']],
      [2, 'One', false, ['https://github.com/a/one@2']],
      [3, 'Two', false, ['https://github.com/a/two@3']],
      [6, 'Three', false, ['https://github.com/a/three@6']],
      [8, 'an item', false, ['https://github.com/a/item@8']],
    ]);
  });

  it('several rows on one line, any case, and lists around them keep their order', async () => {
    const text = [
      '- before https://github.com/l/before',
      '<TABLE><TR><TD>A https://github.com/one/a</TD></TR><tr><td>B https://github.com/one/b</td></tr></TABLE>',
      '- after https://github.com/l/after',
    ].join('\n');
    expect(brief(await read(text))).toEqual([
      [1, 'before', false, ['https://github.com/l/before@1']],
      [2, 'A', false, ['https://github.com/one/a@2']],
      [2, 'B', false, ['https://github.com/one/b@2']],
      [3, 'after', false, ['https://github.com/l/after@3']],
    ]);
  });

  it('keeps its offsets on text whose lower case is longer (İ), and reads tags in any case', async () => {
    // Each `İ` lower-cases to two code units: offsets found on a lower-cased copy would land 40 characters late.
    const text = `<table><TR><Td>${'İ'.repeat(40)} Paper https://github.com/tr/one</tD></Tr><tr><td>Two https://github.com/tr/two</td></tr></TABLE>`;
    expect(brief(await read(text))).toEqual([
      [1, `${'İ'.repeat(40)} Paper`, false, ['https://github.com/tr/one@1']],
      [1, 'Two', false, ['https://github.com/tr/two@1']],
    ]);
  });

  it('is not fooled by <tr> in a code block, nor by <track>', async () => {
    const text = ['# Doc', '```html', '<tr><td>x https://github.com/in/fence</td></tr>', '```', '<track src="https://github.com/a/track">'].join('\n');
    expect(brief(await read(text))).toEqual([[1, 'Doc', false, ['https://github.com/in/fence@3', 'https://github.com/a/track@5']]]);
  });

  it('a header row with a link of its own is still a record; one without is not', async () => {
    const text = '<table>\n<tr><th>Paper</th><th><a href="https://github.com/hdr/link">all code</a></th></tr>\n<tr><td>P</td><td>x</td></tr>\n</table>\n';
    expect(brief(await read(text))).toEqual([
      [2, 'Paper', false, ['https://github.com/hdr/link@2']],
      [3, 'P', false, []],
    ]);
  });

  it('a row of one cell spanning the table continues the row above it (a digest\'s summary under each paper)', async () => {
    const text = [
      '<table>',
      '<tr><th>Title</th><th>Authors</th><th>PDF</th><th>Code</th></tr>',
      '<tr><td>Paper One</td><td>A. Author</td><td><a href="https://arxiv.org/pdf/2607.00001">PDF</a></td><td><a href="https://github.com/lab/one">code</a></td></tr>',
      '<tr><td colspan="4"><details><summary>Summary</summary>',
      '',
      'Code: https://github.com/lab/one-extra, and we will release the weights soon.',
      '',
      '</details></td></tr>',
      '<tr><td>Paper Two</td><td>B. Author</td><td><a href="https://arxiv.org/pdf/2607.00002">PDF</a></td><td>-</td></tr>',
      '<tr><td colspan="4"><details><summary>Summary</summary>No code.</details></td></tr>',
      '</table>',
      '<table>',
      '<tr><td colspan="2">A wide first row starts a table of its own: https://github.com/lab/wide</td></tr>',
      '</table>',
    ].join('\n');
    expect(brief(await read(text))).toEqual([
      [3, 'Paper One', true, ['https://arxiv.org/pdf/2607.00001@3', 'https://github.com/lab/one@3', 'https://github.com/lab/one-extra@6']],
      [9, 'Paper Two', false, ['https://arxiv.org/pdf/2607.00002@9']],
      [13, 'A wide first row starts a table of its own', false, ['https://github.com/lab/wide@13']],
    ]);
  });

  it('a wide row under the header row is the body\'s first, not the header\'s continuation', async () => {
    const text = ['<table>', '<thead><tr><th>Paper</th><th>Code</th></tr></thead>', '<tbody>', '<tr><td colspan="2">Whole-row paper https://github.com/lab/whole</td></tr>', '</tbody>', '</table>'].join('\n');
    expect(brief(await read(text))).toEqual([[4, 'Whole-row paper', false, ['https://github.com/lab/whole@4']]]);
  });

  it('a long table read in small chunks gives every row once, in order', async () => {
    tuning.readChunkBytes = 1024;
    const rows = Array.from({ length: 600 }, (_, i) => `<tr>\n<td>Paper ${i}</td>\n<td><a href="https://github.com/lab/r${i}">code</a></td>\n</tr>`);
    const papers = await read(`# List\n\n<table>\n<tr><th>Title</th><th>Code</th></tr>\n${rows.join('\n')}\n</table>\n`, 'long.md');
    expect(papers.map((p) => p.title)).toEqual(Array.from({ length: 600 }, (_, i) => `Paper ${i}`));
    expect(papers.map((p) => p.line)).toEqual(Array.from({ length: 600 }, (_, i) => 5 + 4 * i));
    expect(papers.map((p) => p.links[0]?.line)).toEqual(Array.from({ length: 600 }, (_, i) => 7 + 4 * i));
  });
});

describe('the row scanners', () => {
  it('find marks and cells', () => {
    expect(nextRowMark('<tbody><tr class="x">', 0)).toEqual({ kind: 'end-row', at: 0, end: 7 });
    expect(nextRowMark('<tbody><tr class="x">', 1)).toEqual({ kind: 'start-row', at: 7, end: 21 });
    expect(nextRowMark('<track> <trx>', 0)).toBeNull();
    expect(nextRowMark('<TBODY><TR CLASS="x">', 1)).toEqual({ kind: 'start-row', at: 7, end: 21 });
    // `/` must be itself: a control character that folds onto it is no closing tag.
    expect(nextRowMark('<\x0ftr>', 0)).toBeNull();
    expect(htmlRowCells('<tr><th>A</th><th scope="col">B</th></tr>')).toEqual({ cells: ['A', 'B'], header: true, wide: false });
    expect(htmlRowCells('<tr><th>A</th><td>B<br>c</td>')).toEqual({ cells: ['A', 'B<br>c'], header: false, wide: false });
    expect(htmlRowCells('<tr> just text')).toEqual({ cells: ['<tr> just text'], header: false, wide: false });
    expect(htmlRowCells('<tr><td COLSPAN=3>all</td></tr>')).toEqual({ cells: ['all'], header: false, wide: true });
    expect(htmlRowCells('<tr><td colspan=2>title</td><td>code</td></tr>').wide).toBe(false);
  });

  it('take time in proportion to a hostile line, not its square', () => {
    // 200,000 tags with no `>`: a scan that looked ahead from every `<` to the line's end would take minutes.
    const line = `${'<tr<td'.repeat(100_000)}x`;
    const started = performance.now();
    let marks = 0;
    for (let m = nextRowMark(line, 0); m !== null; m = nextRowMark(line, m.end)) marks++;
    const { cells } = htmlRowCells(line);
    expect(marks).toBe(0); // `<tr<` is no tag name ending: neither a row nor a cell
    expect(cells.length === 1 && cells[0] === line).toBe(true); // no cell tag: the row is one cell
    const rows = '<tr><td>x'.repeat(100_000);
    let rowMarks = 0;
    for (let m = nextRowMark(rows, 0); m !== null; m = nextRowMark(rows, m.end)) rowMarks++;
    expect(rowMarks).toBe(100_000);
    expect(htmlRowCells(rows).cells).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
