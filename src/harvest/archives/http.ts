// One small HTTP helper for the archive services (Software Heritage, Wayback Machine): JSON in,
// status + lower-cased headers + parsed body out, no redirects followed, never a throw. Retry and
// pacing live with each service (swh.ts, wayback.ts), which know their own limits.
import { Agent, request } from 'undici';
import { describeError } from '../../util/redact.js';

export interface ArchiveResponse {
  /** 0 when no HTTP answer arrived (refused, reset, timeout). */
  status: number;
  headers: Record<string, string>;
  data: unknown;
  /** Why there was no answer (status 0); never holds a token. */
  error: string | null;
}

export class ArchiveHttp {
  private readonly agent: Agent;

  constructor(private readonly timeoutMs: number, private readonly secret: string | null) {
    this.agent = new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, keepAliveTimeout: 10_000, connections: 2 });
  }

  async send(method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}): Promise<ArchiveResponse> {
    try {
      const res = await request(url, {
        method,
        dispatcher: this.agent,
        headers: { accept: 'application/json', 'user-agent': 'repo-audit', ...headers },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await res.body.text();
      let data: unknown = null;
      try {
        data = text ? JSON.parse(text) : null;
      } catch {
        data = null; // an HTML error page: the status says enough
      }
      const flat: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      return { status: res.statusCode, headers: flat, data, error: null };
    } catch (err) {
      return { status: 0, headers: {}, data: null, error: describeError(err, this.secret) };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

/** `Retry-After` as milliseconds from `now` (seconds or an HTTP date, RFC 9110 §10.2.3); null if absent or unreadable. */
export function retryAfterMs(headers: Record<string, string>, now: number): number | null {
  const raw = headers['retry-after'];
  if (raw === undefined || raw.trim() === '') return null;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim()) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
