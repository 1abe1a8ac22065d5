import { describe, expect, it } from 'vitest';
import { historyChart, statusPie } from '../../src/report/charts.js';
import type { Snapshot } from '../../src/types.js';

const snap = (over: Partial<Snapshot>) =>
  ({ summary: { papers: 0, links: 0, repos: 0, byStatus: {}, byFlag: {} }, repos: [], papers: [], ...over }) as unknown as Snapshot;

describe('statusPie', () => {
  it('one slice per status present, in status order, with reader-facing labels', () => {
    const pie = statusPie(snap({ summary: { papers: 1, links: 1, repos: 3, byStatus: { ok: 2, 'not-found': 0, unknown: 1 }, byFlag: {} } }));
    expect(pie).toBe('```mermaid\npie showData\n    title Repositories by status\n    "ok" : 2\n    "not checked" : 1\n```');
  });

  it('no pie without repositories', () => expect(statusPie(snap({}))).toBeNull());
});

describe('historyChart', () => {
  it('needs two runs', () => {
    expect(historyChart(snap({ history: [{ generatedAt: '2026-11-01T03:17:00Z', healthyShare: 0.5 }] }))).toBeNull();
  });

  it('labels runs by date, or by day and time when a day holds several', () => {
    const nightly = historyChart(snap({ history: [{ generatedAt: '2026-11-01T03:17:00Z', healthyShare: 0.5 }, { generatedAt: '2026-11-02T03:17:00Z', healthyShare: 0.8123 }] }));
    expect(nightly).toContain('x-axis ["2026-11-01", "2026-11-02"]');
    expect(nightly).toContain('line [50, 81.2]');
    const sameDay = historyChart(snap({ history: [{ generatedAt: '2026-11-01T03:17:00Z', healthyShare: 0.5 }, { generatedAt: '2026-11-01T09:05:00Z', healthyShare: 0.5 }] }));
    expect(sameDay).toContain('x-axis ["11-01 03:17", "11-01 09:05"]');
  });
});
