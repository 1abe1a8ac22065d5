// Other forges through their public REST APIs (anonymous: the GitHub token never goes here).
// Bases are configurable (options.forgeUrls) so tests point them at a local server.
import type { Forge, RepoFacts, RepoRef } from '../../types.js';
import { nowIso, type Clock } from '../clock.js';
import { blankFacts, unknownFacts } from '../facts.js';
import { backoff } from '../policy.js';
import { describeError } from '../../util/redact.js';
import { bitbucket } from './bitbucket.js';
import { codeberg } from './codeberg.js';
import { gitee } from './gitee.js';
import { gitlab } from './gitlab.js';
import { huggingface } from './huggingface.js';
import type { ForgeAdapter } from './types.js';
import { Agent, request } from 'undici';

export const ADAPTERS: Partial<Record<Forge, ForgeAdapter>> = { gitlab, gitee, codeberg, bitbucket, huggingface };

export interface ForgeClientOptions {
  bases: Partial<Record<string, string>>;
  /** Timeout of one request, and tries after the first for a 5xx, a 429 or no answer (defaults: src/options.ts). */
  timeoutMs: number;
  retries: number;
  /** The run's clock: answers' time, and the waits between retries. */
  clock: Clock;
  /** First wait before a retry (policy.ts's backoff, doubling). */
  backoffMs: number;
  /** Ctrl-C: a wait in progress ends at once. */
  signal?: AbortSignal;
  onRequest?(): void;
}

export class ForgeClient {
  private readonly agent: Agent;

  constructor(private readonly opts: ForgeClientOptions) {
    const t = opts.timeoutMs;
    this.agent = new Agent({ connect: { timeout: t }, headersTimeout: t, bodyTimeout: t, keepAliveTimeout: 10_000 });
  }

  static handles(ref: RepoRef): boolean {
    return ref.kind === 'repo' && ref.forge !== null && ADAPTERS[ref.forge] !== undefined && ref.repo !== null;
  }

  async check(ref: RepoRef): Promise<RepoFacts> {
    const adapter = ADAPTERS[ref.forge as Forge] as ForgeAdapter;
    const base = (this.opts.bases[ref.forge as string] ?? adapter.defaultBase).replace(/\/+$/, '');
    const via = `${ref.forge}-api`;
    const url = adapter.url(ref, base);
    for (let attempt = 0; ; attempt++) {
      let status = 0;
      let data: unknown = null;
      let error = '';
      try {
        this.opts.onRequest?.();
        const res = await request(url, { dispatcher: this.agent, headers: { accept: 'application/json', 'user-agent': 'repo-audit' }, signal: AbortSignal.timeout(this.opts.timeoutMs) });
        status = res.statusCode;
        data = status === 200 ? await res.body.json() : (await res.body.dump().catch(() => {}), null);
      } catch (err) {
        error = describeError(err, null);
      }
      const at = nowIso(this.opts.clock);
      if (status === 200) return adapter.map(data, { ...blankFacts(ref, 'found', via, at), httpStatus: 200 });
      if (adapter.missing.includes(status)) return { ...blankFacts(ref, 'not-found', via, at), httpStatus: status };
      if (status === 451) return { ...blankFacts(ref, 'blocked', via, at), httpStatus: status, blockReason: 'legal' };
      // 5xx, 429 and no answer are transient: two more tries, then `unknown`.
      if ((status === 0 || status === 429 || status >= 500) && attempt < this.opts.retries) {
        const { clock, signal, backoffMs } = this.opts;
        await backoff({ clock, backoffMs, ...(signal ? { signal } : {}) }, attempt + 1);
        continue;
      }
      return unknownFacts(ref, status ? `HTTP ${status} from ${new URL(url).host}` : error || 'no answer', via, at, status || null);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
