// The action's outputs counted from the snapshot (@actions/core writes them to $GITHUB_OUTPUT).
import type { Snapshot } from '../types.js';

export interface ActionOutputs {
  'exit-code': number;
  /** Repositories that no longer lead to code: `not-found` or `blocked`. */
  dead: number;
  /** Repositories that exist without code: `empty` or `placeholder`. */
  empty: number;
  /** health.md when written, else the first report written, else the output directory. */
  'report-path': string;
}

const DEAD = new Set(['not-found', 'blocked']);
const EMPTY = new Set(['empty', 'placeholder']);

export function countStatuses(snapshot: Pick<Snapshot, 'repos'>): { dead: number; empty: number } {
  let dead = 0;
  let empty = 0;
  for (const repo of snapshot.repos) {
    if (DEAD.has(repo.status)) dead++;
    if (EMPTY.has(repo.status)) empty++;
  }
  return { dead, empty };
}

export function reportPath(written: readonly string[], outDir: string): string {
  return written.find((f) => /(^|[\\/])health\.md$/.test(f)) ?? written[0] ?? outDir;
}
