import { ARCHIVE_COLUMNS, archiveFields } from './archive-cell.js';
import { cmp } from './sort.js';
const COLUMNS = [
    'paper_source', 'paper_line', 'paper_title', 'paper_date', 'paper_health', 'link_url', 'link_line',
    'repo_key', 'status', 'flags', 'reason', 'canonical_url', 'stars', 'forks', 'license', 'archived',
    'pushed_at', 'last_commit_at', 'checked_at', ...ARCHIVE_COLUMNS,
];
export function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
export function renderCsv(snapshot) {
    const repos = new Map(snapshot.repos.map((r) => [r.key.toLowerCase(), r]));
    const papers = [...snapshot.papers].sort((a, b) => cmp(a.source, b.source) || a.line - b.line);
    const lines = [COLUMNS.join(',')];
    for (const p of papers) {
        const seen = new Set();
        for (const link of p.links) {
            const key = link.key.toLowerCase();
            if (seen.has(key))
                continue; // one row per (paper, repository): the first link to it
            seen.add(key);
            const r = repos.get(key);
            const row = [
                p.source, p.line, p.title, p.date, p.health?.status, link.url, link.line, r?.key ?? link.key, r?.status,
                r?.flags.join(';'), r?.reasons.status, r?.canonicalUrl, r?.stars, r?.forks, r?.license, r?.archived,
                r?.pushedAt, r?.lastCommitAt, r?.checkedAt, ...archiveFields(r),
            ];
            lines.push(row.map(csvCell).join(','));
        }
    }
    return `${lines.join('\r\n')}\r\n`;
}
//# sourceMappingURL=csv.js.map