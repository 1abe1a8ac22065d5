// Whether a new snapshot says anything the committed one did not. Every run stamps times
// (generatedAt, checkedAt), appends to its history and may answer from the cache (`via`), so a
// byte comparison would commit the reports every night; these fields are ignored.
import { cmp } from '../report/sort.js';
const VOLATILE = new Set(['generatedAt', 'checkedAt', 'history', 'via']);
function stable(value) {
    if (Array.isArray(value))
        return value.map(stable);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([k]) => !VOLATILE.has(k))
            .sort(([a], [b]) => cmp(a, b))
            .map(([k, v]) => [k, stable(v)]));
    }
    return value;
}
export function snapshotChanged(previous, current) {
    if (previous === null || previous === undefined)
        return true;
    return JSON.stringify(stable(previous)) !== JSON.stringify(stable(current));
}
//# sourceMappingURL=snapshot-changed.js.map