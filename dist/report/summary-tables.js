import { REPO_FLAGS, REPO_STATUSES } from '../types.js';
import { FLAG_MEANING, PAPER_LABEL, STATUS_MEANING, plural } from './labels.js';
import { mdTable } from './md-table.js';
import { details } from './repo-table.js';
function countRow(title, unit, names, label, count) {
    return mdTable([title, ...names.map(label)], [[unit, ...names.map((n) => String(count(n)))]], ['left', ...names.map(() => 'right')]);
}
export function summaryTables(snapshot) {
    const s = snapshot.summary;
    const intro = `${plural(s.papers, 'paper')}, ${plural(s.links, 'code link')}, ${plural(s.repos, 'distinct repository or page', 'distinct repositories and pages')}.`;
    const statuses = countRow('Status', 'Repositories', REPO_STATUSES, (n) => `\`${n}\``, (n) => s.byStatus[n] ?? 0);
    const flags = countRow('Flag', 'Repositories', REPO_FLAGS, (n) => `\`${n}\``, (n) => s.byFlag[n] ?? 0);
    const parts = [intro, statuses, flags];
    if (s.byPaperHealth) {
        const names = Object.keys(PAPER_LABEL);
        parts.push(countRow('Papers', 'Count', names, (n) => PAPER_LABEL[n], (n) => s.byPaperHealth?.[n] ?? 0));
    }
    const legend = mdTable(['Name', 'Meaning'], [...REPO_STATUSES.map((st) => [`\`${st}\` (status)`, STATUS_MEANING[st]]), ...REPO_FLAGS.map((f) => [`\`${f}\` (flag)`, FLAG_MEANING[f]])]);
    parts.push(details('What the statuses and flags mean', legend));
    return `## Summary\n\n${parts.join('\n\n')}`;
}
//# sourceMappingURL=summary-tables.js.map