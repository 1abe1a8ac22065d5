// The one-line verdict (printed by the CLI) and the one-paragraph verdict (top of health.md).
import { BROKEN_STATUSES } from '../classify/paper.js';
import type { RepoStatus, Snapshot } from '../types.js';
import { healthyShare } from './history.js';
import { repoFinder } from './repo-order.js';
import { inputsNotReadSentence } from './inputs-not-read.js';
import { mdText } from './escape.js';
import { STATUS_LABEL, percent, plural } from './labels.js';
import { skippedPhrase, unchecked, uncheckedReasons } from './unchecked.js';

function statusCounts(snapshot: Snapshot): [RepoStatus, number][] {
  return (Object.keys(STATUS_LABEL) as RepoStatus[])
    .map((s): [RepoStatus, number] => [s, snapshot.summary.byStatus[s] ?? 0])
    .filter(([, n]) => n > 0);
}

function promisesUnkept(snapshot: Snapshot): number {
  return snapshot.summary.byPaperHealth?.['promise-unkept'] ?? snapshot.papers.filter((p) => p.health?.status === 'promise-unkept').length;
}

/**
 * Where the unkept promises are, so the papers' count and the repositories' count (the flags
 * table, repos.csv) visibly agree: `: 5 give no code link, 5 link to 4 repositories still empty or placeholders`.
 */
function promiseBreakdown(snapshot: Snapshot, promises: number): string {
  const checked = repoFinder(snapshot);
  const noLink = snapshot.papers.filter((p) => p.health?.status === 'promise-unkept' && !p.links.some((l) => checked(l.key) !== undefined)).length;
  const repos = snapshot.summary.byFlag['promise-unkept'] ?? 0;
  const linked = promises - noLink;
  const parts: string[] = [];
  if (noLink > 0) parts.push(`${noLink} ${noLink === 1 ? 'gives' : 'give'} no code link`);
  if (linked > 0 && repos > 0) parts.push(`${linked} ${linked === 1 ? 'links' : 'link'} to ${plural(repos, 'repository', 'repositories')} still empty or ${repos === 1 ? 'a placeholder' : 'placeholders'}`);
  return parts.length ? `: ${parts.join(', ')}` : '';
}

/**
 * e.g. `122 repositories from 376 papers: 95 ok, 5 not found, 3 empty, 19 not checked; 6 papers with promises unkept`.
 * What was not checked comes first when a check failed; links skipped on purpose are named as such.
 */
export function verdictLine(snapshot: Snapshot): string {
  const { repos, papers } = snapshot.summary;
  const u = unchecked(snapshot);
  const notChecked = u.failedTotal > 0 ? [`${u.failedTotal} not checked`] : [];
  const counts = statusCounts(snapshot)
    .filter(([s]) => s !== 'unknown')
    .map(([s, n]) => `${n} ${STATUS_LABEL[s]}`);
  const skipped = u.skipped > 0 ? [`${u.skipped} skipped (--no-web)`] : [];
  const parts = [...notChecked, ...counts, ...skipped];
  const promises = promisesUnkept(snapshot);
  const tail = (promises > 0 ? `; ${plural(promises, 'paper')} with ${promises === 1 ? 'a promise' : 'promises'} unkept` : '') + (snapshot.incomplete ? ' (incomplete run)' : '');
  return `${plural(repos, 'repository', 'repositories')} from ${plural(papers, 'paper')}: ${parts.join(', ') || 'nothing to check'}${tail}`;
}

/**
 * A short paragraph in Markdown (numbers and fixed words; reasons are escaped). What was not
 * checked, and why, is said first: a run that could not reach GitHub must never read as healthy.
 */
export function verdictParagraph(snapshot: Snapshot): string {
  const by = snapshot.summary.byStatus;
  const problems = BROKEN_STATUSES.map((s): [RepoStatus, number] => [s, by[s] ?? 0]).filter(([, n]) => n > 0);
  const total = problems.reduce((n, [, c]) => n + c, 0);
  const u = unchecked(snapshot);
  const decided = snapshot.summary.repos - (by.unknown ?? 0);
  const parts: string[] = [];
  const linked = snapshot.summary.repos;
  const notChecked = (n: number): string =>
    n === linked ? `none of the ${plural(linked, 'linked repository', 'linked repositories')} could be checked` : `${n} of ${linked} linked repositories ${n === 1 ? 'was' : 'were'} not checked`;
  // Targets left unchecked because the run stopped are said with the stop reason, the rest by their own reasons.
  const stopReason = snapshot.incomplete?.reason;
  const stopped = u.failed.find((g) => g.reason === stopReason)?.count ?? 0;
  const others = { ...u, failed: u.failed.filter((g) => g.reason !== stopReason), failedTotal: u.failedTotal - stopped };
  if (stopReason) parts.push(`**This run did not finish${stopped > 0 ? `: ${notChecked(stopped)}` : ''}** (${mdText(stopReason, 200)}).`);
  if (others.failedTotal > 0) {
    const n = stopped > 0 ? `${others.failedTotal} more ${others.failedTotal === 1 ? 'was' : 'were'} not checked` : notChecked(others.failedTotal);
    parts.push(`**${n.charAt(0).toUpperCase()}${n.slice(1)}** (${uncheckedReasons(others, 3, (t) => mdText(t, 120))}).`);
  }
  if (u.failedTotal > 0) parts.push('What was not checked is counted neither as dead nor as healthy.');
  if (snapshot.summary.repos === 0) parts.push('No code links were found, so there was nothing to check.');
  else if (decided === 0) {
    if (u.failedTotal === 0) parts.push('Nothing was checked.');
  } else if (total === 0) {
    // Found, but the root listing was never fetched (a spent no-token budget): reachable, not known to hold code.
    const shallow = snapshot.repos.filter((r) => r.status === 'ok' && r.error !== null).length;
    const all = decided === 1 ? 'The one checked repository is reachable' : `All ${decided} checked repositories are reachable`;
    if (shallow === 0) parts.push(`**${all} and ${decided === 1 ? 'holds' : 'hold'} code.**`);
    else parts.push(`**${all}**; whether ${shallow === decided ? (decided === 1 ? 'it holds' : 'they hold') : `${shallow} of them hold`} code was not checked (details not fetched).`);
  }
  else {
    const list = problems.map(([s, n]) => `${n} ${STATUS_LABEL[s]}`).join(', ');
    parts.push(`**${total} of ${plural(decided, 'checked repository', 'checked repositories')} need attention** (${list}).`);
  }
  if (decided > 0) parts.push(`${percent(healthyShare(snapshot))} of the checked repositories are healthy.`);
  const moved = snapshot.summary.byFlag.moved ?? 0;
  if (moved > 0) parts.push(`${plural(moved, 'link points', 'links point')} at an old name and should be updated.`);
  const promises = promisesUnkept(snapshot);
  if (promises > 0) parts.push(`${plural(promises, 'paper')} promised code that has not appeared${promiseBreakdown(snapshot, promises)}.`);
  const skipped = skippedPhrase(u);
  if (skipped) parts.push(`${skipped.charAt(0).toUpperCase()}${skipped.slice(1)}.`);
  const unread = inputsNotReadSentence(snapshot);
  if (unread) parts.push(unread);
  return parts.join(' ');
}
