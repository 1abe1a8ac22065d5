// The short history of past runs kept in the snapshot (an extension of the design.md contract):
// enough to draw a healthy-share chart without keeping old snapshots around.
import type { Snapshot } from '../types.js';

export type HistoryEntry = NonNullable<Snapshot['history']>[number];

/** How many runs the snapshot remembers. */
export const HISTORY_LENGTH = 30;

/** Share of the decided repositories that are `ok` (unknown ones are left out: they were not checked). */
export function healthyShare(snapshot: Pick<Snapshot, 'repos'>): number {
  let decided = 0;
  let ok = 0;
  for (const r of snapshot.repos) {
    if (r.status !== 'unknown') decided++;
    if (r.status === 'ok') ok++;
  }
  return decided === 0 ? 0 : Math.round((ok / decided) * 10_000) / 10_000;
}

/** The previous run's history (or just the previous run) followed by this run, at most HISTORY_LENGTH long. */
export function nextHistory(previous: Snapshot | null, current: HistoryEntry): HistoryEntry[] {
  const past = previous ? (previous.history ?? [{ generatedAt: previous.generatedAt, healthyShare: healthyShare(previous) }]) : [];
  const kept = past.filter((h) => h.generatedAt < current.generatedAt);
  return [...kept, current].slice(-HISTORY_LENGTH);
}
