// The whole pipeline as one library call: extract → harvest → classify → reports. The CLI
// (`repo-audit audit`, `demo`) and the GitHub Action are thin clients of this; they choose the
// exit code from the facts returned here (flagged? incomplete? input problems?).
import { join } from 'node:path';
import { markAccepted } from '../accept/accept.js';
import { loadIgnoreFile } from '../accept/ignore-file.js';
import { extractInputs } from '../extract/index.js';
import { inputsDigest, shardRepos } from '../extract/shard.js';
import { harvest } from '../harvest/index.js';
import { redact } from '../harvest/redact.js';
import { annotations } from '../report/annotations.js';
import { verdictLine } from '../report/verdict.js';
import { VERSION } from '../version.js';
import { buildSnapshot } from './build-snapshot.js';
import { failOnMatches, parseFailOn } from './fail-on.js';
import { SnapshotFileError, readPrevious } from './snapshot-file.js';
import { REPORT_FILES, appendJobSummary, writeReports } from './write-reports.js';
const STAGES = { extract: extractInputs, harvest };
export async function runAudit(inputs, options, hooks = {}) {
    return runAuditWith(STAGES, inputs, options, hooks);
}
export async function runAuditWith(stages, inputs, options, hooks = {}) {
    const failOn = parseFailOn(options.failOn); // a typo in --fail-on is a usage error, before any work
    const notice = (line) => hooks.onNotice?.(line);
    const ignore = await loadIgnoreFile(options.ignoreFile); // a named file that cannot be read stops the run here
    const extracted = await stages.extract(inputs, { inputFormat: options.inputFormat });
    const previous = await previousSnapshot(options, notice);
    const repos = shardRepos(extracted.repos, options.shard);
    const run = await harvestSafely(stages, repos, options, hooks); // its notices arrive live through hooks
    const now = hooks.now ?? new Date();
    const built = buildSnapshot({
        extract: { papers: extracted.papers, repos },
        facts: run.facts,
        now,
        staleDays: options.staleDays,
        version: VERSION,
        previous,
        incompleteReason: run.incomplete?.reason ?? null,
    });
    const snapshot = markAccepted(built, ignore.entries, now);
    if (options.shard)
        snapshot.shard = { ...options.shard, inputs: inputsDigest(extracted.papers) };
    const written = await writeReports(snapshot, previous, options.outDir, options.formats);
    if (options.stepSummary)
        await appendJobSummary(options.stepSummary, snapshot, previous);
    const matches = failOnMatches(snapshot, failOn);
    return {
        snapshot,
        written,
        verdict: verdictLine(snapshot),
        flagged: Object.keys(matches).length > 0,
        failOnMatches: matches,
        incomplete: run.incomplete,
        problems: [...ignore.problems, ...extracted.problems].map(({ source, line, message }) => ({ source, line, message })),
        annotations: options.annotations ? annotations(snapshot) : [],
    };
}
/** `--previous FILE` must be readable; the default (the snapshot in the output directory) may be absent or stale. */
async function previousSnapshot(options, notice) {
    const fallback = join(options.outDir, REPORT_FILES.json);
    if (options.previous)
        return readPrevious(options.previous, fallback);
    try {
        return await readPrevious(null, fallback);
    }
    catch (err) {
        if (!(err instanceof SnapshotFileError))
            throw err;
        notice(`ignoring the previous snapshot: ${err.message}`);
        return null;
    }
}
/** A harvester failure still yields reports: everything unchecked is `unknown`, and the run is incomplete. */
async function harvestSafely(stages, repos, options, hooks) {
    if (repos.length === 0)
        return { facts: [], incomplete: null };
    const { onProgress, onNotice, signal } = hooks;
    try {
        return await stages.harvest(repos, options, { ...(onProgress ? { onProgress } : {}), ...(onNotice ? { onNotice } : {}), ...(signal ? { signal } : {}) });
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        // The token must never reach a report or a log, even through someone else's error message.
        return { facts: [], incomplete: { reason: `harvest failed: ${redact(message, options.token)}` } };
    }
}
//# sourceMappingURL=run-audit.js.map