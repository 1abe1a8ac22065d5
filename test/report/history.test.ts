import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { HISTORY_LENGTH, healthyShare, nextHistory } from '../../src/report/history.js';
import type { Snapshot, SnapshotRepo } from '../../src/types.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const repo = (status: SnapshotRepo['status']) => ({ status }) as SnapshotRepo;

describe('healthyShare', () => {
  it('is ok over decided repositories; unknown ones do not count', () => {
    expect(healthyShare({ repos: [repo('ok'), repo('ok'), repo('not-found'), repo('unknown')] })).toBe(0.6667);
    expect(healthyShare({ repos: [repo('unknown')] })).toBe(0);
  });
});

describe('nextHistory', () => {
  const entry = (day: number) => ({ generatedAt: `2026-10-${String(day).padStart(2, '0')}T00:00:00Z`, healthyShare: day / 100 });

  it('starts with this run alone', () => expect(nextHistory(null, entry(5))).toEqual([entry(5)]));

  it('a previous snapshot without history contributes itself', () => {
    const prev = { generatedAt: entry(4).generatedAt, repos: [repo('ok'), repo('empty')] } as Snapshot;
    expect(nextHistory(prev, entry(5))).toEqual([{ generatedAt: entry(4).generatedAt, healthyShare: 0.5 }, entry(5)]);
  });

  it('keeps the last HISTORY_LENGTH runs and drops runs not older than this one', () => {
    const prev = { generatedAt: 'x', repos: [], history: Array.from({ length: 31 }, (_, i) => entry(i + 1)) } as unknown as Snapshot;
    const next = nextHistory(prev, entry(20));
    expect(next).toHaveLength(20);
    expect(next.at(-1)).toEqual(entry(20));
    const long = nextHistory({ ...prev, history: prev.history!.slice(0, 30) }, { generatedAt: '2026-11-01T00:00:00Z', healthyShare: 1 });
    expect(long).toHaveLength(HISTORY_LENGTH);
    expect(long[0]).toEqual(entry(2));
  });
});

describe('buildSnapshot', () => {
  it('marks a repository promise-unkept only when a paper citing it promised code', () => {
    const s = buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(NOW), staleDays: 365, version: 't' });
    expect(s.repos.filter((r) => r.flags.includes('promise-unkept')).map((r) => r.key)).toEqual(['github/soon/code']);
    expect(s.summary.byPaperHealth).toEqual({ healthy: 1, unchecked: 1, 'some-broken': 3, 'promise-unkept': 2, 'no-code-link': 1 });
    expect(s.repos.find((r) => r.key === 'github/soon/code')?.papers).toEqual([{ source: 'papers/a.txt', line: 10, title: 'Coming soon: a placeholder' }]);
  });

  it('a day later, the same world gives the same repositories and papers (no day counts in the snapshot)', () => {
    const build = (now: Date) => buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(now), staleDays: 365, version: 't' });
    const today = build(NOW);
    const tomorrow = build(new Date(NOW.getTime() + 86_400_000));
    expect(tomorrow.papers).toEqual(today.papers);
    expect(tomorrow.repos).toEqual(today.repos);
    expect(today.papers.find((p) => p.line === 30)?.health?.reason).toBe('code promised, no link given (paper dated 2026-01-15)');
  });

  it('a repository without an answer is unknown, never dead', () => {
    const s = buildSnapshot({ extract: smallExtract(), facts: [], clock: fixedClock(NOW), staleDays: 365, version: 't', incompleteReason: 'budget exhausted' });
    expect(s.summary.byStatus).toMatchObject({ unknown: 8, 'not-found': 0 });
    expect(s.repos[0]?.reasons.status).toBe('could not be checked: budget exhausted');
  });

  it('matches facts to repositories case-insensitively', () => {
    const facts = smallFacts().map((f) => ({ ...f, key: f.key.toUpperCase() }));
    const s = buildSnapshot({ extract: smallExtract(), facts, clock: fixedClock(NOW), staleDays: 365, version: 't' });
    expect(s.summary.byStatus.unknown).toBe(1);
  });
});
