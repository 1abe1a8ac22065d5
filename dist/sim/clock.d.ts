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
export declare function createClock(mode: 'frozen' | 'real', start?: number): SimClock;
/** `2024-01-31T12:00:00Z`: an ISO date to the second, as GitHub writes them. */
export declare function isoSeconds(ms: number): string;
