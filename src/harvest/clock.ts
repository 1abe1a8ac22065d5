// Time as the harvester sees it. Waiting for a rate-limit reset must be fast in tests: the simulator
// has a virtual clock, so tests inject a Clock whose sleep() advances that clock instead of waiting.

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
