// The simulator's clock. Rate-limit windows are measured on it, so a test can cross an hourly
// reset in microseconds with advance() instead of waiting an hour.

export interface SimClock {
  /** Milliseconds since the epoch, as the simulator sees them. */
  now(): number;
  /** Move the clock forward by `ms` (never backwards). */
  advance(ms: number): void;
}

/**
 * `frozen`: time moves only with advance() (deterministic tests);
 * `real`: time follows the wall clock from `start`, plus whatever advance() added.
 */
export function createClock(mode: 'frozen' | 'real', start: number = Date.now()): SimClock {
  const realStart = Date.now();
  let offset = 0;
  return {
    now: () => start + offset + (mode === 'real' ? Date.now() - realStart : 0),
    advance(ms: number) {
      if (!(ms >= 0)) throw new Error(`clock.advance: expected a non-negative number of ms, got ${ms}`);
      offset += ms;
    },
  };
}

/** `2024-01-31T12:00:00Z`: an ISO date to the second, as GitHub writes them. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
