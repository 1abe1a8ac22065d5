// What a run did not check, and why: the first thing a verdict says, so that a run that could not
// reach GitHub never reads as a healthy one. Targets skipped on purpose (`--no-web`) are told apart
// from targets whose check failed.
import { SKIPPED_NO_WEB } from '../harvest/facts.js';
import type { Snapshot } from '../types.js';
import { plural } from './labels.js';

export interface UncheckedReason {
  reason: string;
  count: number;
}

export interface Unchecked {
  /** Targets whose check failed (network, 5xx, rate limit, the run stopped), by reason, most first. */
  failed: UncheckedReason[];
  failedTotal: number;
  /** Targets not checked on purpose (`--no-web`). */
  skipped: number;
}

export function unchecked(snapshot: Pick<Snapshot, 'repos' | 'incomplete'>): Unchecked {
  const byReason = new Map<string, number>();
  let skipped = 0;
  for (const r of snapshot.repos) {
    if (r.status !== 'unknown') continue;
    const reason = (r.error ?? snapshot.incomplete?.reason ?? 'no answer').split('\n')[0]!.slice(0, 120);
    if (reason === SKIPPED_NO_WEB) skipped++;
    else byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const failed = [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return { failed, failedTotal: failed.reduce((n, g) => n + g.count, 0), skipped };
}

/** `122 because cannot reach http://… (ECONNREFUSED), 3 because HTTP 502, and 2 for other reasons` (plain text). */
export function uncheckedReasons(u: Unchecked, limit = 3, escape: (s: string) => string = (s) => s): string {
  const shown = u.failed.slice(0, limit).map((g) => `${g.count} ${escape(g.reason)}`);
  const rest = u.failed.slice(limit).reduce((n, g) => n + g.count, 0);
  if (rest > 0) shown.push(`${rest} for other reasons`);
  return shown.join('; ');
}

/** `16 links outside GitHub were skipped on purpose (--no-web)`, or '' when none. */
export function skippedPhrase(u: Unchecked): string {
  return u.skipped > 0 ? `${plural(u.skipped, 'link outside GitHub was', 'links outside GitHub were')} skipped on purpose (--no-web)` : '';
}
