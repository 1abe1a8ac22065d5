// The simulator's clock. Rate-limit windows are measured on it, so a test can cross an hourly
// reset in microseconds with advance() instead of waiting an hour.
/**
 * `frozen`: time moves only with advance() (deterministic tests);
 * `real`: time follows the wall clock from `start`, plus whatever advance() added.
 */
export function createClock(mode, start = Date.now()) {
    const realStart = Date.now();
    let offset = 0;
    return {
        now: () => start + offset + (mode === 'real' ? Date.now() - realStart : 0),
        advance(ms) {
            if (!(ms >= 0))
                throw new Error(`clock.advance: expected a non-negative number of ms, got ${ms}`);
            offset += ms;
        },
    };
}
/** `2024-01-31T12:00:00Z`: an ISO date to the second, as GitHub writes them. */
export function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
//# sourceMappingURL=clock.js.map