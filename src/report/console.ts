// What `audit`, `report` and `demo` print when they finish: where the reports are, the verdict,
// and why the exit code is what it is. Plain text for a terminal.
import { failOnUnit } from '../audit/fail-on.js';
import { plural } from './labels.js';
export interface ConsoleOutcome {
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
  return `${lines.join('\n')}\n`;
}
