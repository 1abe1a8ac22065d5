import { parsePaperDate } from './paper-date.js';
/** Statuses that mean a reader following the link does not find the code. */
export const BROKEN_STATUSES = ['not-found', 'blocked', 'empty', 'placeholder'];
export function classifyPaper(paper, healthOf, now) {
    const dated = parsePaperDate(paper.date);
    const daysSincePaper = dated === null ? null : Math.max(0, Math.floor((now.getTime() - dated) / 86_400_000));
    const since = daysSincePaper === null ? '' : ` (${daysSincePaper} days since the paper)`;
    const keys = [...new Set(paper.links.map((l) => l.key))];
    if (keys.length === 0) {
        if (paper.promised)
            return { health: 'promise-unkept', reason: `code promised, no link given${since}`, daysSincePaper };
        return { health: 'no-code-link', reason: paper.claimsCodeWithoutLink ? 'says code is available but gives no link' : 'no code link', daysSincePaper };
    }
    const linked = keys.map((k) => healthOf(k));
    if (linked.some((h) => h?.flags.includes('promise-unkept'))) {
        return { health: 'promise-unkept', reason: `code promised, repository still empty or a placeholder${since}`, daysSincePaper };
    }
    const broken = linked.filter((h) => h && BROKEN_STATUSES.includes(h.status)).length;
    if (broken > 0)
        return { health: 'some-broken', reason: `${broken} of ${keys.length} links broken`, daysSincePaper };
    const unknown = linked.filter((h) => !h || h.status === 'unknown').length;
    const reason = unknown > 0 ? `no broken link (${unknown} of ${keys.length} not checked)` : 'every link healthy';
    return { health: 'healthy', reason, daysSincePaper };
}
//# sourceMappingURL=paper.js.map