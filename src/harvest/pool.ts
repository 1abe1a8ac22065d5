// A pool of tokens (`GITHUB_TOKENS`, or `--token` more than once): each token has its own client,
// budgets, gate and per-minute pacing (gate.ts); every request goes to the live token with the
// most budget left on its resource. A token GitHub rejects (401) is dropped with a notice naming
// its position, never its value. A spent token is skipped while another has budget; the run waits
// for a reset (with --wait) only when every token is spent.
//
// Budgets belong to the account, not to the token string (github-api.md): two tokens of one user
// share one budget and one set of per-minute limits, so pacing each on its own would go over them.
// The pool asks `GET /user` for each token's login and keeps one token per account, with a warning.
import type { ApiResponse, GitHubClient } from './client.js';
import type { Clock } from './clock.js';
import { Aborted, BadCredentials, BudgetExhausted } from '../errors.js';
import type { Budget, RateGate } from './gate.js';
import { Lane, type Schedule } from './lane.js';
import { sendWithPolicy, type PolicyContext } from './policy.js';

export interface PoolMember {
  /** 1-based position in the list the user gave: how notices name the token. */
  position: number;
  client: GitHubClient;
  gate: RateGate;
  dropped: boolean;
}

export interface PoolOptions {
  clock: Clock;
  wait: boolean;
  signal?: AbortSignal;
  notice(line: string): void;
  /** The policy settings every member shares (retries, backoff, request counting). */
  policy: Omit<PolicyContext, 'gate'>;
}

export class TokenPool {
  private readonly waits = new Map<string, Promise<void>>();

  constructor(
    readonly members: PoolMember[],
    readonly opts: PoolOptions,
  ) {}

  get live(): PoolMember[] {
    return this.members.filter((m) => !m.dropped);
  }

  /** Requests the pool was configured to have in flight: each live token its own --concurrency. */
  get concurrency(): number {
    return this.live.reduce((n, m) => n + m.gate.concurrency, 0);
  }

  /**
   * A queue of tasks as wide as the live tokens' gates together (each narrowed after a secondary
   * limit on its account), like RateGate.lane for one token: each caller takes its own.
   */
  lane(): Schedule {
    return new Lane(() => this.live.reduce((n, m) => n + m.gate.width, 0)).run;
  }

  /** Names a token for the user: by position, never by value. */
  name(m: PoolMember): string {
    return this.members.length > 1 ? `token ${m.position} of ${this.members.length}` : 'the token';
  }

  /** A token GitHub rejected: out of the pool; the run stops only when none is left. */
  drop(m: PoolMember, why: string): void {
    if (m.dropped) return;
    m.dropped = true;
    if (this.members.length > 1) this.opts.notice(`${this.name(m)} ${why}: dropped, ${this.live.length} left`);
  }

  /**
   * Keep one token per account (only for a pool of several). `GET /user` names each token's login
   * (one REST request each). Tokens that cannot say (a GitHub App installation token answers 403)
   * are compared by how their budgets moved: /rate_limit is read again (free), and tokens of one
   * account show the same `used` and reset, moved by every token's `/user` request, not just their own.
   */
  async checkAccounts(ctx: { signal?: AbortSignal }): Promise<void> {
    if (this.members.length < 2) return;
    const loginOf = new Map<PoolMember, string>();
    const usedBefore = new Map(this.live.map((m) => [m, usedOf(m.gate.budgets.get('core'))]));
    for (const m of this.live) {
      const res = await this.sendOn(m, 'core', () => m.client.get('/user', ctx.signal ? { signal: ctx.signal } : {}));
      const login = (res?.data as { login?: unknown } | null)?.login;
      if (res?.status === 200 && typeof login === 'string') loginOf.set(m, login);
    }
    const owner = new Map<string, PoolMember>();
    for (const [m, login] of loginOf) {
      const first = owner.get(login.toLowerCase());
      if (!first) owner.set(login.toLowerCase(), m);
      else this.sameAccount(first, m, `the same account (${login})`);
    }
    const unknown = this.live.filter((m) => !loginOf.has(m));
    if (unknown.length === 0) return;
    // Movement: read /rate_limit again for every live token and compare with what the start read.
    const after = new Map<PoolMember, Budget | undefined>();
    for (const m of this.live) {
      await this.sendOn(m, 'core', () => m.client.get('/rate_limit', ctx.signal ? { signal: ctx.signal } : {}), 0, (res) => {
        const core = (res.data as { resources?: { core?: { limit: number; remaining: number; reset: number } } } | null)?.resources?.core;
        if (res.status === 200 && core) after.set(m, { limit: core.limit, remaining: core.remaining, resetAt: core.reset * 1000 });
      });
    }
    for (const m of unknown) {
      if (m.dropped) continue;
      const mine = after.get(m);
      const moved = usedOf(mine) - usedBefore.get(m)!;
      // Its own /user request moves it by one; more, in step with another token, is a shared budget.
      const twin = this.live.find((o) => o !== m && o.position < m.position && moved >= 2 && sameWindow(after.get(o), mine) && usedOf(after.get(o)) - usedBefore.get(o)! === moved);
      if (twin) this.sameAccount(twin, m, 'one account, it seems (GET /user could not say; their x-ratelimit-used moved together)');
    }
  }

  /** Warn, and keep the first: one budget and one per-minute limit for both. */
  private sameAccount(first: PoolMember, m: PoolMember, which: string): void {
    m.dropped = true;
    this.opts.notice(`warning: tokens ${first.position} and ${m.position} belong to ${which}, which has one budget and one per-minute limit for both: using token ${first.position} only (docs/scale.md)`);
  }

  /** One request on one member (under the policy; a 401 drops it). Null when it was dropped. */
  private async sendOn(m: PoolMember, resource: string, attempt: () => Promise<ApiResponse>, cost = 1, read?: (res: ApiResponse) => void): Promise<ApiResponse | null> {
    try {
      const res = await sendWithPolicy({ ...this.opts.policy, gate: m.gate, maxRetries: Math.min(2, this.opts.policy.maxRetries) }, resource, cost, attempt);
      read?.(res);
      return res;
    } catch (err) {
      if (!(err instanceof BadCredentials)) throw err;
      this.drop(m, 'was rejected (401 bad credentials)');
      return null;
    }
  }

  /**
   * The live member with budget for `cost` whose per-minute window frees first, and among those the
   * one with the most budget left (unknown budgets count as plenty); a spent one only if all are.
   */
  private pick(resource: string, cost: number): PoolMember | null {
    let best: PoolMember | null = null;
    let bestScore: [number, number, number] = [Infinity, Infinity, Infinity];
    for (const m of this.live) {
      const left = m.gate.available(resource);
      const score: [number, number, number] = [left < cost ? 1 : 0, m.gate.paceDelay(resource), -left];
      if (score[0] < bestScore[0] || (score[0] === bestScore[0] && (score[1] < bestScore[1] || (score[1] === bestScore[1] && score[2] < bestScore[2])))) [best, bestScore] = [m, score];
    }
    return best;
  }

  /**
   * Send a request under the policy (policy.ts) through the member with the most budget left:
   * `attempt(client)` is tried again on another member when its token is rejected or spent.
   */
  async send(resource: string, cost: number, attempt: (client: GitHubClient) => Promise<ApiResponse>, passThrough?: (res: ApiResponse) => boolean): Promise<ApiResponse> {
    for (;;) {
      if (this.opts.signal?.aborted) throw new Aborted();
      const m = this.pick(resource, cost);
      if (!m) throw new BadCredentials();
      try {
        return await sendWithPolicy({ ...this.opts.policy, gate: m.gate }, resource, cost, () => attempt(m.client), passThrough);
      } catch (err) {
        if (err instanceof BadCredentials) this.drop(m, 'was rejected (401 bad credentials)');
        else if (!(err instanceof BudgetExhausted)) throw err;
        // Its gate found it spent (answers in flight included): another may still have budget.
        else if (!this.live.some((o) => o !== m && o.gate.available(resource) >= cost)) await this.allSpent(resource);
      }
    }
  }

  /** Every live token is spent on `resource`: wait for the first reset (--wait), or stop. */
  private allSpent(resource: string): Promise<void> {
    const resets = this.live.map((m) => m.gate.budgets.get(resource)?.resetAt ?? 0);
    const first = Math.min(...resets);
    if (!this.opts.wait) return Promise.reject(new BudgetExhausted(resource, first));
    // Concurrent requests share one wait (a virtual test clock must advance once, not once each).
    const current = this.waits.get(resource);
    if (current) return current;
    const { clock, signal } = this.opts;
    this.opts.notice(`every token is spent (${resource === 'graphql' ? 'GraphQL' : 'REST'}): waiting for the first reset at ${new Date(first).toISOString()} (--wait)`);
    // One second past the reset, as GitHub advises; then the next answer's headers tell the new budget.
    const done = clock
      .sleep(Math.max(0, first + 1000 - clock.now()), signal)
      .catch(() => {
        throw new Aborted();
      })
      .then(() => {
        for (const m of this.live) m.gate.forgetIfReset(resource);
      })
      .finally(() => this.waits.delete(resource));
    this.waits.set(resource, done);
    return done;
  }
}

const usedOf = (b: Budget | undefined): number => (b ? b.limit - b.remaining : 0);
const sameWindow = (a: Budget | undefined, b: Budget | undefined): boolean => !!a && !!b && a.limit === b.limit && a.resetAt === b.resetAt && usedOf(a) === usedOf(b);
