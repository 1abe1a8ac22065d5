// The action's outputs: counted from the snapshot, written to $GITHUB_OUTPUT in the runner's file
// format (`name=value`, or a heredoc with a random delimiter for a value that spans lines).
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
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

/** The lines to append to $GITHUB_OUTPUT for these outputs. */
export function formatOutputs(outputs: Record<string, string | number>): string {
  return Object.entries(outputs)
    .map(([name, raw]) => {
      const value = String(raw);
      if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
      const delimiter = `ghadelimiter_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

/** Append to the $GITHUB_OUTPUT file; outside a runner (no file) print them instead. */
export function writeOutputs(file: string | undefined, outputs: Record<string, string | number>, print: (line: string) => void): void {
  const text = formatOutputs(outputs);
  if (file) appendFileSync(file, text, 'utf8');
  else print(text);
}
