// Liveness of plain web links, *.github.io pages, gists and anonymous.4open.science: HEAD, falling
// back to GET when HEAD is refused or fails; redirects followed by hand (each hop re-checked)
// within a limit; timeouts; a few requests per host at a time. No token is ever sent here.
import pLimit from 'p-limit';
import { Agent, request } from 'undici';
import { blankFacts, unknownFacts } from './facts.js';
import { isIP } from 'node:net';
import { bareHost, makeLookup, PrivateAddressError, privateLiteral, systemResolveAll } from './net-guard.js';
import { describeError } from './redact.js';
const USER_AGENT = 'repo-audit (link liveness check; +https://github.com/)';
const HOST_NOT_FOUND = 'host not found';
/** A "host not found" answer, held back until the run knows whether DNS works at all. */
export function isDnsFailure(f) {
    return f.via === 'web' && f.outcome === 'not-found' && f.httpStatus === null && (f.error ?? '').startsWith(HOST_NOT_FOUND);
}
/**
 * On a machine without DNS every name is "not found": unless some name resolved in this run,
 * such answers are `unknown`, never dead.
 */
export function settleDnsFailures(held, dnsWorked) {
    if (dnsWorked)
        return held;
    return held.map((f) => ({ ...f, outcome: 'unknown', error: `${f.error} (no host name resolved in this run: DNS may be unavailable)` }));
}
const FINAL_ERRORS = new Set(['EPRIVATE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);
export class WebChecker {
    opts;
    agent;
    hosts = new Map();
    timeoutMs;
    /** Some host name resolved during this run: DNS works, so "host not found" means gone. */
    dnsWorked = false;
    constructor(opts) {
        this.opts = opts;
        this.timeoutMs = opts.timeoutMs ?? 15_000;
        this.agent = new Agent({
            connect: { timeout: this.timeoutMs, lookup: makeLookup(opts.resolveAll ?? systemResolveAll, !opts.allowPrivateHosts) },
            headersTimeout: this.timeoutMs,
            bodyTimeout: this.timeoutMs,
            keepAliveTimeout: 5_000,
        });
    }
    async send(url, method) {
        this.opts.onRequest?.();
        const res = await request(url, {
            method,
            dispatcher: this.agent,
            headers: { 'user-agent': USER_AGENT, accept: '*/*' },
            signal: AbortSignal.timeout(this.timeoutMs),
        });
        await res.body.dump({ limit: 64 * 1024 }).catch(() => { }); // only the status matters
        const location = res.headers.location;
        return { status: res.statusCode, location: typeof location === 'string' ? location : null };
    }
    /** One hop: HEAD, and GET when HEAD is not answered sensibly (405, 501, 403, other errors). */
    async hop(url) {
        try {
            const head = await this.send(url, 'HEAD');
            if (head.status < 400 || head.status === 404 || head.status === 410)
                return head;
        }
        catch (err) {
            // Only a server that mishandles HEAD (drops or resets it) deserves a GET; a refusal, a
            // missing host or a timeout would just happen twice.
            const e = err;
            if (e.name === 'TimeoutError' || e.name === 'AbortError' || FINAL_ERRORS.has(e.code ?? ''))
                throw err;
        }
        return this.send(url, 'GET');
    }
    /** Follow redirects within the limit; the final URL and status. */
    async follow(start) {
        let url = new URL(start);
        for (let hops = 0;; hops++) {
            if (url.protocol !== 'http:' && url.protocol !== 'https:')
                throw new Error(`unsupported scheme ${url.protocol}`);
            const literal = this.opts.allowPrivateHosts ? null : privateLiteral(url);
            if (literal)
                throw new PrivateAddressError(literal, literal);
            const { status, location } = await this.hop(url);
            if (status < 300 || status >= 400 || !location)
                return { url: url.toString(), status };
            if (hops >= (this.opts.maxRedirects ?? 5))
                throw new Error(`more than ${this.opts.maxRedirects ?? 5} redirects`);
            url = new URL(location, url);
        }
    }
    async check(ref) {
        let host;
        try {
            host = new URL(ref.url).host;
        }
        catch {
            return unknownFacts(ref, `not a URL: ${ref.url}`, 'web', this.opts.now());
        }
        let limit = this.hosts.get(host);
        if (!limit)
            this.hosts.set(host, (limit = pLimit(this.opts.perHost ?? 3)));
        return limit(() => this.checkNow(ref));
    }
    async checkNow(ref) {
        try {
            const { url, status } = await this.follow(ref.url);
            if (!isIP(bareHost(new URL(url))))
                this.dnsWorked = true;
            const at = this.opts.now();
            const base = { ...blankFacts(ref, 'found', 'web', at), httpStatus: status, canonicalUrl: url };
            if (status >= 200 && status < 300)
                return base;
            if (status === 404 || status === 410)
                return { ...base, outcome: 'not-found' };
            if (status === 451)
                return { ...base, outcome: 'blocked', blockReason: 'legal' };
            return { ...base, outcome: 'unknown', error: `HTTP ${status}` };
        }
        catch (err) {
            const code = err.code;
            const at = this.opts.now();
            // A name that does not exist is gone (if DNS works at all: see settleDnsFailures); anything
            // else (timeouts, resets, refusals) is not decided.
            if (code === 'ENOTFOUND')
                return { ...blankFacts(ref, 'not-found', 'web', at), error: `${HOST_NOT_FOUND}: ${new URL(ref.url).hostname}` };
            return unknownFacts(ref, describeError(err, null), 'web', at);
        }
    }
    close() {
        return this.agent.close();
    }
}
//# sourceMappingURL=web.js.map