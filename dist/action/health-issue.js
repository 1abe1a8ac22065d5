// The nightly workflow's one "Repository health" issue: what is a problem (a repository whose
// status or flag is in fail-on, or a paper verdict in fail-on that has no repository to carry it,
// as in audit/fail-on.ts), which problems are new since the previous snapshot, and the issue body.
// Pure; the workflow creates, edits or closes the issue with `gh` from what this returns.
import { paperMatchesFailOn } from '../audit/fail-on.js';
import { mdText, mdUrl } from '../report/escape.js';
import { mdTable } from '../report/md-table.js';
import { cmp } from '../report/sort.js';
export const HEALTH_ISSUE_TITLE = 'Repository health';
/** Hidden marker so a human-edited title does not lose the issue. */
export const HEALTH_ISSUE_MARKER = '<!-- repo-audit:health-issue -->';
/** Rows in the issue body; the rest are in the report (an issue body holds at most 65,536 characters). */
const MAX_ROWS = 100;
function repoProblem(r) {
    return {
        key: r.key,
        url: r.url,
        status: r.status,
        flags: r.flags,
        reason: r.reasons.status ?? r.error ?? '',
        citedAt: r.papers.map((p) => `${p.source}:${p.line}`),
    };
}
/** Papers whose verdict is in fail-on but that no repository row shows (a promise with no link at all). */
function paperProblems(papers, failOn) {
    return papers
        .filter((p) => paperMatchesFailOn(p, failOn))
        .map((p) => ({
        key: `paper:${p.source}:${p.line}`,
        url: null,
        status: p.health?.status ?? '',
        flags: [],
        reason: [p.title, p.health?.reason].filter(Boolean).join(' — '),
        citedAt: [`${p.source}:${p.line}`],
    }));
}
export function findProblems(snapshot, failOn) {
    const repos = snapshot.repos.filter((r) => failOn.includes(r.status) || r.flags.some((f) => failOn.includes(f)));
    return [...repos.map(repoProblem), ...paperProblems(snapshot.papers ?? [], failOn)];
}
export function planHealthIssue(current, previous, failOn, reportUrl = null) {
    const problems = findProblems(current, failOn);
    const before = new Set(previous ? findProblems(previous, failOn).map((p) => p.key.toLowerCase()) : []);
    const newProblems = problems.filter((p) => !before.has(p.key.toLowerCase()));
    return { problems, newProblems, title: HEALTH_ISSUE_TITLE, body: issueBody(problems, newProblems, current.generatedAt, failOn, reportUrl) };
}
function issueBody(problems, newProblems, generatedAt, failOn, reportUrl) {
    const fresh = new Set(newProblems.map((p) => p.key));
    const report = reportUrl ? `Full report: ${mdUrl(reportUrl, 120)}.` : 'Full report: `reports/health.md`.';
    const head = [
        HEALTH_ISSUE_MARKER,
        problems.length === 0
            ? `repo-audit found no problems on ${mdText(generatedAt)}.`
            : `repo-audit found **${problems.length}** problem${problems.length === 1 ? '' : 's'} on ${mdText(generatedAt)} ` +
                `(${newProblems.length} new since the previous run). A problem is a status, flag or paper verdict listed in ` +
                `\`fail-on\` (${failOn.map((f) => mdText(f)).join(', ')}).`,
        '',
        report,
        'This issue is updated by the nightly workflow and closed when everything is healthy again.',
    ];
    if (problems.length === 0)
        return head.join('\n') + '\n';
    const sorted = [...problems].sort((a, b) => Number(fresh.has(b.key)) - Number(fresh.has(a.key)) || cmp(a.key, b.key));
    const rows = sorted.slice(0, MAX_ROWS).map((p) => [
        fresh.has(p.key) ? '**new**' : '',
        p.url ? mdUrl(p.url) : 'no link',
        mdText(p.status),
        mdText(p.flags.join(', ')),
        mdText(p.reason, 120),
        mdText(p.citedAt.join(', '), 120),
    ]);
    const table = mdTable(['', 'Link', 'Status', 'Flags', 'Reason', 'Cited at'], rows);
    const more = sorted.length > MAX_ROWS ? [`…and ${sorted.length - MAX_ROWS} more in the report.`] : [];
    return [...head, '', table, ...more].join('\n') + '\n';
}
//# sourceMappingURL=health-issue.js.map