// Issue 9 items 5 and 6 through `repo-audit extract`: exact line numbers in JSON and JSON Lines,
// UTF-8/UTF-16 byte order marks, empty inputs, BibTeX after an unbalanced brace, no inputs at all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/types.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ra-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const FILES = {
  // A `\n` escape inside a string is not a line of the file: every link of a record is on its line.
  jsonl: file('papers.jsonl', '{"title":"A","abstract":"one\\ntwo\\nthree https://github.com/a/one"}\n\n{"title":"B","abstract":"x\\n\\nhttps://github.com/b/two"}\n'),
  // Pretty-printed: the line of the string that holds the link, escapes (`\/`, `\n`) and all.
  json: file(
    'papers.json',
    '[\n  {\n    "title": "P",\n    "abstract": "intro\\nmore\\nand more",\n    "code": "https:\\/\\/github.com\\/c\\/three",\n    "links": [\n      "see https://github.com/d/four"\n    ]\n  }\n]\n',
  ),
  utf8Bom: file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('- [Ä](https://github.com/e/five)\n', 'utf8')])),
  utf16le: file('le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('- [Ünï](https://github.com/f/six)\n- Two https://github.com/f/seven\n', 'utf16le')])),
  utf16be: file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('See https://github.com/g/eight\n', 'utf16le').swap16()])),
  empty: file('empty.md', ''),
  blank: file('blank.txt', '\n  \n'),
  emptyArray: file('none.json', '[]\n'),
  bib: file(
    'refs.bib',
    '@article{first,\n  title = {One},\n  url = {https://github.com/h/one}\n}\n\n@article{broken,\n  title = {Unbalanced {brace,\n  url = {https://github.com/h/lost}\n}\n\n@inproceedings{third,\n  title = {Three},\n  url = {https://github.com/h/three}\n}\n@misc{tail,\n  title = {never closed\n',
  ),
};

let run: CliRun;
let out: ExtractResult;
beforeAll(async () => {
  run = await runCli(['extract', ...Object.values(FILES), '--format', 'json']);
  out = JSON.parse(run.stdout) as ExtractResult;
});

const linksOf = (source: string) => out.papers.filter((p) => p.source === source).flatMap((p) => p.links.map((l) => `${p.line}:${l.line}:${l.url}`));

describe('extract: line numbers (item 5)', () => {
  it('JSON Lines: every link on its record line, whatever \\n escapes the strings hold', () => {
    expect(linksOf(FILES.jsonl)).toEqual(['1:1:https://github.com/a/one', '3:3:https://github.com/b/two']);
  });

  it('pretty JSON: the line of the string holding the link', () => {
    expect(linksOf(FILES.json)).toEqual(['2:5:https://github.com/c/three', '2:7:https://github.com/d/four']);
  });
});

describe('extract: inputs (item 6)', () => {
  it('decodes UTF-8 with BOM and UTF-16 LE/BE with BOM', () => {
    expect(linksOf(FILES.utf8Bom)).toEqual(['1:1:https://github.com/e/five']);
    expect(out.papers.find((p) => p.source === FILES.utf8Bom)?.title).toBe('Ä');
    expect(linksOf(FILES.utf16le)).toEqual(['1:1:https://github.com/f/six', '2:2:https://github.com/f/seven']);
    expect(out.papers.find((p) => p.source === FILES.utf16le)?.title).toBe('Ünï');
    expect(linksOf(FILES.utf16be)).toEqual(['1:1:https://github.com/g/eight']);
    expect(run.stderr).not.toMatch(/binary/);
  });

  it('gives no phantom paper for an empty input, and says so once', () => {
    for (const f of [FILES.empty, FILES.blank, FILES.emptyArray]) expect(out.papers.filter((p) => p.source === f)).toEqual([]);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(`repo-audit: no papers in ${FILES.empty} (the input is empty)`);
    expect(lines).toContain(`repo-audit: no papers in ${FILES.blank} (the input is empty)`);
    expect(lines).toContain(`repo-audit: no papers in ${FILES.emptyArray}`);
  });

  it('BibTeX: an unbalanced brace costs only its own entry its field boundaries, named with its lines; its links are kept', () => {
    expect(out.papers.filter((p) => p.source === FILES.bib).map((p) => [p.id, p.title])).toEqual([
      ['first', 'One'],
      ['broken', 'Unbalanced brace'],
      ['third', 'Three'],
      ['tail', 'never closed'],
    ]);
    expect(linksOf(FILES.bib)).toEqual(['1:3:https://github.com/h/one', '6:8:https://github.com/h/lost', '11:13:https://github.com/h/three']);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(`repo-audit: ${FILES.bib}:6: BibTeX entry "broken" (lines 6-9) has an unbalanced brace; its fields read line by line`);
    expect(lines).toContain(`repo-audit: ${FILES.bib}:15: BibTeX entry "tail" (lines 15-16) not closed at end of input (unbalanced brace); its fields read line by line`);
  });

  it('exits 2 after reading everything else, one stderr line per problem', () => {
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(5);
  });

  it('empty stdin: a warning naming standard input, no paper', async () => {
    const r = await runCli(['extract', '-', '--format', 'json'], { stdin: '' });
    expect(r.stderr).toBe('repo-audit: no papers in standard input (the input is empty)\n');
    expect(JSON.parse(r.stdout)).toEqual({ papers: [], repos: [] });
    expect(r.code).toBe(2);
  });

  it('no inputs at all is a usage error, not a crash', async () => {
    const r = await runCli(['extract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^repo-audit: extract needs at least one input/);
    expect(r.stderr).not.toMatch(/Cannot read properties/);
    expect(r.stdout).toBe('');
  });
});
