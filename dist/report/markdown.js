import { historyChart, statusPie } from './charts.js';
import { diffSnapshots } from './diff.js';
import { renderChanges } from './diff-markdown.js';
import { humanTime } from './labels.js';
import { indexOccurrences } from './occurrences.js';
import { problemSections, problemsMarkdown } from './problems.js';
import { acceptedSection } from './accepted.js';
import { allReposSection, notCheckedSection } from './repo-table.js';
import { saveRequestsSection } from './save-requests.js';
import { summaryTables } from './summary-tables.js';
import { verdictParagraph } from './verdict.js';
export function renderMarkdown(snapshot, previous, options = {}) {
    const charts = [statusPie(snapshot), historyChart(snapshot)].filter((c) => c !== null);
    const parts = [
        '# Repository health',
        verdictParagraph(snapshot),
        `Checked ${humanTime(snapshot.generatedAt)} by repo-audit ${snapshot.tool.version}.`,
        summaryTables(snapshot),
        charts.length ? `## Charts\n\n${charts.join('\n\n')}` : null,
        previous && previous.generatedAt !== snapshot.generatedAt ? renderChanges(diffSnapshots(previous, snapshot)) : null,
        problemsMarkdown(problemSections(snapshot, indexOccurrences(snapshot), options.sourceBase ?? null)),
        acceptedSection(snapshot),
        allReposSection(snapshot),
        notCheckedSection(snapshot),
        saveRequestsSection(snapshot),
    ];
    return `${parts.filter((p) => p !== null).join('\n\n')}\n`;
}
//# sourceMappingURL=markdown.js.map