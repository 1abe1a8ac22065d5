// The one place that builds the GitHub client: Octokit over an undici keep-alive Agent.
//
// Why Octokit's throttling and retry plugins are switched OFF (docs: the team's github-api.md notes, docs/harvester.md,
// octokit/plugin-throttling.js src/index.ts + wrap-request.ts, octokit/plugin-retry.js):
// - throttling sends every GraphQL request through its module-wide "write" Bottleneck group
//   (maxConcurrent 1, minTime 1000 ms): a 10,000-repository harvest would be serialised at 1 query/s;
// - it recognises GraphQL only on paths starting with `/graphql`, so a GHES `/api/graphql` endpoint
//   would get different rate-limit handling from github.com;
// - its waits use Date.now() and real timers, which a virtual test clock cannot drive;
// - plugin-retry retries 429 (before throttling sees it) and 5xx with (n+1)² s delays, ignoring
//   `retry-after`; a GraphQL 502 (query timeout) must instead split the batch at once.
// So the harvester keeps one explicit policy in policy.ts/gate.ts (secondary limits honour
// retry-after, primary limits wait for x-ratelimit-reset, bounded exponential backoff for 5xx),
// and p-limit bounds concurrency (run-github.ts). Octokit still does auth, URLs, headers and parsing.
import { isIP } from 'node:net';
import { Octokit } from 'octokit';
import { Agent, fetch as undiciFetch } from 'undici';
import { bareHost } from './net-guard.js';
import { describeError } from './redact.js';
const silentLog = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
export function createGitHubClient(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const apiOrigin = new URL(apiUrl).origin;
    const token = options.token;
    // Keep-alive: the whole harvest reuses a handful of connections to the API host.
    const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000, connections: options.concurrency + 2, headersTimeout: 60_000, bodyTimeout: 60_000 });
    const octokit = new Octokit({
        ...(token ? { auth: token } : {}),
        baseUrl: apiUrl,
        log: silentLog,
        throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
        retry: { enabled: false },
        request: {
            fetch: (url, init) => undiciFetch(url, { ...init, dispatcher: agent }),
            redirect: 'manual',
        },
    });
    const byName = isIP(bareHost(new URL(apiUrl))) === 0;
    let resolvedByName = false;
    async function send(route) {
        try {
            const res = await octokit.request(route);
            resolvedByName ||= byName;
            return { status: res.status, headers: res.headers, data: res.data };
        }
        catch (err) {
            const e = err;
            if (e.response) {
                resolvedByName ||= byName;
                return { status: e.response.status, headers: e.response.headers, data: e.response.data };
            }
            return { status: 0, headers: {}, data: { message: describeError(err, token) } };
        }
    }
    return {
        get resolvedByName() {
            return resolvedByName;
        },
        hasToken: token !== null,
        apiUrl,
        graphqlUrl: options.graphqlUrl,
        get(pathOrUrl, opts = {}) {
            const url = /^https?:/i.test(pathOrUrl) ? pathOrUrl : apiUrl + pathOrUrl;
            // The token goes only to the configured API host: never follow a redirect elsewhere with it.
            if (new URL(url).origin !== apiOrigin)
                return Promise.resolve({ status: 0, headers: {}, data: { message: `refused to send the token to ${new URL(url).host}` } });
            const headers = { 'x-github-api-version': '2022-11-28' };
            if (opts.etag)
                headers['if-none-match'] = opts.etag;
            return send({ method: 'GET', url, headers, request: { signal: opts.signal } });
        },
        graphql(query, signal) {
            return send({ method: 'POST', url: options.graphqlUrl, query, request: { signal } });
        },
        close: () => agent.close(),
    };
}
//# sourceMappingURL=client.js.map