// The Wayback Machine's availability API (https://archive.org/help/wayback_api.php):
//   GET {base}?url=<url>  →  {"archived_snapshots":{"closest":{"available":true,"url":…,"timestamp":…,"status":"200"}}}
//                         or {"archived_snapshots":{}} when nothing is archived.
// It publishes no rate limit: we keep to a few requests a second, one at a time, and back off on
// 429 and 5xx (honouring Retry-After). After repeated refusals the rest is left unchecked.
import type { WaybackCopy } from '../../types.js';
import type { Clock } from '../clock.js';
import { retryAfterMs, type ArchiveHttp } from './http.js';
import type { Lookup } from './swh.js';

export interface WaybackOptions {
  base: string;
  http: ArchiveHttp;
  clock: Clock;
  signal?: AbortSignal;
  onRequest(): void;
  /** Smallest gap between two requests, in ms (default 350: under three a second). */
  minGapMs?: number;
  maxRetries: number;
  backoffMs: number;
}

const MAX_PAUSE_MS = 60_000;

export class Wayback {
  spent: string | null = null;
  private nextAt = 0;

  constructor(private readonly o: WaybackOptions) {}

  async closest(url: string): Promise<Lookup<WaybackCopy>> {
    const maxRetries = this.o.maxRetries;
    for (let attempt = 0; ; attempt++) {
      if (this.spent) return { kind: 'unchecked', why: this.spent };
      const now = this.o.clock.now();
      if (this.nextAt > now) await this.o.clock.sleep(this.nextAt - now, this.o.signal);
      this.nextAt = this.o.clock.now() + (this.o.minGapMs ?? 350);
      this.o.onRequest();
      const res = await this.o.http.send('GET', `${this.o.base}?url=${encodeURIComponent(url)}`);
      if (res.status === 200) return parseClosest(res.data);
      const transient = res.status === 0 || res.status === 429 || res.status >= 500;
      if (!transient) return { kind: 'unchecked', why: `HTTP ${res.status} from the Wayback Machine` };
      const wait = retryAfterMs(res.headers, this.o.clock.now()) ?? this.o.backoffMs * 2 ** attempt;
      if (attempt < maxRetries && wait <= MAX_PAUSE_MS) {
        await this.o.clock.sleep(wait, this.o.signal);
        continue;
      }
      // Still refused or failing after the retries: stop asking for this run (one notice).
      this.spent = res.status === 429 ? 'the Wayback Machine kept answering 429 (too many requests)' : res.status ? `the Wayback Machine kept answering HTTP ${res.status}` : `no answer from the Wayback Machine (${res.error ?? 'network'})`;
      return { kind: 'unchecked', why: this.spent };
    }
  }
}

function parseClosest(data: unknown): Lookup<WaybackCopy> {
  const closest = (data as { archived_snapshots?: { closest?: { available?: unknown; url?: unknown; timestamp?: unknown } } } | null)?.archived_snapshots?.closest;
  if (!closest || closest.available !== true || typeof closest.url !== 'string' || typeof closest.timestamp !== 'string') return { kind: 'none' };
  // The API writes `http://web.archive.org/…`; the same capture answers over https.
  return { kind: 'copy', copy: { url: closest.url.replace(/^http:\/\/web\.archive\.org\//, 'https://web.archive.org/'), timestamp: closest.timestamp } };
}
