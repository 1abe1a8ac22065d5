import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { annotations } from '../../src/report/annotations.js';
import { renderJobSummary } from '../../src/report/summary.js';
import type { RepoFacts } from '../../src/types.js';
import { facts, link, paper } from '../fixtures/report/facts.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const small = () => buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(NOW), staleDays: 365, version: 't' });

describe('annotations', () => {
  it('one warning per dead or blocked link, at its file and line', () => {
    expect(annotations(small())).toEqual([
      '::warning file=papers/a.txt,line=3,title=repo-audit%3A not found::https://github.com/gone/repo is not found: deleted, made private, or never existed',
      '::warning file=papers/b.md,line=21,title=repo-audit%3A blocked::https://github.com/dmca/repo is blocked: blocked by a DMCA takedown (HTTP 451)',
    ]);
  });

  it('escapes workflow-command syntax in file names and messages', () => {
    const s = small();
    s.papers = s.papers.map((p) => (p.source === 'papers/a.txt' ? { ...p, source: 'a,b:c%.txt' } : p));
    s.repos = s.repos.map((r) => (r.key === 'github/gone/repo' ? { ...r, reasons: { status: 'line1\nline2 100%' } } : r));
    expect(annotations(s)[0]).toBe('::warning file=a%2Cb%3Ac%25.txt,line=3,title=repo-audit%3A not found::https://github.com/gone/repo is not found: line1%0Aline2 100%25');
  });
});

describe('renderJobSummary', () => {
  it('holds the verdict, the status counts and the problem tables', () => {
    const md = renderJobSummary(small());
    expect(md).toMatch(/^## Repository health\n\n\*\*4 of 7 checked/);
    expect(md).toContain('| not found | 1 |');
    expect(md).toContain('### Dead links: not found (1)');
    expect(md).not.toContain('<details>');
  });

  it('stays under its byte budget with thousands of problems, cutting whole rows', () => {
    const papers = [];
    const all: RepoFacts[] = [];
    for (let i = 0; i < 3000; i++) {
      const name = `owner${i}/${'x'.repeat(200)}`;
      papers.push(paper('big.txt', i * 3 + 1, `Paper ${i} ${'t'.repeat(100)}`, [link(name, i * 3 + 2)]));
      all.push(facts(name, { outcome: 'not-found', httpStatus: 404 }));
    }
    const repos = all.map((f, i) => ({ key: f.key, forge: f.forge, kind: f.kind, repo: f.canonicalRepo, url: f.url, paths: [], papers: [i] }));
    const s = buildSnapshot({ extract: { papers, repos }, facts: all, clock: fixedClock(NOW), staleDays: 365, version: 't' });
    const md = renderJobSummary(s, { maxBytes: 200_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(200_000);
    expect(md).toContain('Cut short to stay within the job summary limit');
    const rows = md.split('\n').filter((l) => l.startsWith('| [github.com/owner'));
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.endsWith('|')).toBe(true);
    expect(Buffer.byteLength(renderJobSummary(s))).toBeLessThan(1024 * 1024);
  });
});
