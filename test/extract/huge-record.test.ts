// One paper can be huge: a plain-text input is one paper whatever its size, as is a Markdown
// file's text outside its items or one JSON object. Past tuning.recordLinksInMemory its links
// move to a temporary file (extract/record.ts) and are printed link by link (audit/write-extract.ts);
// nothing about the output may change.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { extractInputs, extractText } from '../../src/extract/index.js';
import type { ExtractFormat } from '../../src/report/extract/formatter.js';
import type { Shard } from '../../src/extract/shard.js';
import { tuning } from '../../src/read/tuning.js';
import { isLazyArray } from '../../src/util/lazy-array.js';
import { buildJsonlWorker } from '../helpers/jsonl-worker-bundle.js';
import { runCli } from '../helpers/run-cli.js';
import { slowOutput } from '../helpers/slow-output.js';

const defaults = { ...tuning };
let dir = '';
const files: Record<'text' | 'markdown' | 'json', string> = { text: '', markdown: '', json: '' };

/**
 * Lines of a paper with 600 distinct links, each repeated (kept once), a paper link before the
 * first code link, `"links":[]` and quotes in its words, and a claim of code only near the end:
 * the code link that answers it is among the first links, long moved to the file.
 */
function hugeText(): string[] {
  const lines = ['Prelude: see https://arxiv.org/abs/2401.00001 and "links":[] in quotes.', 'Code: https://github.com/first/repo'];
  for (let i = 0; i < 600; i++) lines.push(`Item ${i}: https://github.com/owner${i}/repo-${i} (mirror https://gitlab.com/g${i}/p) again https://github.com/owner${i}/repo-${i}`);
  lines.push('Our code is available online, ünïcödé ⭐.');
  return lines;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'huge-record-'));
  const lines = hugeText();
  files.text = path.join(dir, 'notes.txt');
  writeFileSync(files.text, `${lines.join('\n\n')}\n`);
  // The same text outside any list item: the Markdown file's own record.
  files.markdown = path.join(dir, 'readme.md');
  writeFileSync(files.markdown, `# A README\n\n${lines.join('\n\n')}\n\n- An item https://github.com/item/repo\n`);
  // One object whose strings hold the links.
  files.json = path.join(dir, 'one.json');
  writeFileSync(files.json, JSON.stringify({ title: 'One "links":[] paper', abstract: lines.slice(0, 300).join(' '), comments: lines.slice(300) }, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => Object.assign(tuning, defaults));

async function printed(file: string, format: ExtractFormat, shard: Shard | null = null): Promise<string> {
  const { out, text } = slowOutput();
  await writeExtract([file], { format, shard }, out);
  return text();
}

describe('a paper with more links than recordLinksInMemory', () => {
  it('moves its links to a temporary file: the record is the same, its links read as they are used', async () => {
    for (const [format, file] of Object.entries(files)) {
      const inMemory = (await extractInputs([file])).papers;
      tuning.recordLinksInMemory = 50;
      const spilled = (await extractInputs([file])).papers;
      Object.assign(tuning, defaults);
      const huge = spilled.find((p) => p.links.length > 1000)!;
      expect(huge, format).toBeDefined();
      expect(isLazyArray(huge.links), format).toBe(true);
      expect(inMemory.some((p) => isLazyArray(p.links)), format).toBe(false);
      expect(spilled, format).toEqual(inMemory);
      // Every link once, the code link found before the claim backs it, the words' promise kept.
      expect(new Set(huge.links.map((l) => l.url)).size, format).toBe(huge.links.length);
      expect(huge.claimsCodeWithoutLink, format).toBe(false);
      expect(huge.links[1]!.url, format).toBe('https://github.com/first/repo');
    }
  });

  it('prints the same bytes in every output format, from every reader', async () => {
    for (const [input, file] of Object.entries(files)) {
      for (const format of ['jsonl', 'json', 'csv', 'table'] as const) {
        const inMemory = await printed(file, format);
        tuning.recordLinksInMemory = 50;
        expect(await printed(file, format), `${input} as ${format}`).toBe(inMemory);
        Object.assign(tuning, defaults);
      }
    }
  });

  it('prints a huge paper in pieces: its text is never written as one chunk', async () => {
    // (json prints the paper by the same pieces as jsonl, then its repos[] — the paper's 1,201
    // targets, ~180 KB — target by target.)
    for (const format of ['jsonl', 'json', 'csv', 'table'] as const) {
      tuning.recordLinksInMemory = 50;
      const { out, text, largestChunk } = slowOutput();
      await writeExtract([files.text], { format }, out);
      const all = await text();
      // The writer flushes at 64 KiB; a paper printed whole would be one chunk of all its rows.
      expect(all.length, format).toBeGreaterThan(80 * 1024);
      expect(largestChunk(), format).toBeLessThanOrEqual(64 * 1024 + 1024);
    }
  });

  it('keeps only the rows of its shard of a huge paper in csv and table, as in memory', async () => {
    for (const format of ['csv', 'table'] as const) {
      for (const shard of [{ index: 1, count: 2 }, { index: 3, count: 3 }]) {
        const inMemory = await printed(files.text, format, shard);
        tuning.recordLinksInMemory = 50;
        const spilled = await printed(files.text, format, shard);
        Object.assign(tuning, defaults);
        expect(spilled, `${format} ${shard.index}/${shard.count}`).toBe(inMemory);
        expect(inMemory.length, format).toBeLessThan((await printed(files.text, format)).length);
      }
    }
  });

  it('keeps the papers read after a huge one in order behind it, from every reader, JSON Lines workers included, on a slow output', async () => {
    const worker = await buildJsonlWorker();
    try {
      const all = [files.text, 'test/fixtures/extract/arxiv.jsonl', files.markdown, files.text, files.json, 'test/fixtures/extract/awesome.md'];
      const run = async (workers: number) => {
        Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: workers, readChunkBytes: 4096 });
        const { out, text } = slowOutput();
        await writeExtract(all, { format: 'jsonl' }, out);
        return text();
      };
      const inMemory = await run(0);
      tuning.recordLinksInMemory = 50;
      expect(await run(0)).toBe(inMemory);
      tuning.recordLinksInMemory = 50;
      expect(await run(2)).toBe(inMemory);
    } finally {
      worker.remove();
    }
  });

  it('a huge list item read in one pass (stdin) still takes its reference links', async () => {
    const item = `- A huge item ${Array.from({ length: 80 }, (_, i) => `https://github.com/o${i}/r`).join(' ')} [code][r1]\n`;
    const markdown = `# List\n\n${item}- A small one [code][r1]\n\n[r1]: https://github.com/ref/one\n`;
    const read = async () => {
      const { out, text } = slowOutput();
      await writeExtract(['-'], { format: 'jsonl', stdin: Readable.from([markdown]), inputFormat: 'markdown' }, out);
      return text();
    };
    const inMemory = await read();
    tuning.recordLinksInMemory = 50;
    expect(await read()).toBe(inMemory);
    expect(JSON.parse(inMemory.split('\n')[0]!).links.at(-1).url).toBe('https://github.com/ref/one');
  });

  it('prints the same through the CLI, and the plain path (extractText) agrees', async () => {
    const inMemory = await runCli(['extract', files.text, '--format', 'jsonl']);
    tuning.recordLinksInMemory = 50;
    const spilled = await runCli(['extract', files.text, '--format', 'jsonl']);
    expect(spilled.code).toBe(0);
    expect(spilled.stdout).toBe(inMemory.stdout);
    expect(JSON.parse(spilled.stdout)).toEqual(JSON.parse(JSON.stringify(extractText(hugeText().join('\n\n') + '\n', files.text, 'text').papers[0])));
  });

  it('a claim of code is answered by a code link moved to the file, and stays a claim without one', () => {
    tuning.recordLinksInMemory = 5;
    const papers = Array.from({ length: 40 }, (_, i) => `See https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}`);
    const claim = 'Our code is available online.';
    const without = extractText(`${papers.join('\n')}\n${claim}\n`, 'claims.txt', 'text').papers[0]!;
    expect(isLazyArray(without.links)).toBe(true);
    expect(without.links).toHaveLength(40);
    expect(without.claimsCodeWithoutLink).toBe(true);
    // The only code link comes first: it is in the file long before the claim is read.
    const answered = extractText(`https://github.com/only/code\n${papers.join('\n')}\n${claim}\n`, 'claims.txt', 'text').papers[0]!;
    expect(answered.links).toHaveLength(41);
    expect(answered.claimsCodeWithoutLink).toBe(false);
  });

  it('leaves no temporary file behind (where the system allows, the file has no name once open)', async () => {
    const made = () => readdirSync(os.tmpdir()).filter((n) => n.startsWith('repo-audit-paper-links-'));
    const before = new Set(made());
    tuning.recordLinksInMemory = 50;
    const { papers } = await extractInputs([files.text]);
    expect(isLazyArray(papers[0]!.links)).toBe(true);
    const left = made().filter((n) => !before.has(n));
    expect(left).toEqual(process.platform === 'win32' ? left : []);
  });

  it('audits the same: the corpus as one plain-text paper, against the simulator (reports equal but for run times)', async () => {
    const corpus = 'examples/hf-papers';
    const text = path.join(dir, 'corpus.txt');
    writeFileSync(text, readdirSync(corpus).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8')).join('\n\n'));
    const sim = await startSimulator('examples/scenarios/hf-papers.json');
    try {
      const audit = async (name: string) => {
        const out = path.join(dir, name);
        const args = ['audit', text, '--input-format', 'text', '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', path.join(dir, `${name}-cache`), '--out', out];
        const r = await runCli(args, { env: { GITHUB_TOKEN: sim.scenario.tokens[0]!.token } });
        // When each answer came (ms precision) is the only thing two runs may differ in.
        const timeless = (file: string) => readFileSync(path.join(out, file), 'utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'T');
        const snapshot = JSON.parse(timeless('snapshot.json'));
        return { code: r.code, papers: snapshot.papers, repos: snapshot.repos, summary: snapshot.summary, csv: timeless('repos.csv') };
      };
      const inMemory = await audit('in-memory');
      tuning.recordLinksInMemory = 20;
      const spilled = await audit('spilled');
      expect(inMemory.papers).toHaveLength(1);
      expect(inMemory.papers[0].links.length).toBeGreaterThan(100);
      expect(spilled).toEqual(inMemory);
    } finally {
      await sim.close();
    }
  });
});
