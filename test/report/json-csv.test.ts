import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { renderCsv } from '../../src/report/csv.js';
import { csvCell } from '../../src/util/csv.js';
import { renderSnapshotJson, snapshotJsonChunks } from '../../src/report/json.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const build = (extract = smallExtract(), facts = smallFacts()) => buildSnapshot({ extract, facts, clock: fixedClock(NOW), staleDays: 365, version: '0.0.0-test' });

function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.every((k, i) => i === 0 || keys[i - 1]! < k) && Object.values(value).every(keysSorted);
  }
  return true;
}

describe('renderSnapshotJson', () => {
  it('sorts keys at every level and ends with a newline', () => {
    const text = renderSnapshotJson(build());
    expect(text.endsWith('}\n')).toBe(true);
    expect(keysSorted(JSON.parse(text))).toBe(true);
  });

  it('is written piece by piece (one per repository and paper) with the bytes of a 2-space JSON.stringify', () => {
    const snapshot = build();
    const chunks = [...snapshotJsonChunks(snapshot)];
    expect(chunks.length).toBeGreaterThan(snapshot.repos.length + snapshot.papers.length);
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).repos.map((r: { key: string }) => r.key)).toEqual(snapshot.repos.map((r) => r.key).sort());
    const empty = { ...snapshot, repos: [], papers: [] };
    expect([...snapshotJsonChunks(empty)].join('')).toBe(`${JSON.stringify(JSON.parse([...snapshotJsonChunks(empty)].join('')), null, 2)}\n`);
  });

  it('is the same whatever order the inputs came in', () => {
    const extract = smallExtract();
    const shuffled = { ...extract, repos: [...extract.repos].reverse() };
    expect(renderSnapshotJson(build(shuffled, [...smallFacts()].reverse()))).toBe(renderSnapshotJson(build()));
  });

  it('keeps the design.md contract fields', () => {
    const s = JSON.parse(renderSnapshotJson(build()));
    expect(s).toMatchObject({ schemaVersion: 1, generatedAt: '2026-11-22T03:17:00Z', tool: { name: 'repo-audit' } });
    expect(s.summary).toMatchObject({ papers: 8, links: 8, repos: 8 });
    expect(s.repos.map((r: { key: string }) => r.key)).toEqual([...s.repos.map((r: { key: string }) => r.key)].sort());
    expect(s.repos[0]).toHaveProperty('papers');
    expect(s.history).toEqual([{ generatedAt: '2026-11-22T03:17:00Z', healthyShare: 0.4286 }]);
  });
});

describe('renderCsv', () => {
  it('one row per (paper, repository) link, with a header', () => {
    const rows = renderCsv(build()).trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^paper_source,paper_line,paper_title/);
    expect(rows).toHaveLength(1 + 8 + 2);
    expect(rows[1]).toBe(
      'papers/a.txt,1,Sparse training at scale,"Feb 7, 2024",some-broken,https://github.com/good/model,3,github/good/model,ok,,has code,https://github.com/good/model,1234,2,MIT,false,2026-10-01T00:00:00Z,2026-10-01T00:00:00Z,2026-11-22T03:00:00Z,,,,,',
    );
  });

  it('a paper linking the same repository twice gives one row', () => {
    const extract = smallExtract();
    const p = extract.papers[0]!;
    extract.papers[0] = { ...p, links: [...p.links, { ...p.links[0]!, line: 9 }] };
    expect(renderCsv(build(extract)).trimEnd().split('\r\n')).toHaveLength(11);
  });

  it('one row per paper without a code link, so paper_health counts the papers as health.md does', () => {
    const csv = renderCsv(build());
    const rows = csv.trimEnd().split('\r\n');
    const width = rows[0]!.split(',').length;
    expect(rows.slice(-2)).toEqual([
      `papers/c.txt,30,We will release the code,"Jan 15, 2026",promise-unkept${','.repeat(width - 5)}`,
      `papers/c.txt,40,No code at all,"Feb 7, 2024",no-code-link${','.repeat(width - 5)}`,
    ]);
    const byHealth = new Map<string, Set<string>>();
    for (const r of rows.slice(1)) {
      const [source, line] = r.split(',');
      const health = /,(healthy|unchecked|some-broken|promise-unkept|no-code-link),/.exec(r)![1]!;
      byHealth.set(health, (byHealth.get(health) ?? new Set()).add(`${source}:${line}`));
    }
    const summary = build().summary.byPaperHealth!;
    for (const [health, n] of Object.entries(summary)) expect(byHealth.get(health)?.size ?? 0).toBe(n);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    [null, ''],
    [42, '42'],
    [false, 'false'],
  ])('csvCell(%j) → %s', (input, expected) => expect(csvCell(input)).toBe(expected));
});
