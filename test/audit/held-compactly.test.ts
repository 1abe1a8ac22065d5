// The audit holds its papers encoded outside the heap (PaperStore), compacts each record as it is
// read, builds only the problem rows health.md shows and reads the facts back from a spill
// and holds its classified repositories in a file (RepoStore) (docs/scale.md, "Memory"). None of
// that may change a byte of the reports: an audit of a
// mid-size collection (problems past the tables' cap, papers with two links, promises, several
// files) writes the same snapshot.json, health.md and repos.csv as the reports rendered from the
// snapshot built the plain way, every paper and every fact held in memory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditWith, type AuditStages } from '../../src/audit/run-audit.js';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { extractCompactly } from '../../src/audit/compact-extract.js';
import { PaperStore, paperStoreOf } from '../../src/audit/paper-store.js';
import { repoStoreOf } from '../../src/audit/repo-store.js';
import { markAccepted } from '../../src/accept/accept.js';
import { loadIgnoreFile } from '../../src/accept/ignore-file.js';
import { readSnapshot } from '../../src/audit/snapshot-file.js';
import { failOnMatches } from '../../src/classify/fail-on.js';
import { deadLinks } from '../../src/report/dead-links.js';
import { verdictLine } from '../../src/report/verdict.js';
import { isMarkedOrdered, lookupOf } from '../../src/util/lazy-array.js';
import { writeReports } from '../../src/audit/write-reports.js';
import { extractInputs } from '../../src/extract/index.js';
import { fixedClock } from '../../src/harvest/clock.js';
import { resolveOptions } from '../../src/options.js';
import type { RepoFacts, RepoRef } from '../../src/types.js';
import { facts } from '../fixtures/report/facts.js';

const NOW = new Date('2026-11-30T09:00:00Z');
let dir: string;
let inputs: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-held-'));
  // Named in an order the snapshot does not keep (it lists papers by file name, then line).
  inputs = [join(dir, 'b.md'), join(dir, 'a.md')];
  for (const [f, input] of inputs.entries()) {
    const lines: string[] = ['# Papers', ''];
    for (let i = 0; i < 1200; i++) {
      const n = f * 1200 + i;
      const extra = n % 7 === 0 ? ` and https://github.com/shared/tool${n % 5}/tree/main/sub${n % 3}` : '';
      const promise = n % 50 === 0 ? ' Code will be released soon.' : '';
      lines.push(`- Paper ${n} (Feb ${1 + (n % 27)}, 2024): code at https://github.com/o${n % 90}/r-${n}${extra}.${promise}`);
    }
    writeFileSync(input, `${lines.join('\n')}\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A deterministic mix: found, not found, blocked, empty, moved, archived, stale, unlicensed, a missing sub-path. */
function answer(r: RepoRef, i: number): RepoFacts {
  const h = (i * 2654435761) % 1000;
  const name = r.repo ?? r.key;
  if (h < 250) return { ...facts(name, { outcome: 'not-found', httpStatus: 404, stars: null, canonicalUrl: null, canonicalRepo: null }), key: r.key, url: r.url };
  if (h < 300) return { ...facts(name, { outcome: 'blocked', httpStatus: 451, blockReason: 'dmca', canonicalUrl: null }), key: r.key, url: r.url };
  const over: Partial<RepoFacts> = {
    empty: h < 340,
    moved: h % 41 === 0,
    canonicalUrl: h % 41 === 0 ? `https://github.com/${name}-renamed` : `https://github.com/${name}`,
    archived: h % 23 === 0,
    license: h % 9 === 0 ? null : 'MIT',
    pushedAt: h % 2 ? '2026-05-01T00:00:00Z' : '2023-02-01T00:00:00Z',
    description: h % 3 ? `Code for paper ${i}` : null,
    topics: h % 4 === 0 ? ['deep-learning', `t${h % 13}`] : [],
    subpaths: Object.fromEntries(r.paths.map((p) => [p, h % 2 === 0])),
    checkedAt: `2026-11-30T08:${String(i % 60).padStart(2, '0')}:00Z`,
  };
  return { ...facts(name, over), key: r.key, url: r.url };
}

describe('an audit held compactly', () => {
  it('writes the same reports, byte for byte, as the snapshot built with everything in memory', async () => {
    const stages: AuditStages = {
      extract: extractCompactly,
      async harvest(repos, _o, _h, onFacts) {
        for (const [i, r] of repos.entries()) await onFacts(answer(r, i));
        return { incomplete: null };
      },
    };
    const options = resolveOptions({ outDir: join(dir, 'audit'), checkWeb: false, failOn: 'none' }, {}, {});
    const result = await runAuditWith(stages, inputs, options, { clock: fixedClock(NOW) });
    expect(paperStoreOf(result.snapshot.papers)).toBeDefined(); // held encoded, read as an array

    const read = await extractInputs(inputs);
    const plain = buildSnapshot({ extract: read, facts: read.repos.map(answer), clock: fixedClock(NOW), staleDays: 365, version: result.snapshot.tool.version });
    expect(plain.summary.byStatus['not-found']).toBeGreaterThan(500); // past the tables' cap
    await writeReports(plain, null, join(dir, 'plain'), ['md', 'json', 'csv']);
    for (const file of ['snapshot.json', 'health.md', 'repos.csv']) {
      expect(readFileSync(join(dir, 'audit', file), 'utf8'), file).toBe(readFileSync(join(dir, 'plain', file), 'utf8'));
    }
    expect(result.snapshot.papers).toEqual(plain.papers);
    // The repositories are read from a file as used: the same entries, without their facts, found by key.
    expect(repoStoreOf(result.snapshot.repos)).toBeDefined();
    expect(isMarkedOrdered(result.snapshot.repos)).toBe(true); // the reports skip reading it all to check its order
    expect(result.snapshot.repos).toEqual(plain.repos.map(({ facts: _f, ...slim }) => slim));
    const shared = plain.repos.find((r) => r.key.includes('shared/'))!;
    expect(lookupOf(result.snapshot.repos)!(shared.key.toUpperCase())).toEqual(result.snapshot.repos.find((r) => r.key === shared.key));
    expect(result.snapshot.summary).toEqual(plain.summary);
    expect(result.snapshot.history).toEqual(plain.history);
    expect(verdictLine(result.snapshot)).toBe(verdictLine(plain));
    expect(deadLinks(result.snapshot)).toEqual(deadLinks(plain));
    const failOn = ['not-found', 'blocked', 'empty', 'moved', 'some-broken', 'promise-unkept'];
    expect(failOnMatches(result.snapshot, failOn)).toEqual(failOnMatches(plain, failOn));
  });

  it('a second run, with a previous snapshot and an ignore file: the same reports as the plain snapshot, marked and carried over', async () => {
    const out = join(dir, 'again');
    const stages = (checkedAt: string): AuditStages => ({
      extract: extractCompactly,
      async harvest(repos, _o, _h, onFacts) {
        // The same world asked again later: every answer's time moves (checkedAt is carried over), one repository recovers.
        for (const [i, r] of repos.entries()) await onFacts({ ...answer(r, i), checkedAt, ...(i === 3 ? { outcome: 'found', httpStatus: 200 } : {}) });
        return { incomplete: null };
      },
    });
    const ignoreFile = join(dir, 'ignore');
    writeFileSync(ignoreFile, 'github.com/o1/*  # a lab we know about\nshared/tool2 until 2026-01-01\n');
    const first = resolveOptions({ outDir: out, checkWeb: false, failOn: 'none' }, {}, {});
    await runAuditWith(stages('2026-11-29T08:00:00Z'), inputs, first, { clock: fixedClock(new Date('2026-11-29T09:00:00Z')) });
    const previous = await readSnapshot(join(out, 'snapshot.json'));
    const options = resolveOptions({ outDir: out, checkWeb: false, failOn: 'none', ignoreFile }, {}, {});
    const result = await runAuditWith(stages('2026-11-30T08:00:00Z'), inputs, options, { clock: fixedClock(NOW) });

    const read = await extractInputs(inputs);
    const answers = read.repos.map((r, i) => ({ ...answer(r, i), checkedAt: '2026-11-30T08:00:00Z', ...(i === 3 ? { outcome: 'found' as const, httpStatus: 200 } : {}) }));
    const built = buildSnapshot({ extract: read, facts: answers, clock: fixedClock(NOW), staleDays: 365, version: result.snapshot.tool.version, previous });
    const { entries } = await loadIgnoreFile(ignoreFile);
    const plain = markAccepted(built, entries, NOW);
    expect(plain.repos.filter((r) => r.accepted).length).toBeGreaterThan(10);
    expect(plain.repos.filter((r) => r.accepted?.expired).length).toBeGreaterThan(0);
    expect(plain.repos.filter((r) => r.checkedAt === '2026-11-29T08:00:00Z').length).toBeGreaterThan(1000); // carried over
    await writeReports(plain, previous, join(dir, 'plain-again'), ['md', 'json', 'csv']);
    for (const file of ['snapshot.json', 'health.md', 'repos.csv']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(dir, 'plain-again', file), 'utf8'));
    }
    expect(readFileSync(join(out, 'health.md'), 'utf8')).toContain('## Accepted');
    expect(result.snapshot.repos).toEqual(plain.repos.map(({ facts: _f, ...slim }) => slim));
    const failOn = ['not-found', 'blocked', 'some-broken'];
    expect(failOnMatches(result.snapshot, failOn)).toEqual(failOnMatches(plain, failOn));
  });

  it('stores papers as they were read: the same records, a read-only array view', async () => {
    const read = await extractInputs(inputs);
    const store = new PaperStore();
    for (const p of read.papers) store.add(p);
    const view = store.view();
    expect(view.length).toBe(2400);
    expect(view[3]).toEqual(read.papers[3]);
    expect([...view]).toEqual(read.papers);
    expect(view.filter((p) => p.promised).length).toBe(read.papers.filter((p) => p.promised).length);
    expect(Object.keys(view).length).toBe(2400);
    expect(Reflect.set(view, 0, read.papers[1])).toBe(false);
    // inOrderWithHealth: by file, then line, whatever order they were added in, each with its health
    const sorted = [...read.papers].sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line);
    expect(sorted[0]!.source).toMatch(/a\.md$/);
    const verdict = (p: { line: number }) => ({ status: 'healthy' as const, reason: `line ${p.line}` });
    const ordered = store.inOrderWithHealth(verdict);
    expect([...ordered]).toEqual(sorted.map((p) => ({ ...p, health: verdict(p) })));
    expect(ordered.view()[5]).toEqual({ ...sorted[5], health: verdict(sorted[5]!) });
    expect([...store]).toEqual(read.papers); // the store itself keeps its order
  });

  it('extractCompactly gives what extractInputs gives', async () => {
    const compact = await extractCompactly(inputs, {});
    const read = await extractInputs(inputs);
    expect({ papers: [...compact.papers], repos: compact.repos, problems: compact.problems }).toEqual(read);
  });
});
