// CSV and TSV paper lists (a spreadsheet's export; Zotero's CSV export below, in its own column
// names): a record per row after the header, titled by the Title/Paper/Name column, dated and
// identified from the same fields as JSON, links from any cell on their own lines (a quoted cell
// may hold line breaks). A stray quote costs its row its quoting, not its links. Every path
// agrees: a file, the same file in tiny chunks, standard input and extractText.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/read/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { InputFormat, PaperRecord } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { readEveryPath } from '../helpers/every-path.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'csv-'));
const defaults = { ...tuning };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** line, id, title, date, promised, and each link as url@line. */
const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.id ?? null, p.title, p.date, p.promised, p.links.map((l) => `${l.url}@${l.line}`)]);

/** The records and problems of `text` as `name`, on every path (helpers/every-path.ts): all must agree. */
const read = (name: string, text: string, format: InputFormat) => readEveryPath(path.join(dir, name), text, format, brief);

const ZOTERO = [
  '"Key","Item Type","Publication Year","Author","Title","Url","Abstract Note","Extra"',
  '"ABCD1234","journalArticle","2024","Doe, Jane","CRAFT: Concept Recursive Activation FacTorization","https://arxiv.org/abs/2211.10154","We explain models.',
  'Code is at https://github.com/deel-ai/Craft","arXiv: 2211.10154"',
  '"EFGH5678","conferencePaper","2023","Roe, J.","A ""quoted"" title, with a comma","","The code will be released soon.",""',
  '',
].join('\n');

describe('CSV and TSV inputs', () => {
  it("a record per row: Zotero's export, with a cell over two lines and doubled quotes", async () => {
    const { papers, problems } = await read('library.csv', ZOTERO, 'csv');
    expect(problems).toEqual([]);
    expect(brief(papers)).toEqual([
      [2, 'ABCD1234', 'CRAFT: Concept Recursive Activation FacTorization', '2024', false, ['https://arxiv.org/abs/2211.10154@2', 'https://github.com/deel-ai/Craft@3']],
      [4, 'EFGH5678', 'A "quoted" title, with a comma', '2023', true, []],
    ]);
  });

  it('Windows line ends, inside a quoted cell too, read as LF', async () => {
    const { papers } = await read('crlf.csv', 'title,code\r\nOne,https://github.com/a/one\r\n"Two\r\nlines",https://github.com/a/two\r\n', 'csv');
    expect(brief(papers)).toEqual([
      [2, null, 'One', null, false, ['https://github.com/a/one@2']],
      [3, null, 'Two lines', null, false, ['https://github.com/a/two@4']],
    ]);
  });

  it('TSV: tabs, quotes as plain characters, the title from a Paper column, no link from a licence column', async () => {
    const text = 'Paper\tCode\tYear\tLicense\nA "quoted one\thttps://github.com/a/b\t2024\thttps://creativecommons.org/licenses/by/4.0/\nSecond\thttps://github.com/a/c\t2025\n';
    const { papers, problems } = await read('list.tsv', text, 'tsv');
    expect(problems).toEqual([]);
    expect(brief(papers)).toEqual([
      [2, null, 'A "quoted one', '2024', false, ['https://github.com/a/b@2']],
      [3, null, 'Second', '2025', false, ['https://github.com/a/c@3']],
    ]);
  });

  it('a quote never closed: one line naming it, the row read with its quotes as written, the rows before it intact', async () => {
    const text = 'title,code\nFirst,https://github.com/a/first\n"Second,https://github.com/a/second\n';
    const { papers, problems } = await read('stray.csv', text, 'csv');
    expect(problems).toEqual(['3: CSV row has an unclosed quote at end of input; read with quotes as written']);
    expect(brief(papers)).toEqual([
      [2, null, 'First', null, false, ['https://github.com/a/first@2']],
      [3, null, '"Second', null, false, ['https://github.com/a/second@3']],
    ]);
  });

  // Bounded by lines alone, a stray quote held up to 1000 lines of up to 4 MiB each: 609 MiB for
  // one in a 147 MB file (bench/extract/RESULTS.md run 56).
  it('a quote never closed, the row past heldEntryChars: read with its quotes as written there, the rows after it as rows', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i} https://github.com/l/${i}`);
    const text = `title,code\nFirst,https://github.com/a/first\n"Second,https://github.com/a/second\n${lines.join('\n')}\nThird,https://github.com/a/third\n`;
    tuning.heldEntryChars = 300;
    const { papers, problems } = await read('stray-long.csv', text, 'csv').finally(() => (tuning.heldEntryChars = defaults.heldEntryChars));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('3: CSV row has an unclosed quote after 300 characters; read with quotes as written');
    const urls = papers.flatMap((p) => p.links.map((l) => l.url));
    expect(urls.sort()).toEqual(['https://github.com/a/first', 'https://github.com/a/second', 'https://github.com/a/third', ...lines.map((_, i) => `https://github.com/l/${i}`)].sort());
    // The row read as written ended before the text ran out: the last rows are read as rows.
    expect(brief(papers.slice(-1))).toEqual([[24, null, 'Third', null, false, ['https://github.com/a/third@24']]]);
    expect(papers.find((p) => p.title === 'Line 19 https://github.com/l/19')?.line).toBe(23);
  });

  it('is read when named, not when a directory is walked (results and data tables are no paper lists)', async () => {
    const walked = path.join(dir, 'walked');
    mkdirSync(walked, { recursive: true });
    writeFileSync(path.join(walked, 'results.csv'), 'a,b\n1,2\n');
    writeFileSync(path.join(walked, 'list.md'), '- [T](https://github.com/a/b)\n');
    expect((await expandInputs([walked])).files.map((f) => path.basename(f.source))).toEqual(['list.md']);
  });

  it('from the command line', async () => {
    const file = path.join(dir, 'cli.csv');
    writeFileSync(file, ZOTERO);
    const r = await runCli(['extract', file, '--format', 'jsonl']);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as PaperRecord).id)).toEqual(['ABCD1234', 'EFGH5678']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
