/** How many runs the snapshot remembers. */
export const HISTORY_LENGTH = 30;
/** Share of the decided repositories that are `ok` (unknown ones are left out: they were not checked). */
export function healthyShare(snapshot) {
    const decided = snapshot.repos.filter((r) => r.status !== 'unknown');
    if (decided.length === 0)
        return 0;
    const ok = decided.filter((r) => r.status === 'ok').length;
    return Math.round((ok / decided.length) * 10_000) / 10_000;
}
/** The previous run's history (or just the previous run) followed by this run, at most HISTORY_LENGTH long. */
export function nextHistory(previous, current) {
    const past = previous ? (previous.history ?? [{ generatedAt: previous.generatedAt, healthyShare: healthyShare(previous) }]) : [];
    const kept = past.filter((h) => h.generatedAt < current.generatedAt);
    return [...kept, current].slice(-HISTORY_LENGTH);
}
//# sourceMappingURL=history.js.map