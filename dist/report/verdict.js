// The one-line verdict (printed by the CLI) and the one-paragraph verdict (top of health.md).
import { BROKEN_STATUSES } from '../classify/paper.js';
import { healthyShare } from './history.js';
import { mdText } from './escape.js';
import { STATUS_LABEL, percent, plural } from './labels.js';
function statusCounts(snapshot) {
    return Object.keys(STATUS_LABEL)
        .map((s) => [s, snapshot.summary.byStatus[s] ?? 0])
        .filter(([, n]) => n > 0);
}
function promisesUnkept(snapshot) {
    return snapshot.summary.byPaperHealth?.['promise-unkept'] ?? snapshot.papers.filter((p) => p.health?.status === 'promise-unkept').length;
}
/** e.g. `122 repositories from 376 papers: 95 ok, 5 not found, 3 empty, 19 not checked; 6 promises unkept`. */
export function verdictLine(snapshot) {
    const { repos, papers } = snapshot.summary;
    const counts = statusCounts(snapshot).map(([s, n]) => `${n} ${STATUS_LABEL[s]}`);
    const promises = promisesUnkept(snapshot);
    const tail = (promises > 0 ? `; ${plural(promises, 'promise')} unkept` : '') + (snapshot.incomplete ? ' (incomplete run)' : '');
    return `${plural(repos, 'repository', 'repositories')} from ${plural(papers, 'paper')}: ${counts.join(', ') || 'nothing to check'}${tail}`;
}
/** A short paragraph in Markdown (numbers and fixed words; the stop reason is escaped). */
export function verdictParagraph(snapshot) {
    const by = snapshot.summary.byStatus;
    const problems = BROKEN_STATUSES.map((s) => [s, by[s] ?? 0]).filter(([, n]) => n > 0);
    const total = problems.reduce((n, [, c]) => n + c, 0);
    const unknown = by.unknown ?? 0;
    const decided = snapshot.summary.repos - unknown;
    const parts = [];
    // Said first: every number below covers only what was checked before the run stopped.
    if (snapshot.incomplete)
        parts.push(`**This run did not finish** (${mdText(snapshot.incomplete.reason, 200)}); what was not checked is listed as not checked.`);
    if (snapshot.summary.repos === 0)
        parts.push('No code links were found, so there was nothing to check.');
    else if (total === 0)
        parts.push(`**All ${plural(decided, 'checked repository', 'checked repositories')} are reachable and hold code.**`);
    else {
        const list = problems.map(([s, n]) => `${n} ${STATUS_LABEL[s]}`).join(', ');
        parts.push(`**${total} of ${plural(snapshot.summary.repos, 'linked repository', 'linked repositories')} need attention** (${list}).`);
    }
    if (decided > 0)
        parts.push(`${percent(healthyShare(snapshot))} of the checked repositories are healthy.`);
    const moved = snapshot.summary.byFlag.moved ?? 0;
    if (moved > 0)
        parts.push(`${plural(moved, 'link points', 'links point')} at an old name and should be updated.`);
    const promises = promisesUnkept(snapshot);
    if (promises > 0)
        parts.push(`${plural(promises, 'paper')} promised code that has not appeared.`);
    if (unknown > 0)
        parts.push(`${plural(unknown, 'link')} could not be checked this time and ${unknown === 1 ? 'is' : 'are'} not counted as dead.`);
    return parts.join(' ');
}
//# sourceMappingURL=verdict.js.map