// `repo-audit extract` end to end, through the CLI (in-process: test/helpers/run-cli.ts).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { reposOf } from '../../src/extract/repos.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord, RepoRef } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'repo-audit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[], stdin?: string) => runCli(['extract', ...args], stdin === undefined ? {} : { stdin });

describe('repo-audit extract', () => {
  it('prints the design.md JSON contract for the corpus (json when not a terminal)', async () => {
    const r = await cli(['examples/hf-papers']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['papers', 'repos']);
    expect(out.papers).toHaveLength(376);
    expect(Object.keys(out.papers[0])).toEqual(['source', 'line', 'title', 'date', 'promised', 'claimsCodeWithoutLink', 'links']);
    expect(out.repos.find((x: { key: string }) => x.key === 'github/xuke225/eq-net')).toMatchObject({ forge: 'github', repo: 'xuke225/EQ-Net', papers: [expect.any(Number)] });
  });

  it("prints repos[] as reposOf() builds it from the papers (gathered compactly while reading), and the table's totals from it", async () => {
    // Targets cited by one paper and by many, linked at sub-paths, twice in a paper, and not GitHub.
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const links = [`https://github.com/owner${i % 7}/repo-${i}`];
      if (i % 3 === 0) links.push(`https://github.com/shared/tool${i % 5}/tree/main/sub${i % 4}`);
      if (i % 4 === 0) links.push(`https://github.com/shared/tool${i % 5}`, links[0]!);
      if (i % 10 === 0) links.push(`https://huggingface.co/org/model-${i % 3}`, `https://example.org/page${i % 2}`);
      lines.push(`- Paper ${i}: ${links.join(' and ')}`);
    }
    const file = path.join(tmp, 'many-targets.md');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const limit = tuning.targetsInMemory;
    try {
      // With the keys in memory, and moved to disk past a small limit.
      for (const targetsInMemory of [limit, 100]) {
        tuning.targetsInMemory = targetsInMemory;
        const json = await cli([file, '--format', 'json']);
        expect(json.code).toBe(0);
        const out = JSON.parse(json.stdout) as { papers: PaperRecord[]; repos: RepoRef[] };
        const expected = reposOf(out.papers);
        expect(expected.length).toBeGreaterThan(100);
        expect(expected.some((r) => r.papers.length > 1 && r.paths.length > 1)).toBe(true); // both lists are exercised
        expect(out.repos).toEqual(expected);
        const table = await cli([file, '--format', 'table']);
        const github = expected.filter((r) => r.forge === 'github' && r.kind === 'repo').length;
        expect(table.stdout).toContain(`links to ${expected.length} distinct targets, ${github} of them GitHub repositories.`);
      }
    } finally {
      tuning.targetsInMemory = limit;
    }
  });

  it('exits 2 after reading the rest, one stderr line per problem', async () => {
    const out = path.join(tmp, 'links.csv');
    const r = await cli(['missing.txt', 'examples/hf-papers/004_40b45259adc55f70.txt', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('repo-audit: missing.txt: no such file or directory\n');
    const text = readFileSync(out, 'utf8');
    // RFC 4180 line ends, as repos.csv (the one CSV writer, util/csv.ts).
    expect(text.endsWith('\r\n') && !/[^\r]\n/.test(text)).toBe(true);
    const rows = text.trim().split('\r\n');
    expect(rows[0]).toBe('source,line,title,date,promised,claims_code_without_link,link_line,url,forge,kind,repo,path,key');
    expect(rows.filter((row) => row.includes(',https://github.com/deel-ai/Craft,'))).toHaveLength(1);
  });

  it('says every problem of a file of broken lines; the result keeps the first problemsHeld and says how many more', async () => {
    const [a, b] = [path.join(tmp, 'broken-a.jsonl'), path.join(tmp, 'broken-b.jsonl')];
    writeFileSync(a, '{x\n'.repeat(8));
    writeFileSync(b, `${'{x\n'.repeat(3)}{"title": "T", "abstract": "https://github.com/t/t"}\n`);
    const held = tuning.problemsHeld;
    tuning.problemsHeld = 5;
    try {
      const r = await cli([a, b, '--format', 'jsonl']);
      expect(r.code).toBe(2);
      const said = r.stderr.trim().split('\n');
      expect(said).toHaveLength(11);
      expect(said[10]).toBe(`repo-audit: ${b}:3: malformed JSON line skipped (column 2)`);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      const { problems } = await extractInputs([a, b]);
      expect(problems.map((p) => p.message)).toEqual([
        ...[1, 2, 3, 4, 5].map((n) => `${a}:${n}: malformed JSON line skipped (column 2)`),
        `${a}: 3 more problems not listed (the first 5 of the run are)`,
        `${b}: 3 more problems not listed (the first 5 of the run are)`,
      ]);
    } finally {
      tuning.problemsHeld = held;
    }
  });

  it('reads stdin with a forced format, prints jsonl and a table', async () => {
    const md = '- [A](https://github.com/a/b)\n- B, code coming soon\n';
    const jsonl = await cli(['-', '--input-format', 'markdown', '--format', 'jsonl'], md);
    expect(jsonl.code).toBe(0);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['A', 'B, code coming soon']);
    const table = await cli(['-', '--input-format', 'markdown', '--format', 'table'], md);
    expect(table.stdout).toMatch(/github a\/b/);
    expect(table.stdout).toMatch(/2 papers: 1 with links, 1 promised code \(1 without a link\)/);
  });

  it('gives the same records for a Markdown file (read in passes) and the same text on stdin (read once)', async () => {
    const md = [
      '# List',
      'Our code will be released soon.',
      '- Group',
      '  - [Paper](https://arxiv.org/abs/2401.00001) [[code][c1]]',
      '| Title | Code |',
      '|---|---|',
      '| Row | [x][c2] |',
      '',
      '[c1]: https://github.com/a/one',
      '[c2]: https://gitlab.com/g/two',
      '[spare]: https://github.com/a/spare',
      '',
    ].join('\n');
    const file = path.join(tmp, 'list.md');
    writeFileSync(file, md);
    const fromFile = await cli([file, '--format', 'jsonl']);
    const fromStdin = await cli(['-', '--input-format', 'markdown', '--format', 'jsonl'], md);
    expect(fromFile.code).toBe(0);
    const records = (out: string, source: string) => out.trim().split('\n').map((l) => ({ ...JSON.parse(l), source }));
    expect(records(fromFile.stdout, 'x')).toEqual(records(fromStdin.stdout, 'x'));
    expect(records(fromFile.stdout, 'x').map((r) => [r.line, r.promised, r.links.map((l: { url: string }) => l.url)])).toEqual([
      [1, true, ['https://github.com/a/spare']],
      [4, false, ['https://arxiv.org/abs/2401.00001', 'https://github.com/a/one']],
      [7, false, ['https://gitlab.com/g/two']],
    ]);
  });

  it('reads a named pipe (`extract <(gunzip -c papers.gz)`) as it reads the file', async () => {
    const file = 'examples/hf-papers/000_cefb70814237eb1e.txt';
    const pipe = path.join(tmp, 'papers.pipe');
    execFileSync('mkfifo', [pipe]);
    // The writer waits for a reader, as a shell's process substitution does.
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', file, pipe], { stdio: 'ignore' });
    const written = new Promise((done) => writer.on('exit', done));
    try {
      const fromPipe = await cli([pipe, '--format', 'jsonl']);
      expect(fromPipe.stderr).toBe('');
      expect(fromPipe.code).toBe(0);
      expect(await written).toBe(0);
      const fromFile = await cli([file, '--format', 'jsonl']);
      const records = (out: string) => out.trim().split('\n').map((l) => ({ ...JSON.parse(l), source: 'x' }));
      expect(records(fromPipe.stdout)).toHaveLength(94);
      expect(records(fromPipe.stdout)).toEqual(records(fromFile.stdout));
    } finally {
      writer.kill(); // still waiting for a reader when the pipe was refused
    }
  });

  it('rejects an unknown format as a usage error', async () => {
    const r = await cli(['examples/hf-papers', '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Invalid values/);
  });
});

describe('inputsWithStdin (yargs drops a lone -)', async () => {
  const { inputsWithStdin } = await import('../../src/cli/commands/extract.js');
  it('puts - back in its place', async () => {
    expect(inputsWithStdin(['extract', 'a.txt', '-', '--format', 'json', 'b.md'], ['a.txt', 'b.md'])).toEqual(['a.txt', '-', 'b.md']);
    expect(inputsWithStdin(['extract', '--out', 'x.json', '-'], [])).toEqual(['-']);
    expect(inputsWithStdin(['extract', 'a.txt'], ['a.txt'])).toEqual(['a.txt']);
  });
});
