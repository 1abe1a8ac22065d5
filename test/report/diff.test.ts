import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { diffSnapshots } from '../../src/report/diff.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RepoFacts } from '../../src/types.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const YESTERDAY = new Date(NOW.getTime() - 86_400_000);

function pair(change: (f: RepoFacts) => RepoFacts) {
  const prev = buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(YESTERDAY), staleDays: 365, version: 't' });
  const cur = buildSnapshot({ extract: smallExtract(), facts: smallFacts().map(change), clock: fixedClock(NOW), staleDays: 365, version: 't', previous: prev });
  return { prev, cur, diff: diffSnapshots(prev, cur) };
}

describe('diffSnapshots', () => {
  it('nothing changed', () => {
    const { diff } = pair((f) => f);
    expect(diff).toMatchObject({ newlyDead: [], recovered: [], newlyEmpty: [], renamed: [], promisesKept: [], starGains: [], added: 0, removed: 0 });
  });

  it('newly dead, recovered, newly empty, promise kept, star gains', () => {
    const { diff } = pair((f) => {
      if (f.key === 'github/good/model') return { ...f, outcome: 'not-found', httpStatus: 404 };
      if (f.key === 'github/gone/repo') return { ...f, outcome: 'found', httpStatus: 200, rootEntries: [{ name: 'main.py', type: 'blob' }] };
      if (f.key === 'github/mono/repo') return { ...f, empty: true, stars: 500 };
      if (f.key === 'github/soon/code') return { ...f, rootEntries: [{ name: 'train.py', type: 'blob' }], stars: 40 };
      return f;
    });
    expect(diff.newlyDead.map((c) => [c.key, c.was, c.now])).toEqual([['github/good/model', 'ok', 'not-found']]);
    expect(diff.recovered.map((c) => c.key)).toEqual(['github/gone/repo', 'github/soon/code']);
    expect(diff.newlyEmpty.map((c) => c.key)).toEqual(['github/mono/repo']);
    expect(diff.promisesKept.map((c) => c.key)).toEqual(['github/soon/code']);
    expect(diff.starGains).toEqual([
      { key: 'github/mono/repo', url: 'https://github.com/mono/repo', from: 10, to: 500, gain: 490 },
      { key: 'github/soon/code', url: 'https://github.com/soon/code', from: 3, to: 40, gain: 37 },
    ]);
  });

  it('an unknown answer is never "newly dead" nor "recovered"', () => {
    const { diff } = pair((f) => (f.key === 'github/good/model' || f.key === 'github/gone/repo' ? { ...f, outcome: 'unknown', error: 'HTTP 502' } : f));
    expect(diff.newlyDead).toEqual([]);
    expect(diff.recovered).toEqual([]);
  });

  it('renamed', () => {
    const { diff } = pair((f) => (f.key === 'github/good/model' ? { ...f, moved: true, canonicalRepo: 'x/y', canonicalUrl: 'https://github.com/x/y' } : f));
    expect(diff.renamed).toMatchObject([{ key: 'github/good/model', canonicalUrl: 'https://github.com/x/y', reason: 'renamed to x/y' }]);
  });

  it('health.md gets a "Changes since" section and the history chart', () => {
    const { prev, cur } = pair((f) => (f.key === 'github/good/model' ? { ...f, outcome: 'not-found', httpStatus: 404 } : f));
    const md = renderMarkdown(cur, prev);
    expect(md).toContain('## Changes since 2026-11-21 03:17 UTC');
    expect(md).toMatch(/### Newly dead \(1\)\n\n- \[github\.com\/good\/model\]\(https:\/\/github\.com\/good\/model\): not found \(was ok\)/);
    expect(cur.history?.map((h) => h.generatedAt)).toEqual(['2026-11-21T03:17:00Z', '2026-11-22T03:17:00Z']);
    expect(md).toContain('xychart-beta');
    expect(md).toContain('line [42.9, 28.6]');
  });

  it('keeps the five largest star gains among thousands (ties by key), counting added and removed', () => {
    const repo = (key: string, stars: number) => ({ key, url: `https://github.com/${key}`, status: 'ok', flags: [], reasons: {}, stars, canonicalUrl: null }) as never;
    const n = 2500;
    const prev = { generatedAt: '2026-11-29T00:00:00Z', repos: [...Array.from({ length: n }, (_, i) => repo(`o/r${i}`, 10)), repo('o/gone', 1)] } as never;
    // Gains cycle through 0..96, so the largest (96) repeat: the key decides among them.
    const cur = { repos: [...Array.from({ length: n }, (_, i) => repo(`o/r${i}`, 10 + ((i * 37) % 97))), repo('o/new', 5)].sort((a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1)) } as never;
    const diff = diffSnapshots(prev, cur);
    const all = Array.from({ length: n }, (_, i) => ({ key: `o/r${i}`, gain: (i * 37) % 97 })).filter((g) => g.gain > 0);
    const best = all.sort((a, b) => b.gain - a.gain || (a.key < b.key ? -1 : 1)).slice(0, 5);
    expect(diff.starGains.map((g) => [g.key, g.gain])).toEqual(best.map((g) => [g.key, g.gain]));
    expect(best[0]!.gain).toBe(96);
    expect([diff.added, diff.removed]).toEqual([1, 1]);
  });
});
