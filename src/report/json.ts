// snapshot.json: keys sorted at every level and arrays in a stable order, so a nightly commit of
// the snapshot diffs cleanly (design.md, "Snapshot").
import type { RepoEntry, Snapshot } from '../types.js';
import { cmp } from '../util/cmp.js';
import { papersInOrder } from './paper-order.js';
import { reposInOrder } from './repo-order.js';

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
  const entries = Object.entries(ordered).filter(([, v]) => v !== undefined).sort(([a], [b]) => cmp(a, b));
  const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (STREAMED.has(key) && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of value.entries()) {
        const whole: unknown = key === 'repos' ? entry(item as Snapshot['repos'][number]) : item;
        yield `    ${indent(JSON.stringify(sortKeys(whole), null, 2), '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(sortKeys(value), null, 2), '  ')}${comma}\n`;
  }
  yield '}\n';
}
