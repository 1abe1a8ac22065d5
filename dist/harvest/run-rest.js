import { HarvestStop } from './errors.js';
import { restCore, restDetails, restOwnerLookup } from './github-rest.js';
function firstStop(settled) {
    return settled.find((s) => s.status === 'rejected')?.reason;
}
export async function restRun(ctx, refs, schedule) {
    const found = [];
    const first = await Promise.allSettled(refs.map((ref) => schedule(async () => {
        if (ref.kind === 'owner')
            return ctx.emit(await restOwnerLookup(ctx, ref));
        const core = await restCore(ctx, ref);
        if (core.size === null)
            return ctx.emit(core.facts);
        found.push({ ref, facts: core.facts, size: core.size });
    })));
    let stop = firstStop(first);
    const second = stop
        ? []
        : await Promise.allSettled(found.map((f) => schedule(async () => ctx.emit(await restDetails(ctx, f.ref, f.facts, f.size)))));
    stop ??= firstStop(second);
    if (!stop)
        return;
    const reason = stop instanceof HarvestStop ? stop.reason : 'the run stopped';
    for (const f of found.filter((_, i) => second[i]?.status !== 'fulfilled')) {
        await ctx.emit({ ...f.facts, error: `details not fetched (${reason})` });
    }
    throw stop;
}
//# sourceMappingURL=run-rest.js.map