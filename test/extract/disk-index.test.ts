// The two collections that grow with their input move to an index on disk past their limits
// (util/disk-key-index.ts, read/tuning.ts): a Markdown file's reference definitions
// (read/markdown-definitions.ts) and the URLs one huge paper has seen (extract/record.ts). With the
// limits tiny, `repo-audit extract` must print exactly what it prints with the defaults, and leave
// no file behind (the Markdown definitions' files closed as the file is read).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { tuning } from '../../src/read/tuning.js';
import { isLazyArray } from '../../src/util/lazy-array.js';
import { DiskKeyIndex } from '../../src/util/disk-key-index.js';
import { openFilesMatching } from '../helpers/open-files.js';
import { runCli } from '../helpers/run-cli.js';

const defaults = { ...tuning };
let dir = '';
let list = '';
let paper = '';
/** Enough definitions and links to go past a batch of new keys (util/disk-key-index.ts PENDING, 32,768) into the table. */
const SECTIONS = 700;
const ABSTRACTS = 12_000;

/**
 * A list whose sections' items use reference links defined at the section's end: ids in any
 * case, past ASCII, with inner white space; one id defined twice (the second wins), definitions
 * no item uses (they go to the file record), references to ids never defined, and one item using
 * a definition of a later section.
 */
function listText(): string {
  const lines = ['# A list with many definitions', '', 'See [the guide][guide] first.', ''];
  for (let s = 0; s < SECTIONS; s++) {
    lines.push(`## Section ${s}`, '');
    for (let i = 0; i < 12; i++) {
      const id = `${s}-${i}`;
      lines.push(`- Paper ${id} [[paper][P${id}]] [[code][c ${id}]] [Code] [[badge][ü${id}]] [[missing][none${id}]]${i === 0 ? ` [[next][c ${s + 1}-0]]` : ''}`);
    }
    lines.push('');
    for (let i = 0; i < 12; i++) {
      const id = `${s}-${i}`;
      lines.push(`[p${id}]: https://arxiv.org/abs/2401.${String(s * 12 + i).padStart(5, '0')}`);
      lines.push(`[C  ${id}]: https://github.com/owner${s}/repo-${i}`);
      lines.push(`[Ü${id}]: https://img.shields.io/github/stars/owner${s}/repo-${i}`);
      lines.push(`[unused${id}]: https://gitlab.com/g${s}/p${i}`);
    }
    lines.push(`[c ${s}-1]: https://github.com/redefined/s${s}`, '');
  }
  lines.push('[guide]: https://github.com/guide/guide', '');
  return lines.join('\n');
}

/** One paper (a plain-text file) with 36,001 distinct links, most seen more than once, some past ASCII. */
function paperText(): string {
  const lines = ['Prelude https://arxiv.org/abs/2401.00001'];
  for (let i = 0; i < ABSTRACTS; i++) {
    lines.push(`Abstract ${i}: code at https://github.com/owner${i}/repo-${i}, data https://huggingface.co/datasets/o${i}/d-ü${i}.`);
    lines.push(`Again https://github.com/owner${i}/repo-${i} and https://github.com/Owner${i}/Repo-${i} (another URL: case differs).`);
  }
  return lines.join('\n\n') + '\n';
}

/** Open files of this process that belong to a disk index (the name stays in the link once deleted). */
const openIndexFiles = () => openFilesMatching(/repo-audit-(markdown-definitions|paper-urls)-/);
const namedIndexFiles = () => readdirSync(os.tmpdir()).filter((n) => /^repo-audit-(markdown-definitions|paper-urls)-/.test(n));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disk-index-'));
  list = path.join(dir, 'list.md');
  writeFileSync(list, listText());
  paper = path.join(dir, 'paper.txt');
  writeFileSync(paper, paperText());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  Object.assign(tuning, defaults);
  vi.restoreAllMocks();
});

describe('indexes moved to disk past their limits', () => {
  it('a Markdown list with many reference definitions prints the same, from a file and from stdin', async () => {
    const named = new Set(namedIndexFiles());
    const inMemory = await runCli(['extract', list, '--format', 'jsonl']);
    expect(inMemory.code).toBe(0);
    const records = inMemory.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // The references resolved: an item's code link, the redefinition, a later section's definition, unused ones in the file record.
    const item = records.find((r) => r.title?.startsWith('Paper 3-0 '));
    expect(item.links.map((l: { url: string }) => l.url)).toEqual(expect.arrayContaining(['https://github.com/owner3/repo-0', 'https://github.com/owner4/repo-0', 'https://img.shields.io/github/stars/owner3/repo-0']));
    expect(records.find((r) => r.title?.startsWith('Paper 3-1 ')).links.map((l: { url: string }) => l.url)).toContain('https://github.com/redefined/s3');
    expect(records[0].links.map((l: { url: string }) => l.url)).toEqual(expect.arrayContaining(['https://github.com/guide/guide', `https://gitlab.com/g${SECTIONS - 1}/p11`]));

    const adds = vi.spyOn(DiskKeyIndex.prototype, 'add');
    // A batch of new keys went into the table on disk (not only the batch in memory).
    const batches = vi.spyOn(DiskKeyIndex.prototype as unknown as { insertPending(): void }, 'insertPending');
    tuning.definitionsInMemory = 10;
    const onDisk = await runCli(['extract', list, '--format', 'jsonl']);
    expect(adds.mock.calls.length).toBeGreaterThan(SECTIONS * 12 * 4);
    expect(batches).toHaveBeenCalled();
    expect(onDisk.stdout).toBe(inMemory.stdout);
    expect(onDisk.stderr).toBe(inMemory.stderr);
    expect(openIndexFiles()).toEqual([]);

    // Read once from stdin (the items wait for the end, spilled too).
    Object.assign(tuning, defaults);
    const stdin = listText();
    const once = await runCli(['extract', '-', '--input-format', 'markdown', '--format', 'jsonl'], { stdin });
    expect(once.stdout).toBe(inMemory.stdout.replaceAll(JSON.stringify(list), JSON.stringify('-')));
    adds.mockClear();
    Object.assign(tuning, { definitionsInMemory: 10, markdownHeldInMemory: 5 });
    expect((await runCli(['extract', '-', '--input-format', 'markdown', '--format', 'jsonl'], { stdin })).stdout).toBe(once.stdout);
    expect(adds).toHaveBeenCalled();
    expect(namedIndexFiles().filter((n) => !named.has(n))).toEqual([]);
  });

  it("a huge paper's links read back from the disk index are the links kept in memory, as a lazy array", async () => {
    const inMemory = (await extractInputs([paper])).papers;
    Object.assign(tuning, { recordLinksInMemory: 70, recordUrlsInMemory: 200 });
    const onDisk = (await extractInputs([paper])).papers;
    expect(isLazyArray(onDisk[0]!.links)).toBe(true);
    expect(onDisk[0]!.links.length).toBe(1 + 3 * ABSTRACTS);
    expect(onDisk).toEqual(inMemory);
  });

  it('a text paper with many links prints the same in every output format, its URLs on disk', async () => {
    const named = new Set(namedIndexFiles());
    for (const format of ['jsonl', 'json', 'csv']) {
      const inMemory = await runCli(['extract', paper, '--format', format]);
      expect(inMemory.code).toBe(0);
      // The URLs move with all links in the file (or some still in memory: numbered across).
      for (const limits of [{ recordLinksInMemory: 100, recordUrlsInMemory: 50 }, { recordLinksInMemory: 50, recordUrlsInMemory: 120 }]) {
        const adds = vi.spyOn(DiskKeyIndex.prototype, 'add');
        const batches = vi.spyOn(DiskKeyIndex.prototype as unknown as { insertPending(): void }, 'insertPending');
        Object.assign(tuning, limits);
        const onDisk = await runCli(['extract', paper, '--format', format]);
        expect(adds.mock.calls.length, format).toBeGreaterThan(2 * ABSTRACTS);
        expect(batches, format).toHaveBeenCalled();
        expect(onDisk.stdout, format).toBe(inMemory.stdout);
        Object.assign(tuning, defaults);
        vi.restoreAllMocks();
      }
      if (format === 'jsonl') {
        const links = JSON.parse(inMemory.stdout).links as { url: string }[];
        // Each link once: 1 paper link, the code and data links of each abstract, and the code links that differ in case.
        expect(links).toHaveLength(1 + 3 * ABSTRACTS);
        expect(new Set(links.map((l) => l.url)).size).toBe(links.length);
      }
    }
    expect(namedIndexFiles().filter((n) => !named.has(n))).toEqual([]);
  });
});
