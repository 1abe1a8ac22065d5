// Writing the reports: each file atomically (temporary name, then rename), so a crash never
// leaves half a snapshot for the next run's diff.
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeAtomic } from '../write-atomic.js';
import { OUTPUT_FORMATS } from '../options.js';
import { renderCsv } from '../report/csv.js';
import { renderSnapshotJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { JOB_SUMMARY_LIMIT, renderJobSummary } from '../report/summary.js';
export const REPORT_FILES = { md: 'health.md', json: 'snapshot.json', csv: 'repos.csv' };
/** Write the chosen formats into `outDir`; returns the paths written, in format order. */
export async function writeReports(snapshot, previous, outDir, formats) {
    await mkdir(outDir, { recursive: true });
    const render = {
        md: () => renderMarkdown(snapshot, previous, { sourceBase: sourceBaseFor(outDir) }),
        json: () => renderSnapshotJson(snapshot),
        csv: () => renderCsv(snapshot),
    };
    const written = [];
    for (const format of OUTPUT_FORMATS.filter((f) => formats.includes(f))) {
        const path = join(outDir, REPORT_FILES[format]);
        await writeAtomic(path, render[format]());
        written.push(path);
    }
    return written;
}
/**
 * Inputs are named relative to the working directory; a report written inside it can link each
 * `file:line` to the file (`..` from `reports/`). Outside it, links would point nowhere: none.
 */
export function sourceBaseFor(outDir, cwd = process.cwd()) {
    const target = resolve(cwd, outDir);
    const down = relative(cwd, target);
    if (down.startsWith('..') || isAbsolute(down))
        return null;
    return relative(target, cwd).split(sep).join('/');
}
/** Append the job summary to $GITHUB_STEP_SUMMARY, within what is left of the step's 1 MiB. */
export async function appendJobSummary(path, snapshot, previous) {
    const used = await stat(path).then((s) => s.size, () => 0);
    const room = JOB_SUMMARY_LIMIT - used;
    if (room < 1024)
        return;
    await appendFile(path, `${renderJobSummary(snapshot, { previous, maxBytes: room })}\n`, 'utf8');
}
//# sourceMappingURL=write-reports.js.map