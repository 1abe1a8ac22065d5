import { cmp } from './sort.js';
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => cmp(a, b));
        return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
    }
    return value;
}
/** Repositories by key, papers by source then line; everything else keeps the order it was built in. */
export function renderSnapshotJson(snapshot) {
    const ordered = {
        ...snapshot,
        repos: [...snapshot.repos].sort((a, b) => cmp(a.key, b.key)),
        papers: [...snapshot.papers].sort((a, b) => cmp(a.source, b.source) || a.line - b.line),
    };
    return `${JSON.stringify(sortKeys(ordered), null, 2)}\n`;
}
//# sourceMappingURL=json.js.map