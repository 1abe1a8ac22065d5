// Shared rate-limit state for every request of a run: the primary budgets read from
// `x-ratelimit-*` headers (and /rate_limit), and a run-wide pause after a secondary-limit answer.
// GitHub's advice (rate-limits-for-the-rest-api.md): honour retry-after; if remaining is 0, wait
// until x-ratelimit-reset; never keep sending while limited. The per-minute secondary limits are
// paced here too (pace.ts): nothing is sent that would go over them.
import type { Clock } from './clock.js';
import { Aborted, BudgetExhausted } from '../errors.js';
import { Lane, type Schedule } from './lane.js';
import { MinuteWindow } from './pace.js';

export interface Budget {
  limit: number;
  remaining: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

export class RateGate {
  readonly budgets = new Map<string, Budget>();
  private pausedUntil = 0;
  /** Cost of requests sent but not yet answered, per resource. */
  private readonly reserved = new Map<string, number>();
  /** Sleeps in progress, one per lane (`pause` for the whole run, else a resource). */
  private readonly pending = new Map<string, { until: number; done: Promise<void> }>();
  /** Requests in flight now, and how many may be (lowered after a secondary limit). */
  private active = 0;
  private readonly slotWaiters: (() => void)[] = [];
  /** Per-minute secondary limits (pace.ts), and requests in flight per resource. */
  private readonly windows = new Map<string, MinuteWindow>();
  private readonly flying = new Map<string, number>();
  /** Told the first time a resource waits for its minute window (a stalled progress bar needs a reason). */
  onPace?: (resource: string, limit: number, until: number) => void;
  private readonly paced = new Set<string>();

  /**
   * A queue of tasks (each one or more requests) as wide as the requests allowed in flight: the
   * run's one concurrency limit, narrowed with the gate after a secondary limit. Each caller takes
   * its own lane so that tasks of one kind never wait behind another's (e.g. REST follow-ups
   * waiting for their minute window behind GraphQL batches).
   */
  lane(): Schedule {
    return new Lane(() => this.maxActive).run;
  }

  /** Requests this gate lets be in flight now (--concurrency, narrowed after a secondary limit). */
  get width(): number {
    return this.maxActive;
  }

  /** A lane as wide as the configured concurrency, for requests that are not GitHub's (web, other forges). */
  fixedLane(): Schedule {
    const width = this.concurrency;
    return new Lane(() => width).run;
  }

  /** Requests in flight the run was configured for (--concurrency), before any secondary limit. */
  readonly concurrency: number;

  /** `perMinute`: requests allowed per sliding minute, per resource (`core`, `graphql`); absent = unpaced. */
  constructor(
    private readonly clock: Clock,
    private readonly wait: boolean,
    private readonly signal?: AbortSignal,
    private maxActive = 8,
    perMinute: Partial<Record<string, number>> = {},
  ) {
    this.concurrency = maxActive;
    for (const [resource, limit] of Object.entries(perMinute)) if (limit && limit > 0) this.windows.set(resource, new MinuteWindow(limit));
  }

  /**
   * Learn the budget from a response's headers. Answers can arrive out of order: within one
   * window (same reset) the lowest `remaining` seen is the truth; a later reset opens a new window.
   */
  observe(headers: Record<string, string>, fallbackResource: string): void {
    const remaining = Number(headers['x-ratelimit-remaining']);
    const limit = Number(headers['x-ratelimit-limit']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === undefined || !Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    const resource = headers['x-ratelimit-resource'] || fallbackResource;
    const resetAt = reset * 1000;
    const cur = this.budgets.get(resource);
    if (cur && cur.resetAt === resetAt) cur.remaining = Math.min(cur.remaining, remaining);
    else if (!cur || resetAt > cur.resetAt) this.budgets.set(resource, { limit: Number.isFinite(limit) ? limit : remaining, remaining, resetAt });
  }

  /** A reserved request has been answered (its cost now shows in the headers). */
  release(resource: string, cost: number): void {
    this.reserved.set(resource, Math.max(0, (this.reserved.get(resource) ?? 0) - cost));
    this.flying.set(resource, Math.max(0, (this.flying.get(resource) ?? 0) - 1));
    this.windows.get(resource)?.record(this.clock.now());
    this.active--;
    // Wake every waiter: each re-checks pause, budget and slots (some may go on waiting for a reset).
    for (const wake of this.slotWaiters.splice(0)) wake();
  }

  /** A request sent outside ready() (GET /rate_limit): GitHub may count it per minute all the same. */
  counted(resource: string): void {
    this.windows.get(resource)?.record(this.clock.now());
  }

  /** What is left on `resource` once the requests in flight are paid (Infinity while unknown or past its reset). */
  available(resource: string): number {
    const b = this.budgets.get(resource);
    if (!b || b.resetAt <= this.clock.now()) return Infinity;
    return b.remaining - (this.reserved.get(resource) ?? 0);
  }

  /** How long until `resource` takes one more request (0: now): a secondary-limit pause, then the per-minute window. */
  paceDelay(resource: string): number {
    const now = this.clock.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    const window = this.windows.get(resource);
    if (!window) return 0;
    const slot = window.nextSlot(now, this.flying.get(resource) ?? 0);
    return slot === null ? 60_000 : Math.max(0, slot - now);
  }

  /** After a reset: forget the spent window (the next answer's headers tell the new one). */
  forgetIfReset(resource: string): void {
    const b = this.budgets.get(resource);
    if (b && b.resetAt <= this.clock.now()) this.budgets.delete(resource);
  }

  set(resource: string, budget: Budget): void {
    this.budgets.set(resource, budget);
  }

  /** A primary-limit answer: nothing left on `resource` until `resetAt`. */
  exhausted(resource: string, resetAt: number): void {
    const b = this.budgets.get(resource);
    this.budgets.set(resource, { limit: b?.limit ?? 0, remaining: 0, resetAt });
  }

  /**
   * A secondary-limit answer: every request of the run waits `ms`, and from now on at most half as
   * many are in flight (GitHub counts concurrent requests; "there is no way to check the status").
   */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
    this.maxActive = Math.max(1, Math.min(this.maxActive, Math.floor(this.active / 2) || 1));
  }

  /**
   * Wait until a request costing `cost` on `resource` may be sent, and reserve it. Throws
   * BudgetExhausted when the budget is spent and the run may not wait for the reset.
   */
  async ready(resource: string, cost = 1): Promise<void> {
    for (;;) {
      if (this.signal?.aborted) throw new Aborted();
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.waitUntil(this.pausedUntil, 'pause');
        continue;
      }
      const b = this.budgets.get(resource);
      const inFlight = this.reserved.get(resource) ?? 0;
      if (b && b.remaining - inFlight < cost && b.resetAt > now) {
        if (inFlight > 0) {
          // Answers still to come may free nothing, but may reveal a reset: wait for them first.
          await this.clockTick();
          continue;
        }
        if (!this.wait) throw new BudgetExhausted(resource, b.resetAt);
        await this.waitUntil(b.resetAt + 1000, resource); // one second past the reset, as GitHub advises
        if (this.budgets.get(resource) === b) this.budgets.delete(resource); // a new window: the next answer's headers tell
        continue;
      }
      const window = this.windows.get(resource);
      const slot = window ? window.nextSlot(now, this.flying.get(resource) ?? 0) : now;
      if (slot === null || this.active >= this.maxActive) {
        // No free slot, or a whole minute's worth still in flight: wait for an answer.
        await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
        continue;
      }
      if (slot > now) {
        // Requests already on their way are answered first: they count in the window all the same,
        // and on a virtual clock (the simulator's, in tests) a sleep begun before they reached the
        // server moved them a minute later than they were sent.
        if ((this.flying.get(resource) ?? 0) > 0) {
          await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
          continue;
        }
        if (window && !this.paced.has(resource)) {
          this.paced.add(resource);
          this.onPace?.(resource, window.limit, slot);
        }
        await this.waitUntil(slot, resource); // the oldest answers leave the minute window
        continue;
      }
      this.active++;
      this.flying.set(resource, (this.flying.get(resource) ?? 0) + 1);
      this.reserved.set(resource, inFlight + cost);
      return;
    }
  }

  /** Let in-flight answers land (real time: they come over the network, not on the virtual clock). */
  private clockTick(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 5));
  }

  /**
   * Concurrent waiters for the same moment share one sleep (a virtual clock advances once). Lanes
   * keep a REST request waiting seconds for its minute window from sharing an hour-long sleep
   * until the GraphQL reset.
   */
  private waitUntil(until: number, lane: string): Promise<void> {
    const current = this.pending.get(lane);
    if (current && current.until >= until) return current.done;
    const done = this.clock.sleep(Math.max(0, until - this.clock.now()), this.signal).catch(() => {
      throw new Aborted();
    });
    const entry = { until, done };
    this.pending.set(lane, entry);
    void done.finally(() => {
      if (this.pending.get(lane) === entry) this.pending.delete(lane);
    }).catch(() => {});
    return done;
  }
}
