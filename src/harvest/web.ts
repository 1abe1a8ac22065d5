// Liveness of plain web links, *.github.io pages, gists and anonymous.4open.science: HEAD, falling
// back to GET when HEAD is refused or fails; redirects followed by hand (each hop re-checked)
// within a limit; timeouts; a few requests per host at a time. No token is ever sent here.
import { Agent, request } from 'undici';
import type { RepoFacts, RepoRef } from '../types.js';
import { nowIso, type Clock } from './clock.js';
import { blankFacts, unknownFacts } from './facts.js';
import { Lane, type Schedule } from './lane.js';
import { isIP } from 'node:net';
import { PrivateAddressError } from '../errors.js';
import { bareHost, makeLookup, privateLiteral, systemResolveAll, type ResolveAll } from './net-guard.js';
import { describeError } from '../util/redact.js';

export interface WebOptions {
  allowPrivateHosts: boolean;
  /** Timeout of one request, redirects a link may take, requests in flight per host (defaults: src/options.ts). */
  timeoutMs: number;
  maxRedirects: number;
  perHost: number;
  /** The run's clock (the answers' time). */
  clock: Clock;
  onRequest?(): void;
  /** Name resolution (default: the system's); tests inject names that do or do not exist. */
  resolveAll?: ResolveAll;
}

const USER_AGENT = 'repo-audit (link liveness check; +https://github.com/)';

/**
 * On a machine without DNS every name is "not found": unless some name resolved in this run,
 * such answers are `unknown`, never dead.
 */
export function settleDnsFailures(held: RepoFacts[], dnsWorked: boolean): RepoFacts[] {
  if (dnsWorked) return held;
  return held.map((f) => ({ ...f, outcome: 'unknown' as const, error: `${f.error} (no host name resolved in this run: DNS may be unavailable)` }));
}

const FINAL_ERRORS = new Set(['EPRIVATE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);

interface Hop {
  status: number;
  location: string | null;
}

export class WebChecker {
  private readonly agent: Agent;
  /** A few requests per host at a time: a lane per host. */
  private readonly hosts = new Map<string, Schedule>();
  private readonly timeoutMs: number;
  /** Some host name resolved during this run: DNS works, so "host not found" means gone. */
  dnsWorked = false;
  /** The "host not found" answers this checker gave, known by identity (not by their text). */
  private readonly dnsFailures = new WeakSet<RepoFacts>();

  constructor(private readonly opts: WebOptions) {
    this.timeoutMs = opts.timeoutMs;
    this.agent = new Agent({
      connect: { timeout: this.timeoutMs, lookup: makeLookup(opts.resolveAll ?? systemResolveAll, !opts.allowPrivateHosts) },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      keepAliveTimeout: 5_000,
    });
  }

  private async send(url: URL, method: 'HEAD' | 'GET'): Promise<Hop> {
    this.opts.onRequest?.();
    const res = await request(url, {
      method,
      dispatcher: this.agent,
      headers: { 'user-agent': USER_AGENT, accept: '*/*' },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await res.body.dump({ limit: 64 * 1024 }).catch(() => {}); // only the status matters
    const location = res.headers.location;
    return { status: res.statusCode, location: typeof location === 'string' ? location : null };
  }

  /** One hop: HEAD, and GET when HEAD is not answered sensibly (405, 501, 403, other errors). */
  private async hop(url: URL): Promise<Hop> {
    try {
      const head = await this.send(url, 'HEAD');
      if (head.status < 400 || head.status === 404 || head.status === 410) return head;
    } catch (err) {
      // Only a server that mishandles HEAD (drops or resets it) deserves a GET; a refusal, a
      // missing host or a timeout would just happen twice.
      const e = err as { code?: string; name?: string };
      if (e.name === 'TimeoutError' || e.name === 'AbortError' || FINAL_ERRORS.has(e.code ?? '')) throw err;
    }
    return this.send(url, 'GET');
  }

  /** Follow redirects within the limit; the final URL and status. */
  private async follow(start: string): Promise<{ url: string; status: number }> {
    let url = new URL(start);
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`unsupported scheme ${url.protocol}`);
      const literal = this.opts.allowPrivateHosts ? null : privateLiteral(url);
      if (literal) throw new PrivateAddressError(literal, literal);
      const { status, location } = await this.hop(url);
      if (status < 300 || status >= 400 || !location) return { url: url.toString(), status };
      if (hops >= this.opts.maxRedirects) throw new Error(`more than ${this.opts.maxRedirects} redirects`);
      url = new URL(location, url);
    }
  }

  async check(ref: RepoRef): Promise<RepoFacts> {
    let host: string;
    try {
      host = new URL(ref.url).host;
    } catch {
      return unknownFacts(ref, `not a URL: ${ref.url}`, 'web', nowIso(this.opts.clock));
    }
    let limit = this.hosts.get(host);
    if (!limit) {
      const perHost = this.opts.perHost;
      this.hosts.set(host, (limit = new Lane(() => perHost).run));
    }
    return limit(() => this.checkNow(ref));
  }

  private async checkNow(ref: RepoRef): Promise<RepoFacts> {
    try {
      const { url, status } = await this.follow(ref.url);
      if (!isIP(bareHost(new URL(url)))) this.dnsWorked = true;
      const at = nowIso(this.opts.clock);
      const base = { ...blankFacts(ref, 'found', 'web', at), httpStatus: status, canonicalUrl: url };
      if (status >= 200 && status < 300) return base;
      if (status === 404 || status === 410) return { ...base, outcome: 'not-found' };
      if (status === 451) return { ...base, outcome: 'blocked', blockReason: 'legal' };
      return { ...base, outcome: 'unknown', error: `HTTP ${status}` };
    } catch (err) {
      const code = (err as { code?: string }).code;
      const at = nowIso(this.opts.clock);
      // A name that does not exist is gone (if DNS works at all: see settleDnsFailures); anything
      // else (timeouts, resets, refusals) is not decided.
      if (code === 'ENOTFOUND') {
        const gone: RepoFacts = { ...blankFacts(ref, 'not-found', 'web', at), error: `host not found: ${new URL(ref.url).hostname}` };
        this.dnsFailures.add(gone);
        return gone;
      }
      return unknownFacts(ref, describeError(err, null), 'web', at);
    }
  }

  /** A "host not found" answer of this checker: held back until the run knows whether DNS works at all. */
  isDnsFailure(f: RepoFacts): boolean {
    return this.dnsFailures.has(f);
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
