import { REPO_FLAGS } from '../types.js';
import { placeholderReason } from './placeholder.js';
const DAY_MS = 86_400_000;
export function classifyRepo(facts, ctx) {
    const [status, statusReason] = decideStatus(facts);
    const reasons = { status: statusReason };
    const flags = [];
    const add = (flag, reason) => {
        if (reason === null)
            return;
        flags.push(flag);
        reasons[flag] = reason;
    };
    add('moved', movedReason(facts));
    if (status !== 'not-found' && status !== 'unknown') {
        add('archived', facts.archived === true ? 'archived (read-only)' : null);
        add('stale', staleReason(facts, ctx));
        add('no-license', noLicenseReason(facts, status));
        add('fork', facts.fork === true ? 'a fork of another repository' : null);
        add('subpath-missing', subpathReason(facts));
    }
    if (ctx.promised && (status === 'empty' || status === 'placeholder')) {
        add('promise-unkept', `the paper promised code; the repository is still ${status === 'empty' ? 'empty' : 'a placeholder'}`);
    }
    flags.sort((a, b) => REPO_FLAGS.indexOf(a) - REPO_FLAGS.indexOf(b));
    return { status, flags, reasons };
}
function decideStatus(f) {
    switch (f.outcome) {
        case 'not-found':
            return ['not-found', notFoundReason(f)];
        case 'blocked':
            return ['blocked', blockedReason(f.blockReason, f.httpStatus)];
        case 'unknown':
            if (!f.error)
                return ['unknown', 'could not be checked'];
            return ['unknown', /^not checked/i.test(f.error) ? f.error : `could not be checked: ${f.error}`];
        case 'found':
            break;
    }
    if (f.disabled === true)
        return ['blocked', 'disabled by GitHub'];
    if (f.empty === true)
        return ['empty', 'no commits'];
    if (f.kind === 'repo' && f.rootEntries) {
        const reason = placeholderReason(f.rootEntries);
        if (reason)
            return ['placeholder', reason];
    }
    if (f.kind === 'repo')
        return ['ok', f.rootEntries ? 'has code' : 'reachable'];
    return ['ok', f.httpStatus ? `reachable (HTTP ${f.httpStatus})` : 'reachable'];
}
function notFoundReason(f) {
    if (f.kind !== 'repo')
        return f.httpStatus ? `HTTP ${f.httpStatus}: page gone` : 'page gone';
    return 'deleted, made private, or never existed';
}
function blockedReason(reason, httpStatus) {
    const code = httpStatus ? ` (HTTP ${httpStatus})` : '';
    switch ((reason ?? '').toLowerCase()) {
        case 'dmca':
            return `blocked by a DMCA takedown${code}`;
        case 'tos':
            return `blocked for a terms-of-service violation${code}`;
        case 'disabled':
            return `disabled by GitHub${code}`;
        case '':
            return `access blocked${code}`;
        default:
            return `access blocked: ${reason}${code}`;
    }
}
function movedReason(f) {
    if (!f.moved)
        return null;
    if (f.canonicalRepo)
        return `renamed to ${f.canonicalRepo}`;
    if (f.canonicalUrl)
        return `moved to ${f.canonicalUrl}`;
    return 'moved';
}
function staleReason(f, ctx) {
    const last = f.pushedAt ?? f.lastCommitAt;
    if (!last)
        return null;
    const t = Date.parse(last);
    if (Number.isNaN(t))
        return null;
    if (ctx.now.getTime() - t <= ctx.staleDays * DAY_MS)
        return null;
    return `no push since ${last.slice(0, 10)}`;
}
function noLicenseReason(f, status) {
    // Only GitHub repositories report a licence; elsewhere null means "not known", not "none".
    // An empty repository has no files at all, so "no licence" would only repeat "empty".
    if (f.forge !== 'github' || f.kind !== 'repo' || status === 'empty' || status === 'blocked')
        return null;
    return f.license === null ? 'no licence GitHub recognises' : null;
}
function subpathReason(f) {
    const missing = Object.entries(f.subpaths)
        .filter(([, exists]) => exists === false)
        .map(([path]) => path)
        .sort();
    if (missing.length === 0)
        return null;
    return `${missing.join(', ')} no longer exist${missing.length === 1 ? 's' : ''}`;
}
//# sourceMappingURL=classify.js.map