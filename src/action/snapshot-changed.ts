// Whether a new snapshot says anything the committed one did not. Every run stamps times
// (generatedAt, checkedAt), appends to its history and may answer from the cache (`via`), so a
// byte comparison would commit the reports every night; these fields are ignored.
import { cmp } from '../util/cmp.js';

const VOLATILE = new Set(['generatedAt', 'checkedAt', 'history', 'via']);

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !VOLATILE.has(k))
        .sort(([a], [b]) => cmp(a, b))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

export function snapshotChanged(previous: unknown, current: unknown): boolean {
  if (previous === null || previous === undefined) return true;
  return JSON.stringify(stable(previous)) !== JSON.stringify(stable(current));
}
