export function harvestFile(extracted, run, version, generatedAt) {
    return {
        schemaVersion: 1,
        kind: 'harvest',
        generatedAt,
        tool: { name: 'repo-audit', version },
        incomplete: run.incomplete,
        stats: run.stats,
        notices: run.notices,
        papers: extracted.papers,
        repos: extracted.repos,
        facts: run.facts,
    };
}
/** One line per outcome for the end of a run: `122 checked: 97 found, 9 not-found, 2 blocked, 14 unknown`. */
export function outcomeLine(facts) {
    const counts = new Map();
    for (const f of facts)
        counts.set(f.outcome, (counts.get(f.outcome) ?? 0) + 1);
    const order = ['found', 'not-found', 'blocked', 'unknown'];
    const parts = order.filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${o}`);
    return `${facts.length} checked: ${parts.join(', ') || 'nothing to check'}`;
}
//# sourceMappingURL=output.js.map