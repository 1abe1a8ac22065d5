// The HTTP server: authentication, in-flight (secondary) limit, primary budgets, latency and faults
// around the REST and GraphQL routes; every answer gets GitHub's headers and one log entry.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ArchiveSim } from './archives.js';
import { isoSeconds, type SimClock } from './clock.js';
import { graphqlRoute } from './graphql.js';
import { commonHeaders } from './headers.js';
import { RateLimits, rateLimitHeaders, type Resource } from './limits.js';
import type { LogEntry, RequestLog } from './log.js';
import { endpointOf, MinuteWindows } from './minute-window.js';
import { identify, readBody, type Caller } from './caller.js';
import { seededRandom } from './random.js';
import { json, type SimResponse } from './response.js';
import { restRoute } from './rest.js';
import { issuesRoute, type IssueTracker } from './issues.js';
import { BAD_CREDENTIALS, GRAPHQL_UNAUTHENTICATED, primaryLimitBody, SECONDARY_LIMIT, serverError } from './rest-bodies.js';
import type { ResolvedScenario } from './scenario.js';
import type { RepoStore } from './store.js';

export interface ServerState {
  scenario: ResolvedScenario;
  store: RepoStore;
  clock: SimClock;
  log: RequestLog;
  limits: RateLimits;
  minute: MinuteWindows;
  /** Simulated Software Heritage and Wayback Machine (their own limits, no GitHub token). */
  archives: ArchiveSim;
  /** Issues and pull requests created through the API. */
  issues: IssueTracker;
  /** Set once listening: the REST base. */
  api: string;
}

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

export function createSimServer(state: ServerState): Server {
  // Concurrent requests per account, like the budgets: GitHub counts them per user (or App
  // installation), so two tokens of one user share the limit (github-api.md).
  const inFlight = new Map<string, number>();
  const rng = seededRandom(state.scenario.seed);
  let requestId = 0;
  const server = createServer((req, res) => {
    if (ArchiveSim.handles(new URL(req.url ?? '/', 'http://sim').pathname)) {
      archiveRequest(state, req, res, ++requestId);
      return;
    }
    const caller = identify(state, req.headers.authorization);
    const count = (inFlight.get(caller.account) ?? 0) + 1;
    inFlight.set(caller.account, count);
    const started = Date.now();
    const entry: LogEntry = {
      time: state.clock.now(), method: req.method ?? 'GET', path: req.url ?? '/', status: 0, token: caller.label, resource: null,
      graphqlRepos: 0, cost: 0, inFlight: count, violation: null, fault: null, durationMs: 0,
    };
    const done = (): void => {
      inFlight.set(caller.account, (inFlight.get(caller.account) ?? 1) - 1);
      entry.durationMs = Date.now() - started;
      state.log.add(entry);
    };
    const draws = { jitter: rng(), reset: rng(), error: rng(), pick: rng() };
    handle(state, req, res, caller, entry, draws, ++requestId)
      .catch((err: unknown) => {
        entry.status = 500;
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ message: `simulator error: ${(err as Error).message}` }));
      })
      .finally(done);
  });
  server.keepAliveTimeout = 5_000;
  return server;
}

/** Software Heritage and Wayback answers: logged like the rest, with the archive caller as `token`. */
function archiveRequest(state: ServerState, req: IncomingMessage, res: ServerResponse, id: number): void {
  const started = Date.now();
  const url = new URL(req.url ?? '/', 'http://sim');
  const entry: LogEntry = {
    time: state.clock.now(), method: req.method ?? 'GET', path: req.url ?? '/', status: 0, token: state.archives.callerLabel(req.headers.authorization),
    resource: url.pathname.startsWith('/wayback/') ? 'wayback' : 'swh', graphqlRepos: 0, cost: 0, inFlight: 1, violation: null, fault: null, durationMs: 0,
  };
  const body = (req.method === 'POST' ? readBody(req) : Promise.resolve('')).then(async () => {
    await sleep(state.scenario.latency.ms);
    const r = state.archives.route(req.method ?? 'GET', url, req.headers.authorization, state.api);
    const text = JSON.stringify(r.body ?? null);
    const headers = { 'content-type': 'application/json', date: new Date(state.clock.now()).toUTCString(), 'content-length': String(Buffer.byteLength(text)), ...r.headers };
    Object.assign(entry, { status: r.status, violation: r.violation ?? null, fault: r.fault ?? null });
    res.writeHead(r.status, headers).end(text);
  });
  body
    .catch((err: unknown) => {
      entry.status = 500;
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ exception: 'SimulatorError', reason: (err as Error).message }));
    })
    .finally(() => {
      entry.durationMs = Date.now() - started;
      state.log.add(entry);
    });
}

interface Draws {
  jitter: number;
  reset: number;
  error: number;
  pick: number;
}

async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse, caller: Caller, entry: LogEntry, draws: Draws, id: number): Promise<void> {
  const { scenario } = state;
  const url = new URL(req.url ?? '/', 'http://sim');
  const isGraphql = /^\/(api\/)?graphql\/?$/.test(url.pathname);
  const resource: Resource = isGraphql ? 'graphql' : 'core';
  const body = req.method === 'POST' || req.method === 'PATCH' ? await readBody(req) : '';
  await sleep(scenario.latency.ms + (draws.jitter * 2 - 1) * scenario.latency.jitterMs);
  const answer = (r: SimResponse): void => send(state, res, caller, entry, r, resource, id);
  if (!caller.valid) return answer(json(401, BAD_CREDENTIALS, { charged: false }));
  if (isGraphql && caller.token === null) return answer(json(401, GRAPHQL_UNAUTHENTICATED, { charged: false }));
  const retryAfter = secondaryLimit(state, caller, entry, resource, req.method ?? 'GET', url.pathname);
  if (retryAfter !== null) {
    const status = (isGraphql ? scenario.limits.graphqlSecondaryStatus : null) ?? scenario.limits.secondaryStatus;
    const body = status === 200 ? { errors: [{ message: SECONDARY_LIMIT.message }] } : { ...SECONDARY_LIMIT, status: String(status) };
    const r = json(status, body, { charged: false, violation: 'secondary-limit' });
    r.headers['retry-after'] = String(retryAfter);
    return answer(r);
  }
  if (draws.reset < scenario.faults.resetRate) {
    entry.fault = 'reset';
    req.socket.destroy();
    return;
  }
  if (draws.error < scenario.faults.randomErrorRate) {
    const statuses = scenario.faults.randomStatuses;
    const status = statuses[Math.floor(draws.pick * statuses.length)] ?? 502;
    return answer(json(status, serverError(status), { charged: false, fault: 'random-5xx' }));
  }
  return answer(isGraphql ? await graphql(state, caller, body) : rest(state, req, url, caller, body));
}

/** Seconds to wait when a secondary limit is hit (too many in flight, or too many points this minute), else null. */
function secondaryLimit(state: ServerState, caller: Caller, entry: LogEntry, resource: Resource, method: string, path: string): number | null {
  const { limits } = state.scenario;
  if (entry.inFlight > limits.maxInFlight) return limits.secondaryRetryAfter;
  const points = resource === 'core' && method !== 'GET' && method !== 'HEAD' ? 5 : 1;
  const limit = resource === 'core' ? limits.restPointsPerMinute : limits.graphqlPointsPerMinute;
  const scope = resource === 'core' && limits.pointsPerMinuteScope === 'endpoint' ? `${method} ${endpointOf(path)}` : resource;
  return state.minute.take(`${caller.account}\u0000${scope}`, state.clock.now(), points, limit);
}


function failFor(state: ServerState, repos: string[]): number | null {
  let status: number | null = null;
  for (const name of repos) {
    const [owner, repo] = name.split('/');
    const r = state.store.find(owner ?? '', repo ?? '');
    if (r && r.failuresLeft > 0) {
      r.failuresLeft--;
      status ??= r.failFirst?.status ?? 502;
    }
  }
  return status;
}

function rest(state: ServerState, req: IncomingMessage, url: URL, caller: Caller, body: string): SimResponse {
  const { limits, scenario } = state;
  const key = caller.account;
  if (!/^(\/api\/v3)?\/rate_limit$/.test(url.pathname) && !limits.canSpend(key, 'core', caller.limits.core, 1)) {
    const who = caller.token ? `user ID ${caller.viewerId}` : '127.0.0.1';
    return json(scenario.limits.primaryStatus, primaryLimitBody(who, caller.token !== null), { charged: false, violation: 'primary-limit' });
  }
  // GitHub Enterprise Server layout: REST under /api/v3 (and GraphQL at /api/graphql).
  const ghes = url.pathname === '/api/v3' || url.pathname.startsWith('/api/v3/');
  const pathname = ghes ? url.pathname.slice('/api/v3'.length) || '/' : url.pathname;
  const api = ghes ? `${state.api}/api/v3` : state.api;
  const ctx = { store: state.store, scenario, api, tokenLabel: caller.label, login: caller.login, viewer: caller.token ? { login: caller.login, id: caller.viewerId, app: caller.app } : null, ifNoneMatch: req.headers['if-none-match'] ?? null, ifModifiedSince: req.headers['if-modified-since'] ?? null };
  const views = () => ({ core: limits.view(key, 'core', caller.limits.core), graphql: limits.view(key, 'graphql', caller.limits.graphql) });
  const r = issues(state, api, caller, req.method ?? 'GET', pathname, url.searchParams, body) ?? restRoute(ctx, req.method ?? 'GET', pathname, url.searchParams, views);
  const failing = failFor(state, r.repos ?? []);
  if (failing !== null) return json(failing, serverError(failing), { charged: false, fault: 'fail-first' });
  // A 304 is free for tokens; for unauthenticated callers it is UNCONFIRMED (limits.unauthenticated304Free).
  if (r.status === 304 && caller.token === null && !scenario.limits.unauthenticated304Free) r.charged = true;
  if (r.charged) limits.spend(key, 'core', caller.limits.core, 1);
  return { ...r, cost: r.charged ? 1 : 0 };
}

/** The issue and pull request endpoints (src/sim/issues.ts), or null for any other path. */
function issues(state: ServerState, api: string, caller: Caller, method: string, pathname: string, query: URLSearchParams, body: string): SimResponse | null {
  const m = /^\/repos\/([^/]+)\/([^/]+)(\/(?:issues|pulls)(?:\/.*)?)$/.exec(pathname.replace(/\/+$/, ''));
  if (!m) return null;
  const ctx = { api, now: () => isoSeconds(state.clock.now()), find: (o: string, n: string) => {
    const repo = state.store.find(o, n);
    return repo && repo.state !== 'not-found' ? repo : null;
  } };
  return issuesRoute(state.issues, ctx, caller, method, decodeURIComponent(m[1]!), decodeURIComponent(m[2]!), m[3]!, query, body);
}

function graphql(state: ServerState, caller: Caller, body: string): Promise<SimResponse> {
  const { limits } = state;
  const limit = caller.limits.graphql;
  return graphqlRoute(
    {
      store: state.store,
      scenario: state.scenario,
      viewerLogin: caller.login,
      viewerId: caller.viewerId,
      budget: {
        view: () => limits.view(caller.account, 'graphql', limit),
        canSpend: (cost) => limits.canSpend(caller.account, 'graphql', limit, cost),
        spend: (cost) => limits.spend(caller.account, 'graphql', limit, cost),
      },
      failFor: (repos) => failFor(state, repos),
      sleep,
    },
    body,
  );
}

function send(state: ServerState, res: ServerResponse, caller: Caller, entry: LogEntry, r: SimResponse, resource: Resource, id: number): void {
  const limit = resource === 'core' ? caller.limits.core : caller.limits.graphql;
  const view = state.limits.view(caller.account, resource, limit);
  const headers = { ...commonHeaders(state.clock.now(), id, caller.token !== null && caller.valid), ...rateLimitHeaders(view), ...r.headers };
  if (r.violation === 'primary-limit') headers['x-ratelimit-remaining'] = '0';
  const text = r.body === undefined || r.status === 304 ? '' : JSON.stringify(r.body);
  if (text) headers['content-length'] = String(Buffer.byteLength(text));
  else delete headers['content-type'];
  Object.assign(entry, { status: r.status, resource, cost: r.cost ?? 0, graphqlRepos: r.graphqlRepos ?? 0, violation: r.violation ?? null, fault: r.fault ?? entry.fault });
  res.writeHead(r.status, headers);
  res.end(text);
}
