import { tokenLabel } from './random.js';
const SWH_PREFIX = '/swh/api/1/';
/** Wayback matches a URL whatever its scheme, `www.`, host case or trailing slash. */
export function waybackKey(url) {
    const m = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)(.*)$/i.exec(url.trim());
    if (!m)
        return url;
    return `${m[1].toLowerCase()}${m[2].replace(/\/+$/, '')}`;
}
export class ArchiveSim {
    scenario;
    clock;
    windows = new Map();
    waybackFailuresLeft;
    constructor(scenario, clock) {
        this.scenario = scenario;
        this.clock = clock;
        this.waybackFailuresLeft = scenario.archives.wayback.failFirst?.count ?? 0;
    }
    static handles(pathname) {
        return pathname.startsWith(SWH_PREFIX) || pathname === '/wayback/available' || pathname === '/wayback/available/';
    }
    /** Who calls Software Heritage, for the log: `swh-anonymous`, `swh-<hash>` for a known token, `bad-<hash>` otherwise. */
    callerLabel(authorization) {
        const token = this.bearer(authorization);
        if (token === null)
            return 'swh-anonymous';
        return `${this.scenario.archives.swh.tokens.includes(token) ? 'swh' : 'bad'}-${tokenLabel(token)}`;
    }
    route(method, url, authorization, base) {
        if (url.pathname.startsWith('/wayback/'))
            return this.wayback(url, base);
        return this.swh(method, url, authorization, base);
    }
    bearer(authorization) {
        if (!authorization)
            return null;
        return /^bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? authorization;
    }
    wayback(url, _base) {
        const fail = this.scenario.archives.wayback.failFirst;
        if (fail && this.waybackFailuresLeft > 0) {
            this.waybackFailuresLeft--;
            const headers = fail.retryAfter !== undefined ? { 'retry-after': String(fail.retryAfter) } : {};
            return { status: fail.status, headers, body: { error: fail.status === 429 ? 'Too Many Requests' : 'Service Unavailable' }, charged: false, fault: 'fail-first' };
        }
        const asked = url.searchParams.get('url') ?? '';
        const key = waybackKey(asked);
        const hit = this.scenario.archives.wayback.snapshots.find((s) => waybackKey(s.url) === key);
        // The real API answers http://web.archive.org/web/<timestamp>/<url>; so does the simulator.
        const closest = hit ? { status: '200', available: true, url: `http://web.archive.org/web/${hit.timestamp}/${hit.url}`, timestamp: hit.timestamp } : null;
        return { status: 200, headers: {}, body: { url: asked, archived_snapshots: closest ? { closest } : {} }, charged: false };
    }
    swh(method, url, authorization, base) {
        const swh = this.scenario.archives.swh;
        const token = this.bearer(authorization);
        if (token !== null && !swh.tokens.includes(token))
            return error(401, 'UnauthorizedExc', 'Invalid or expired user token');
        const rest = url.pathname.slice(SWH_PREFIX.length);
        const save = /^origin\/save\/([^/]+)\/url\/(.+)\/$/.exec(rest);
        const latest = /^origin\/(.+)\/visit\/latest\/?$/.exec(rest);
        const get = /^origin\/(.+)\/get\/?$/.exec(rest);
        const scope = save ? 'save' : 'lookup';
        if (save && method !== 'POST' && method !== 'GET')
            return error(405, 'MethodNotAllowed', `Method "${method}" not allowed.`);
        const limit = this.limitOf(swh, scope, token !== null);
        const window = this.windowOf(`${scope}\u0000${token ?? ''}`, swh.windowSeconds);
        const resetAt = Math.ceil((window.start + swh.windowSeconds * 1000) / 1000);
        const rateHeaders = (remaining) => ({
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': String(Math.max(0, remaining)),
            'x-ratelimit-reset': String(resetAt),
        });
        if (window.used >= limit) {
            const wait = Math.max(1, resetAt - Math.floor(this.clock.now() / 1000));
            const r = error(429, 'Throttled', `Request was throttled. Expected available in ${wait} seconds.`, { violation: 'archive-limit' });
            r.headers = { ...rateHeaders(0), ...(swh.retryAfterHeader ? { 'retry-after': String(wait) } : {}) };
            return r;
        }
        window.used++;
        const headers = rateHeaders(limit - window.used);
        const answer = save ? this.saveAnswer(decodeURI(save[2]), save[1], method, base) : latest ? this.latestVisit(decodeURI(latest[1]), url, base) : get ? this.origin(decodeURI(get[1]), base) : error(404, 'NotFoundExc', 'Resource not found.');
        answer.headers = { ...answer.headers, ...headers };
        return answer;
    }
    limitOf(swh, scope, authenticated) {
        if (scope === 'save')
            return authenticated ? swh.saveAuthenticated : swh.saveAnonymous;
        return authenticated ? swh.authenticated : swh.anonymous;
    }
    windowOf(key, seconds) {
        const now = this.clock.now();
        let w = this.windows.get(key);
        if (!w || now >= w.start + seconds * 1000)
            this.windows.set(key, (w = { start: now, used: 0 }));
        return w;
    }
    findOrigin(origin) {
        return this.scenario.archives.swh.origins.find((o) => o.url === origin);
    }
    origin(origin, base) {
        if (!this.findOrigin(origin))
            return error(404, 'NotFoundExc', `Origin with url ${origin} not found!`);
        return ok({ url: origin, origin_visits_url: `${base}${SWH_PREFIX}origin/${origin}/visits/`, metadata_authorities_url: `${base}${SWH_PREFIX}raw-extrinsic-metadata/swhid/swh:1:ori:0/authorities/` });
    }
    latestVisit(origin, url, base) {
        const o = this.findOrigin(origin);
        if (!o)
            return error(404, 'NotFoundExc', `Origin with url ${origin} not found!`);
        const requireSnapshot = /^(true|1|yes|on)$/i.test(url.searchParams.get('require_snapshot') ?? 'false');
        const numbered = o.visits.map((v, i) => ({ ...v, visit: i + 1 }));
        const eligible = numbered.filter((v) => !requireSnapshot || v.snapshot !== null).sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
        const v = eligible[0];
        if (!v)
            return error(404, 'NotFoundExc', `No visit for origin ${origin} found`);
        return ok({
            origin,
            visit: v.visit,
            date: v.date,
            status: v.status,
            snapshot: v.snapshot,
            type: v.type,
            metadata: {},
            origin_url: `${base}${SWH_PREFIX}origin/${origin}/get/`,
            snapshot_url: v.snapshot ? `${base}${SWH_PREFIX}snapshot/${v.snapshot}/` : null,
        });
    }
    saveAnswer(origin, visitType, method, base) {
        if (method === 'GET')
            return error(404, 'NotFoundExc', `No save requests found for visit of type ${visitType} on origin with url ${origin}.`);
        const status = this.scenario.archives.swh.saveStatus;
        if (status === 'rejected')
            return error(403, 'ForbiddenExc', `The "save code now" request has been rejected because the provided origin url is blacklisted.`);
        return ok({
            id: 1,
            request_url: `${base}${SWH_PREFIX}origin/save/1/`,
            origin_url: origin,
            visit_type: visitType,
            save_request_date: new Date(this.clock.now()).toISOString().replace('Z', '+00:00'),
            save_request_status: status,
            save_task_status: status === 'accepted' ? 'not yet scheduled' : 'not created',
            visit_date: null,
            visit_status: null,
            note: null,
        });
    }
}
function ok(body) {
    return { status: 200, headers: {}, body, charged: false };
}
/** swh-web's error body: `{"exception": "<class>", "reason": "<message>"}`. */
function error(status, exception, reason, extra = {}) {
    return { status, headers: {}, body: { exception, reason }, charged: false, ...extra };
}
//# sourceMappingURL=archives.js.map