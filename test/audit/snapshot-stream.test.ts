// Reading snapshot.json piece by piece (merge): every element handed on equals the whole file's,
// whatever the read size (elements and multi-byte characters cut across reads), and each
// element's place reads it back; a file in another layout is read whole.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSnapshot, readElement, type ElementPlace } from '../../src/audit/snapshot-stream.js';
import { renderSnapshotJson } from '../../src/report/json.js';
import type { PaperRecord, Snapshot, SnapshotRepo } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'repo-audit-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The demo's snapshot, with multi-byte titles, written as snapshot.json is.
const demo = JSON.parse(readFileSync('reports/snapshot.json', 'utf8')) as Snapshot;
demo.papers[0]!.title = 'Ünïcödé — 中文 🚀';
demo.repos[0]!.papers[0]!.title = '論文 “quoted” ✓';
const file = join(dir, 'snapshot.json');
writeFileSync(file, renderSnapshotJson(demo));
const expected = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const { repos: _repos, papers: _papers, ...expectedHead } = expected;

async function readAll(path: string, chunkBytes?: number) {
  const reader = await openSnapshot(path, chunkBytes ? { chunkBytes } : {});
  const repos: SnapshotRepo[] = [];
  const papers: PaperRecord[] = [];
  const places: (ElementPlace | null)[] = [];
  await reader.lists({
    repos: (r, place) => {
      repos.push(r);
      places.push(place);
    },
    papers: (p) => void papers.push(p),
  });
  return { head: reader.head, repos, papers, places };
}

describe('openSnapshot', () => {
  it.each([61, 333, 65_536, undefined])('hands on every element as the whole file has it, reading %s bytes at a time', async (chunkBytes) => {
    expect(expected.repos.length).toBeGreaterThan(50);
    const got = await readAll(file, chunkBytes);
    expect(got.head).toEqual(expectedHead);
    expect(got.repos).toEqual(expected.repos);
    expect(got.papers).toEqual(expected.papers);
    const fd = openSync(file, 'r');
    try {
      for (const [i, place] of got.places.entries()) expect(readElement(fd, file, place!)).toEqual(expected.repos[i]);
    } finally {
      closeSync(fd);
    }
  });

  it('reads a file in another layout whole: the same elements, no places', async () => {
    const compact = join(dir, 'compact.json');
    writeFileSync(compact, JSON.stringify(expected));
    const got = await readAll(compact, 333);
    expect(got.head).toEqual(expectedHead);
    expect(got.repos).toEqual(expected.repos);
    expect(got.papers).toEqual(expected.papers);
    expect(got.places.every((p) => p === null)).toBe(true);
  });

  it('skips a list without a handler, unparsed: a broken element there goes unnoticed, one handed on is named by line', async () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const paper = lines.indexOf('  "papers": [') + 1; // 0-based index of the first paper's `{`
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, [...lines.slice(0, paper + 1), '      "line": ,', ...lines.slice(paper + 1)].join('\n'));
    const reader = await openSnapshot(broken);
    let repos = 0;
    await reader.lists({ repos: () => void repos++ });
    expect(repos).toBe(expected.repos.length);
    await expect(reader.lists({ papers: () => {} })).rejects.toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${paper + 1}: not JSON \\(`));
  });
});
