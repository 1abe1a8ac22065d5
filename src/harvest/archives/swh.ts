// Software Heritage's Web API (docs/harvester.md "Archived copies"; what is confirmed and what is
// assumed: docs/simulator.md "Software Heritage and the Wayback Machine").
//   GET  {base}/origin/{origin url}/visit/latest/?require_snapshot=true   200 visit | 404 NotFoundExc
//   POST {base}/origin/save/git/url/{origin url}/                          Save Code Now
// Every answer carries X-RateLimit-Limit/-Remaining/-Reset (epoch seconds), per throttling scope;
// past the bucket: 429. Requests go one at a time; when the bucket is empty (or a 429 asks for a
// longer pause than we keep waiting) the budget is "spent": every later lookup is left unchecked
// with that reason, never an error. `--wait` waits for the reset instead. The bearer token goes
// only to `base`'s host (the URL is always built from it; redirects are not followed).
import type { SwhCopy } from '../../types.js';
import type { Clock } from '../clock.js';
import { retryAfterMs, type ArchiveHttp, type ArchiveResponse } from './http.js';

export type Lookup<T> = { kind: 'copy'; copy: T } | { kind: 'none' } | { kind: 'unchecked'; why: string };

export interface SwhOptions {
  base: string;
  token: string | null;
  http: ArchiveHttp;
  clock: Clock;
  /** Wait for the bucket to refill instead of leaving the rest unchecked. */
  wait: boolean;
  signal?: AbortSignal;
  onRequest(): void;
  /** Retries of a 5xx / no answer, and of short 429 pauses (options.archiveRetries). */
  maxRetries: number;
  /** First backoff delay for 5xx / no answer, in ms (options.backoffMs; doubles). */
  backoffMs: number;
}

/** A 429 asking for a longer pause than this ends the lookups (unless --wait): an hourly bucket is not worth waiting for. */
const MAX_PAUSE_MS = 60_000;
/** The public resolver of SWHIDs (a SWHID is the same on every mirror). */
export const SWH_RESOLVER = 'https://archive.softwareheritage.org/';

interface Budget {
  remaining: number | null;
  resetAt: number | null;
}

/** SWHID qualifier values escape `;` and `%` (SWHID specification, "qualifiers"). */
function qualifier(value: string): string {
  return value.replace(/%/g, '%25').replace(/;/g, '%3B');
}

export function swhidOf(snapshot: string, origin: string): string {
  return `swh:1:snp:${snapshot};origin=${qualifier(origin)}`;
}

export class SoftwareHeritage {
  /** Why lookups stopped (budget spent, token refused); null while they go on. */
  spent: string | null = null;
  private readonly budgets = new Map<'lookup' | 'save', Budget>();

  constructor(private readonly o: SwhOptions) {}

  /** The latest visit of `origin` that has a snapshot, as a citable copy; `none` when never archived. */
  async latestSnapshot(origin: string): Promise<Lookup<SwhCopy>> {
    const res = await this.send('lookup', 'GET', `${this.o.base}/origin/${encodeURI(origin)}/visit/latest/?require_snapshot=true`);
    if ('why' in res) return { kind: 'unchecked', why: res.why };
    // 404 NotFoundExc: the origin is unknown, or it has no visit with a snapshot.
    if (res.status === 404) return { kind: 'none' };
    if (res.status !== 200) return { kind: 'unchecked', why: `HTTP ${res.status}` };
    const visit = res.data as { snapshot?: unknown; date?: unknown } | null;
    // require_snapshot=true should never give a visit without one; treat it as "no copy" if it does.
    if (typeof visit?.snapshot !== 'string' || !/^[0-9a-f]{40}$/.test(visit.snapshot)) return { kind: 'none' };
    const swhid = swhidOf(visit.snapshot, origin);
    return { kind: 'copy', copy: { swhid, date: typeof visit.date === 'string' ? visit.date : '', url: SWH_RESOLVER + swhid } };
  }

  /** Save Code Now for a git origin: the request's status (`accepted`, `pending`, `rejected`) and date. */
  async requestSave(origin: string): Promise<Lookup<{ status: string; date: string }>> {
    const res = await this.send('save', 'POST', `${this.o.base}/origin/save/git/url/${encodeURI(origin)}/`);
    if ('why' in res) return { kind: 'unchecked', why: res.why };
    if (res.status === 403) return { kind: 'copy', copy: { status: 'rejected', date: new Date(this.o.clock.now()).toISOString() } };
    if (res.status !== 200) return { kind: 'unchecked', why: `HTTP ${res.status}` };
    const body = res.data as { save_request_status?: unknown; save_request_date?: unknown } | null;
    return {
      kind: 'copy',
      copy: {
        status: typeof body?.save_request_status === 'string' ? body.save_request_status : 'unknown',
        date: typeof body?.save_request_date === 'string' ? body.save_request_date : new Date(this.o.clock.now()).toISOString(),
      },
    };
  }

  private budget(scope: 'lookup' | 'save'): Budget {
    let b = this.budgets.get(scope);
    if (!b) this.budgets.set(scope, (b = { remaining: null, resetAt: null }));
    return b;
  }

  private observe(scope: 'lookup' | 'save', headers: Record<string, string>): void {
    const b = this.budget(scope);
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) b.remaining = remaining;
    if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset) && reset > 0) b.resetAt = reset * 1000;
  }

  private stop(why: string): { why: string } {
    this.spent ??= why;
    return { why: this.spent };
  }

  private async pause(ms: number): Promise<void> {
    await this.o.clock.sleep(ms, this.o.signal);
  }

  private async send(scope: 'lookup' | 'save', method: 'GET' | 'POST', url: string): Promise<ArchiveResponse | { why: string }> {
    const maxRetries = this.o.maxRetries;
    const headers: Record<string, string> = this.o.token ? { authorization: `Bearer ${this.o.token}` } : {};
    for (let attempt = 0; ; attempt++) {
      if (this.spent) return { why: this.spent };
      const b = this.budget(scope);
      const now = this.o.clock.now();
      if (b.remaining !== null && b.remaining <= 0 && b.resetAt !== null && b.resetAt > now) {
        if (!this.o.wait) return this.stop(`Software Heritage rate limit spent (resets ${new Date(b.resetAt).toISOString()})`);
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
      if (res.status === 401) return this.stop('Software Heritage refused the token (HTTP 401): check SWH_TOKEN');
      if (res.status === 0 || res.status >= 500) {
        if (attempt < maxRetries) {
          await this.pause(this.o.backoffMs * 2 ** attempt);
          continue;
        }
        // Still failing after the retries: the service is down or out of reach; stop asking (one notice).
        return this.stop(res.status ? `Software Heritage kept answering HTTP ${res.status}` : `no answer from Software Heritage (${res.error ?? 'network'})`);
      }
      return res;
    }
  }
}
