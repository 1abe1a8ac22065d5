import { retryAfterMs } from './http.js';
/** A 429 asking for a longer pause than this ends the lookups (unless --wait): an hourly bucket is not worth waiting for. */
const MAX_PAUSE_MS = 60_000;
/** The public resolver of SWHIDs (a SWHID is the same on every mirror). */
export const SWH_RESOLVER = 'https://archive.softwareheritage.org/';
/** SWHID qualifier values escape `;` and `%` (SWHID specification, "qualifiers"). */
function qualifier(value) {
    return value.replace(/%/g, '%25').replace(/;/g, '%3B');
}
export function swhidOf(snapshot, origin) {
    return `swh:1:snp:${snapshot};origin=${qualifier(origin)}`;
}
export class SoftwareHeritage {
    o;
    /** Why lookups stopped (budget spent, token refused); null while they go on. */
    spent = null;
    budgets = new Map();
    constructor(o) {
        this.o = o;
    }
    /** The latest visit of `origin` that has a snapshot, as a citable copy; `none` when never archived. */
    async latestSnapshot(origin) {
        const res = await this.send('lookup', 'GET', `${this.o.base}/origin/${encodeURI(origin)}/visit/latest/?require_snapshot=true`);
        if ('why' in res)
            return { kind: 'unchecked', why: res.why };
        // 404 NotFoundExc: the origin is unknown, or it has no visit with a snapshot.
        if (res.status === 404)
            return { kind: 'none' };
        if (res.status !== 200)
            return { kind: 'unchecked', why: `HTTP ${res.status}` };
        const visit = res.data;
        // require_snapshot=true should never give a visit without one; treat it as "no copy" if it does.
        if (typeof visit?.snapshot !== 'string' || !/^[0-9a-f]{40}$/.test(visit.snapshot))
            return { kind: 'none' };
        const swhid = swhidOf(visit.snapshot, origin);
        return { kind: 'copy', copy: { swhid, date: typeof visit.date === 'string' ? visit.date : '', url: SWH_RESOLVER + swhid } };
    }
    /** Save Code Now for a git origin: the request's status (`accepted`, `pending`, `rejected`) and date. */
    async requestSave(origin) {
        const res = await this.send('save', 'POST', `${this.o.base}/origin/save/git/url/${encodeURI(origin)}/`);
        if ('why' in res)
            return { kind: 'unchecked', why: res.why };
        if (res.status === 403)
            return { kind: 'copy', copy: { status: 'rejected', date: new Date(this.o.clock.now()).toISOString() } };
        if (res.status !== 200)
            return { kind: 'unchecked', why: `HTTP ${res.status}` };
        const body = res.data;
        return {
            kind: 'copy',
            copy: {
                status: typeof body?.save_request_status === 'string' ? body.save_request_status : 'unknown',
                date: typeof body?.save_request_date === 'string' ? body.save_request_date : new Date(this.o.clock.now()).toISOString(),
            },
        };
    }
    budget(scope) {
        let b = this.budgets.get(scope);
        if (!b)
            this.budgets.set(scope, (b = { remaining: null, resetAt: null }));
        return b;
    }
    observe(scope, headers) {
        const b = this.budget(scope);
        const remaining = Number(headers['x-ratelimit-remaining']);
        const reset = Number(headers['x-ratelimit-reset']);
        if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining))
            b.remaining = remaining;
        if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset) && reset > 0)
            b.resetAt = reset * 1000;
    }
    stop(why) {
        this.spent ??= why;
        return { why: this.spent };
    }
    async pause(ms) {
        await this.o.clock.sleep(ms, this.o.signal);
    }
    async send(scope, method, url) {
        const maxRetries = this.o.maxRetries ?? 3;
        const headers = this.o.token ? { authorization: `Bearer ${this.o.token}` } : {};
        for (let attempt = 0;; attempt++) {
            if (this.spent)
                return { why: this.spent };
            const b = this.budget(scope);
            const now = this.o.clock.now();
            if (b.remaining !== null && b.remaining <= 0 && b.resetAt !== null && b.resetAt > now) {
                if (!this.o.wait)
                    return this.stop(`Software Heritage rate limit spent (resets ${new Date(b.resetAt).toISOString()})`);
                await this.pause(b.resetAt - now + 1000);
                b.remaining = null;
            }
            this.o.onRequest();
            const res = await this.o.http.send(method, url, headers);
            this.observe(scope, res.headers);
            if (res.status === 429) {
                const wait = retryAfterMs(res.headers, this.o.clock.now()) ?? (b.resetAt !== null ? Math.max(0, b.resetAt - this.o.clock.now()) : null);
                if (wait !== null && attempt < maxRetries && (wait <= MAX_PAUSE_MS || this.o.wait)) {
                    await this.pause(wait);
                    continue;
                }
                const until = wait !== null ? ` (retry after ${Math.ceil(wait / 1000)} s)` : '';
                return this.stop(`Software Heritage rate limit spent: HTTP 429${until}`);
            }
            if (res.status === 401)
                return this.stop('Software Heritage refused the token (HTTP 401): check SWH_TOKEN');
            if (res.status === 0 || res.status >= 500) {
                if (attempt < maxRetries) {
                    await this.pause((this.o.backoffMs ?? 1000) * 2 ** attempt);
                    continue;
                }
                // Still failing after the retries: the service is down or out of reach; stop asking (one notice).
                return this.stop(res.status ? `Software Heritage kept answering HTTP ${res.status}` : `no answer from Software Heritage (${res.error ?? 'network'})`);
            }
            return res;
        }
    }
}
//# sourceMappingURL=swh.js.map