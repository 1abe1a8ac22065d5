// The token-less GitHub run, in two passes so that a 60-requests-per-hour budget decides as many
// outcomes as it can: first one GET per repository (found / not-found / blocked / moved), then
// the details (root entries, emptiness, sub-paths) of the found ones while the budget lasts. A
// found repository whose details could not be fetched is reported with the reason and is not
// cached, so the next run completes it (its repository GET then comes back as a free 304).
import type { RepoFacts, RepoRef } from '../types.js';
import type { GitHubContext } from './context.js';
import { isIncompleteRunError } from '../errors.js';
import { restCore, restDetails, restOwnerLookup } from './github-rest.js';
import type { Schedule } from './lane.js';

function firstStop(settled: PromiseSettledResult<unknown>[]): unknown {
  return settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')?.reason;
}

export async function restRun(ctx: GitHubContext, refs: RepoRef[], schedule: Schedule): Promise<void> {
  const found: { ref: RepoRef; facts: RepoFacts; size: number }[] = [];
  const first = await Promise.allSettled(
    refs.map((ref) =>
      schedule(async () => {
        if (ref.kind === 'owner') return ctx.emit(await restOwnerLookup(ctx, ref));
        const core = await restCore(ctx, ref);
        if (core.size === null) return ctx.emit(core.facts);
        found.push({ ref, facts: core.facts, size: core.size });
      }),
    ),
  );
  let stop = firstStop(first);
  const second = stop
    ? []
    : await Promise.allSettled(found.map((f) => schedule(async () => ctx.emit(await restDetails(ctx, f.ref, f.facts, f.size)))));
  stop ??= firstStop(second);
  if (!stop) return;
  const reason = isIncompleteRunError(stop) ? stop.reason : 'the run stopped';
  for (const f of found.filter((_, i) => second[i]?.status !== 'fulfilled')) {
    await ctx.emit({ ...f.facts, error: `details not fetched (${reason})` });
  }
  throw stop;
}
