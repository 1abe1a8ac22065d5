// GitHub Actions workflow commands: one `::warning file=…,line=…::…` per dead or blocked link (not accepted), at
// the input file and line where it was written (escaped by action/workflow-commands.ts).
import { isAccepted } from '../accept/accept.js';
import { workflowCommand } from '../action/workflow-commands.js';
import { STATUS_LABEL } from './labels.js';
import { cmp } from './sort.js';
const ANNOTATED = ['not-found', 'blocked'];
export function annotations(snapshot) {
    const byKey = new Map(snapshot.repos.map((r) => [r.key.toLowerCase(), r]));
    const lines = [];
    const papers = [...snapshot.papers].sort((a, b) => cmp(a.source, b.source) || a.line - b.line);
    for (const paper of papers) {
        for (const link of paper.links) {
            const repo = byKey.get(link.key.toLowerCase());
            if (!repo || !ANNOTATED.includes(repo.status) || isAccepted(repo))
                continue;
            const place = paper.source && paper.source !== '-' ? { file: paper.source, line: link.line } : {};
            const message = `${link.url} is ${STATUS_LABEL[repo.status]}: ${repo.reasons.status ?? repo.status}`;
            // workflowCommand ends the line with a newline; the callers add their own.
            lines.push(workflowCommand('warning', { ...place, title: `repo-audit: ${STATUS_LABEL[repo.status]}` }, message).slice(0, -1));
        }
    }
    return lines;
}
//# sourceMappingURL=annotations.js.map