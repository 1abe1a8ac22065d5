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
// and the gate bounds concurrency (its lanes: lane.ts). Octokit still does auth, URLs, headers and parsing.
import { isIP } from 'node:net';
import { Octokit } from 'octokit';
import { Agent, fetch as undiciFetch } from 'undici';
import type { ResolvedOptions } from '../options.js';
import { bareHost } from './net-guard.js';
import { describeError, networkCause } from '../util/redact.js';

export interface ApiResponse {
  status: number; // 0 when no HTTP answer arrived (connection refused, reset, timeout)
  headers: Record<string, string>;
  data: unknown;
  /** Status 0 only: why no answer came (`ECONNREFUSED`, `ENOTFOUND`, `bad port`…). */
  cause?: string;
}

export interface GitHubClient {
  readonly hasToken: boolean;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  /** An answer came from a host given by name (not an IP): name resolution works on this machine. */
  readonly resolvedByName: boolean;
  /** The last request that got no answer or a 5xx: `ECONNREFUSED`, `HTTP 502`… (null: none yet). */
  readonly lastFailure: string | null;
  /** GET a REST path (`/repos/o/r`) or an absolute URL on the API host. Redirects are not followed. */
  get(pathOrUrl: string, opts?: { etag?: string | null; signal?: AbortSignal }): Promise<ApiResponse>;
  /** POST a GraphQL document; the raw answer (partial data and errors are not thrown). */
  graphql(query: string, signal?: AbortSignal): Promise<ApiResponse>;
  close(): Promise<void>;
}

const silentLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export function createGitHubClient(options: Pick<ResolvedOptions, 'token' | 'apiUrl' | 'graphqlUrl' | 'concurrency'>): GitHubClient {
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
      fetch: (url: string, init: object) => undiciFetch(url, { ...init, dispatcher: agent } as Parameters<typeof undiciFetch>[1]),
      redirect: 'manual',
    },
  });

  const byName = isIP(bareHost(new URL(apiUrl))) === 0;
  let resolvedByName = false;
  let lastFailure: string | null = null;
  async function send(route: Record<string, unknown>): Promise<ApiResponse> {
    try {
      const res = await octokit.request(route as never);
      resolvedByName ||= byName;
      return { status: res.status, headers: res.headers as Record<string, string>, data: res.data };
    } catch (err) {
      const e = err as { status?: number; response?: { status: number; headers: Record<string, string>; data: unknown } };
      if (e.response) {
        resolvedByName ||= byName;
        if (e.response.status >= 500) lastFailure = `HTTP ${e.response.status} on every retry`;
        return { status: e.response.status, headers: e.response.headers, data: e.response.data };
      }
      const cause = networkCause(err, token);
      lastFailure = cause;
      return { status: 0, headers: {}, data: { message: describeError(err, token) }, cause };
    }
  }

  return {
    get resolvedByName() {
      return resolvedByName;
    },
    get lastFailure() {
      return lastFailure;
    },
    hasToken: token !== null,
    apiUrl,
    graphqlUrl: options.graphqlUrl,
    get(pathOrUrl, opts = {}) {
      const url = /^https?:/i.test(pathOrUrl) ? pathOrUrl : apiUrl + pathOrUrl;
      // The token goes only to the configured API host: never follow a redirect elsewhere with it.
      if (new URL(url).origin !== apiOrigin) return Promise.resolve({ status: 0, headers: {}, data: { message: `refused to send the token to ${new URL(url).host}` } });
      const headers: Record<string, string> = { 'x-github-api-version': '2022-11-28' };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      return send({ method: 'GET', url, headers, request: { signal: opts.signal } });
    },
    graphql(query, signal) {
      return send({ method: 'POST', url: options.graphqlUrl, query, request: { signal } });
    },
    close: () => agent.close(),
  };
}
