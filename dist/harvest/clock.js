// Time as the harvester sees it. Waiting for a rate-limit reset must be fast in tests: the simulator
// has a virtual clock, so tests inject a Clock whose sleep() advances that clock instead of waiting.
export const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
//# sourceMappingURL=clock.js.map