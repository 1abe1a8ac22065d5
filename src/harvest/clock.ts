// The one source of time of a run: runAudit (or a command) holds it and hands it to the harvester,
// the snapshot and the fix; nothing else reads the system clock. Waiting for a rate-limit reset must
// be fast in tests: the simulator has a virtual clock, so tests inject a Clock whose sleep() advances
// that clock instead of waiting.

export interface Clock {
  /** Milliseconds since the epoch (compared with `x-ratelimit-reset`, which is in epoch seconds). */
  now(): number;
  /** Resolve after `ms`; reject with the signal's reason if aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A clock stopped at `at` whose sleeps return at once (tests and pure callers that need one instant). */
export function fixedClock(at: Date | string | number): Clock {
  const ms = new Date(at).getTime();
  return { now: () => ms, sleep: () => Promise.resolve() };
}

/** The clock's time as an ISO string (the `checkedAt` of an answer). */
export const nowIso = (clock: Clock): string => new Date(clock.now()).toISOString();
