// The audit's spill (facts kept on disk, read back by offset) and its compacted extract result:
// what goes in comes back equal, and nothing is left behind.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactExtract } from '../../src/audit/compact-extract.js';
import { FactsSpill } from '../../src/audit/facts-spill.js';
import { extractText } from '../../src/extract/index.js';
import { facts } from '../fixtures/report/facts.js';

const spills = () => readdirSync(tmpdir()).filter((n) => n.startsWith('repo-audit-facts-'));

describe('FactsSpill', () => {
  // A temporary directory of this file's own: other test files running at the same time make spills too.
  const sharedTmp = process.env.TMPDIR;
  let ownTmp = '';
  beforeAll(() => {
    ownTmp = mkdtempSync(join(tmpdir(), 'facts-spill-test-'));
    process.env.TMPDIR = ownTmp;
  });
  afterAll(() => {
    if (sharedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = sharedTmp;
    rmSync(ownTmp, { recursive: true, force: true });
  });

  it('gives back the facts last put for a key, whatever its case, across many flushes; disposing deletes the file', () => {
    const before = new Set(spills());
    const spill = new FactsSpill();
    const all = Array.from({ length: 3000 }, (_, i) => facts(`o/r${i}`, { description: `répo ${i} ${'x'.repeat(i % 200)}`, topics: [`t${i}`] }));
    for (const f of all) spill.put(f);
    spill.put({ ...all[7]!, stars: 12345, archive: { swh: null, wayback: null, unchecked: ['swh'] } }); // a later answer replaces the first
    expect(spill.get('github/o/r0')).toEqual(all[0]);
    expect(spill.get('GITHUB/O/R2999')).toEqual(all[2999]);
    expect(spill.get('github/o/r7')).toMatchObject({ stars: 12345, archive: { unchecked: ['swh'] } });
    expect(spill.get('github/o/missing')).toBeUndefined();
    spill.put(facts('o/late'));
    expect(spill.get('github/o/late')?.key).toBe('github/o/late'); // read before its bytes were flushed
    const created = spills().filter((n) => !before.has(n));
    expect(created).toHaveLength(1);
    spill.dispose();
    expect(existsSync(`${tmpdir()}/${created[0]}`)).toBe(false);
  });

  it('forgets every entry on request (a harvest that threw answered nothing)', () => {
    const spill = new FactsSpill();
    spill.put(facts('o/r'));
    spill.forget();
    expect(spill.get('github/o/r')).toBeUndefined();
    spill.dispose();
  });
});

describe('compactExtract', () => {
  it('holds the same papers, links and repositories (the memory it saves is measured in bench/harvest/scale.ts)', () => {
    const text = ['# Papers', '', '- A (2024): https://github.com/a/b and https://github.com/a/b/tree/main/x', '- B, code coming soon: https://github.com/c/d', '- C: https://arxiv.org/abs/2401.00001', ''].join('\n');
    const read = extractText(text, 'papers.md');
    const compact = compactExtract(read);
    expect(read.papers.length).toBe(3);
    expect(compact).toEqual({ papers: read.papers, repos: read.repos });
    expect(compact.papers[0]).not.toBe(read.papers[0]); // rebuilt, not the readers' objects
  });
});
