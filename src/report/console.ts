// What `audit`, `report` and `demo` print when they finish: where the reports are, the verdict,
// and why the exit code is what it is, then the dead and blocked links (lychee's way). Plain text.
import { basename } from 'node:path';
import { failOnUnit } from '../classify/fail-on.js';
import type { Snapshot } from '../types.js';
import { deadLinks } from './dead-links.js';
import { plural } from './labels.js';

/** How many dead links the console lists before `and N more`. */
export const DEAD_LINKS_SHOWN = 20;

export interface ConsoleOutcome {
  snapshot: Snapshot;
  written: readonly string[];
  verdict: string;
  failOnMatches: Readonly<Record<string, number>>;
  incomplete: { reason: string } | null;
}

export function renderConsoleSummary(o: ConsoleOutcome, quiet = false): string {
  const lines: string[] = [];
  if (!quiet) lines.push(o.written.length ? `Reports: ${o.written.join(', ')}` : 'No reports written (no --format chosen).');
  lines.push(o.verdict);
  // Each count says what it counts: the same number as in health.md (papers or repositories).
  const matched = Object.entries(o.failOnMatches).map(([name, n]) => `${name} ${failOnUnit(name) === 'paper' ? plural(n, 'paper') : plural(n, 'repository', 'repositories')}`);
  if (matched.length) lines.push(`Found what --fail-on lists: ${matched.join(', ')}.`);
  // The reason itself goes to stderr (cli/commands/audit.ts): one line, not two.
  if (o.incomplete) lines.push('The run could not finish: the reports cover only what was checked.');
  // Like lychee, the list is printed on a terminal and in logs alike; --quiet keeps only the verdict.
  if (!quiet) lines.push(...deadLinkLines(o.snapshot, o.written));
  return `${lines.join('\n')}\n`;
}

/** `✗ [not-found] https://github.com/a/b  papers/001.txt:15  (404)`, the first 20, then `and N more`. */
export function deadLinkLines(snapshot: Snapshot, written: readonly string[]): string[] {
  const dead = deadLinks(snapshot);
  if (dead.length === 0) return [];
  const lines = ['', `Not found or blocked (${plural(dead.length, 'link')}):`];
  for (const d of dead.slice(0, DEAD_LINKS_SHOWN)) {
    const where = `${d.file ?? 'standard input'}:${d.line}`;
    lines.push(`✗ [${d.status}] ${d.url}  ${where}${d.reason && d.reason !== d.status ? `  (${d.reason})` : ''}`);
  }
  const rest = dead.length - DEAD_LINKS_SHOWN;
  if (rest > 0) {
    const health = written.find((w) => basename(w) === 'health.md');
    lines.push(`and ${rest} more${health ? ` (see ${health})` : ''}`);
  }
  return lines;
}
