// JSON nested past MAX_NESTING levels (read/json-text.ts): a long value is refused for it in one
// clear line, wherever it is read (held and parsed, or as it comes), and the rest is read.
// Parsed, each level cost ~60 bytes: a 16 MB line of brackets peaked at 609 MiB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { MAX_NESTING, tooDeep } from '../../src/read/json-text.js';
import { tuning } from '../../src/read/tuning.js';

const defaults = { ...tuning };
afterEach(() => Object.assign(tuning, defaults));
const dir = mkdtempSync(path.join(os.tmpdir(), 'deep-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 40,000 levels: 80 KB, past the 64 KiB below which nesting is not looked at. */
const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
const paper = (title: string, extra = '') => `{"title": "${title}"${extra}, "abstract": "code https://github.com/${title.toLowerCase()}/x"}`;

async function read(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const { papers, problems } = await extractInputs([file]);
  return { titles: papers.map((p) => p.title), links: papers.flatMap((p) => p.links.map((l) => l.url)), problems: problems.map((p) => p.message.replace(`${file}:`, '')) };
}

describe('JSON nested too deep', () => {
  it('tooDeep counts brackets outside strings, and only in a long text', () => {
    expect(tooDeep(deep)).toBe(true);
    expect(tooDeep(`["${deep}"]`)).toBe(false);
    expect(tooDeep(`["\\"${deep}"]`)).toBe(false);
    expect(tooDeep(`${'[1],'.repeat(20_000)}`)).toBe(false);
    const justUnder = `${'['.repeat(MAX_NESTING)}${' '.repeat(70_000)}${']'.repeat(MAX_NESTING)}`;
    expect(tooDeep(justUnder)).toBe(false);
    expect(tooDeep(`[${justUnder}]`)).toBe(true);
    // Short: parsed as JSON.parse parses it, whatever its nesting.
    expect(tooDeep(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe(false);
  });

  for (const streamed of [false, true]) {
    const how = streamed ? 'read as it comes' : 'held';
    const limits = () => streamed && Object.assign(tuning, { jsonValueHeldBytes: 2000, linePieceBytes: 700 });

    it(`a JSON Lines line, ${how}`, async () => {
      limits();
      const r = await read('deep.jsonl', `${paper('A')}\n${paper('Deep', `, "x": ${deep}`)}\n${paper('B')}\n`);
      expect(r.titles).toEqual(['A', 'B']);
      expect(r.problems).toEqual([`2: JSON line nested deeper than ${MAX_NESTING} levels skipped`]);
    });

    it(`a JSON array's element, ${how}`, async () => {
      limits();
      const r = await read('deep.json', `[\n${paper('A')},\n${paper('Deep', `, "x": ${deep}`)},\n${paper('B')}\n]\n`);
      expect(r.titles).toEqual(['A', 'B']);
      expect(r.problems).toEqual([`3: JSON array element nested deeper than ${MAX_NESTING} levels skipped`]);
    });

    it(`a paper of one object: read member by member, its deep member left out, ${how}`, async () => {
      limits();
      const r = await read('one.json', `{"title": "One",\n"x": {"y": ${deep}},\n"abstract": "https://github.com/one/x"}\n`);
      expect(r.titles).toEqual(['One']);
      expect(r.links).toEqual(['https://github.com/one/x']);
      expect(r.problems).toEqual([`2: JSON value of "x" nested deeper than ${MAX_NESTING} levels skipped`]);
    });

    it(`an answer's paper, ${how}`, async () => {
      limits();
      Object.assign(tuning, { jsonReadWhole: 1000 });
      const r = await read('answer.json', `{"total": 3, "data": [\n${paper('A')},\n${paper('Deep', `, "x": ${deep}`)},\n${paper('B')}\n]}\n`);
      expect(r.titles).toEqual(['A', 'B']);
      expect(r.problems).toEqual([`3: JSON array element nested deeper than ${MAX_NESTING} levels skipped`]);
    });
  }

  // YAML's flow collections (`x: [[[…]]]`): the parser took ~600 bytes a level.
  it('a YAML list item: said and read as text, the other items parsed', async () => {
    const r = await read('deep.yaml', `- title: A\n  code: https://github.com/a/x\n- title: Deep\n  code: https://github.com/deep/x\n  x: ${deep}\n- title: B\n  code: https://github.com/b/x\n`);
    expect(r.titles).toEqual(['A', null, 'B']);
    expect(r.links).toEqual(['https://github.com/a/x', 'https://github.com/deep/x', 'https://github.com/b/x']);
    expect(r.problems).toEqual([`3: YAML list item 2 nested deeper than ${MAX_NESTING} levels: read as text`]);
  });

  it("a YAML mapping's papers, read an item at a time (past yamlReadWhole)", async () => {
    Object.assign(tuning, { yamlReadWhole: 1000 });
    const r = await read('deep-map.yaml', `papers:\n  - title: A\n    code: https://github.com/a/x\n  - title: Deep\n    x: ${deep}\n  - title: B\n    code: https://github.com/b/x\n`);
    expect(r.titles).toEqual(['A', null, 'B']);
    expect(r.problems).toEqual([`4: YAML list item 2 nested deeper than ${MAX_NESTING} levels: read as text`]);
  });

  it("a saved extract result's record: the deep link left out, said", async () => {
    // Held up to 90,000 characters: the record (~180 KB) is read as it comes, the deep link (80 KB) parsed.
    Object.assign(tuning, { jsonReadWhole: 1000, jsonValueHeldBytes: 90_000, linePieceBytes: 700 });
    const link = (n: number) => JSON.stringify({ url: `https://github.com/o/r${n}`, forge: 'github', kind: 'repo', repo: `o/r${n}`, path: null, key: `github/o/r${n}`, line: 1, raw: `https://github.com/o/r${n}` });
    const pad = 'p'.repeat(50_000);
    const record = `{"source": "a.txt", "line": 1, "title": "S", "pad1": "${pad}", "pad2": "${pad}", "date": null, "promised": false, "claimsCodeWithoutLink": false, "links": [${link(1)}, ${deep}, ${link(2)}]}`;
    const r = await read('saved.json', `{"papers": [\n${record}\n], "repos": []}\n`);
    expect(r.titles).toEqual(['S']);
    expect(r.links).toEqual(['https://github.com/o/r1', 'https://github.com/o/r2']);
    expect(r.problems).toEqual([`2: link 2 of a saved record nested deeper than ${MAX_NESTING} levels left out`]);
  });
});
