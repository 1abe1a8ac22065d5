import { csvCell } from '../../report/csv.js';
const COLUMNS = ['source', 'line', 'title', 'date', 'promised', 'claims_code_without_link', 'link_line', 'url', 'forge', 'kind', 'repo', 'path', 'key'];
function rows(p) {
    const paper = [p.source, p.line, p.title, p.date, p.promised, p.claimsCodeWithoutLink];
    if (p.links.length === 0)
        return [[...paper, '', '', '', '', '', '', ''].map(csvCell).join(',')];
    return p.links.map((l) => [...paper, l.line, l.url, l.forge, l.kind, l.repo, l.path, l.key].map(csvCell).join(','));
}
export function csvFormatter() {
    return {
        needsRepos: false,
        begin: () => `${COLUMNS.join(',')}\n`,
        paper: (record) => `${rows(record).join('\n')}\n`,
        end: () => '',
    };
}
//# sourceMappingURL=csv.js.map