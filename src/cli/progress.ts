// Progress of a long run on stderr: a redrawn bar on a TTY, a plain line every few seconds
// otherwise (CI logs), nothing with --quiet. `harvest` and `audit` share it.
import type { HarvestProgress } from '../harvest/index.js';

export interface ProgressReporter {
  update(p: HarvestProgress): void;
  /** A line for the user (budget plan, resume…), printed without breaking the bar. */
  notice(line: string): void;
  /** Print the final state and release the line. */
  done(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet?: boolean;
  /** Prefix of every line (the command name). */
  label?: string;
  /** Plain mode: at most one line per this many ms (default 5000). */
  intervalMs?: number;
  now?: () => number;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** `61/122 (50%) · 12 cached · 8.1/s · GraphQL 4,990/5,000 left · REST 59/60 left` */
export function formatProgress(p: HarvestProgress, perSecond: number | null): string {
  const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
  const parts = [`${fmt(p.done)}/${fmt(p.total)} (${pct}%)`];
  if (p.cached) parts.push(`${fmt(p.cached)} cached`);
  if (perSecond !== null && Number.isFinite(perSecond)) parts.push(`${perSecond.toFixed(1)}/s`);
  if (p.graphql) parts.push(`GraphQL ${fmt(p.graphql.remaining)}/${fmt(p.graphql.limit)} left`);
  if (p.rest) parts.push(`REST ${fmt(p.rest.remaining)}/${fmt(p.rest.limit)} left`);
  return parts.join(' · ');
}

export function progressBar(done: number, total: number, width: number): string {
  const filled = total ? Math.round((width * Math.min(done, total)) / total) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export function createProgress(opts: ProgressOptions = {}): ProgressReporter {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  const label = opts.label ?? 'repo-audit';
  if (opts.quiet) return { update: () => {}, notice: () => {}, done: () => {} };
  const started = now();
  let last: HarvestProgress | null = null;
  let lastDraw = -Infinity; // the first update draws at once
  let drawn = false;
  let drawnDone = -1;
  const rate = (p: HarvestProgress): number | null => {
    const s = (now() - started) / 1000;
    return s >= 1 ? (p.done - p.cached) / s : null;
  };
  const tty = stream.isTTY === true;
  const draw = (final: boolean): void => {
    if (!last) return;
    const text = formatProgress(last, rate(last));
    drawnDone = last.done;
    if (tty) {
      const bar = progressBar(last.done, last.total, 24);
      const line = `${label}: ${bar} ${text}`.slice(0, Math.max(20, (stream.columns || 100) - 1));
      stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
      drawn = !final;
    } else stream.write(`${label}: ${text}\n`);
    lastDraw = now();
  };
  return {
    update(p) {
      last = p;
      // Nothing done yet says nothing: the plan line comes first, then the bar.
      if (p.done === 0) return;
      const gap = tty ? 100 : (opts.intervalMs ?? 5000);
      if (now() - lastDraw >= gap) draw(false);
    },
    notice(line) {
      if (tty && drawn) stream.write('\r\x1b[2K');
      stream.write(`${label}: ${line}\n`);
      if (tty && drawn) draw(false);
    },
    done() {
      // A log already holding the final state gets no second copy of it.
      if (!tty && last && drawnDone === last.done) return;
      draw(true);
    },
  };
}
