export const nowIso = (clock) => new Date(clock.now()).toISOString();
//# sourceMappingURL=context.js.map