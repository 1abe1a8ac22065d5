// snapshot.json: keys sorted at every level and arrays in a stable order, so a nightly commit of
// the snapshot diffs cleanly (design.md, "Snapshot").
import type { RepoEntry, Snapshot } from '../types.js';
import { cmp } from '../util/cmp.js';
import { papersInOrder } from './paper-order.js';
import { reposInOrder } from './repo-order.js';
import { prettyJsonChunks } from '../util/json-chunks.js';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => cmp(a, b));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Repositories by key, papers by source then line; everything else keeps the order it was built in. */
export function renderSnapshotJson(snapshot: Snapshot): string {
  return [...snapshotJsonChunks(snapshot)].join('');
}

/** The top-level arrays written element by element (the rest is small). */
const STREAMED = new Set(['repos', 'papers']);

/**
 * renderSnapshotJson's text in pieces — one per repository and paper — so a snapshot of 200,000
 * repositories is written without ever holding its whole text (write-reports.ts streams them).
 * The same bytes as JSON.stringify(sorted, null, 2). `entry` gives each repository's whole entry
 * (for a snapshot held without its facts).
 */
export function* snapshotJsonChunks(snapshot: Snapshot, entry: RepoEntry = (r) => r): Generator<string> {
  const ordered: Snapshot = {
    ...snapshot,
    repos: reposInOrder(snapshot.repos) as Snapshot['repos'],
    papers: papersInOrder(snapshot.papers) as Snapshot['papers'],
  };
  const entries = Object.entries(ordered).sort(([a], [b]) => cmp(a, b));
  yield* prettyJsonChunks(
    entries.map(([key, value]) => [key, STREAMED.has(key) ? value : sortKeys(value)] as const),
    STREAMED,
    (key, element) => sortKeys(key === 'repos' ? entry(element as Snapshot['repos'][number]) : element),
  );
}
