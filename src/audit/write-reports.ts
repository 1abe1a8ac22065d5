// Writing the reports: each file atomically (temporary name, then rename), so a crash never
// leaves half a snapshot for the next run's diff.
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeAtomicChunks } from '../write-atomic.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../options.js';
import { REPORT_FORMATTERS } from '../report/formats.js';
import { JOB_SUMMARY_LIMIT, renderJobSummary } from '../report/summary.js';
import type { RepoEntry, Snapshot } from '../types.js';

export const REPORT_FILES = Object.fromEntries(OUTPUT_FORMATS.map((f) => [f, REPORT_FORMATTERS[f].file])) as Record<OutputFormat, string>;


/**
 * Write the chosen formats into `outDir`; returns the paths written, in format order. `repoEntry`:
 * each repository's whole entry, for a snapshot held without its facts (`merge`).
 */
export async function writeReports(snapshot: Snapshot, previous: Snapshot | null, outDir: string, formats: readonly OutputFormat[], repoEntry?: RepoEntry): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const context = { previous, sourceBase: sourceBaseFor(outDir), ...(repoEntry ? { repoEntry } : {}) };
  const written: string[] = [];
  for (const format of OUTPUT_FORMATS.filter((f) => formats.includes(f))) {
    const formatter = REPORT_FORMATTERS[format];
    const path = join(outDir, formatter.file);
    // Written piece by piece, atomically: a crash never leaves half a snapshot for the next diff.
    await writeAtomicChunks(path, formatter.render(snapshot, context));
    written.push(path);
  }
  return written;
}

/**
 * Inputs are named relative to the working directory; a report written inside it can link each
 * `file:line` to the file (`..` from `reports/`). Outside it, links would point nowhere: none.
 */
export function sourceBaseFor(outDir: string, cwd: string = process.cwd()): string | null {
  const target = resolve(cwd, outDir);
  const down = relative(cwd, target);
  if (down.startsWith('..') || isAbsolute(down)) return null;
  return relative(target, cwd).split(sep).join('/');
}

/** Append the job summary to $GITHUB_STEP_SUMMARY, within what is left of the step's 1 MiB. */
export async function appendJobSummary(path: string, snapshot: Snapshot, previous: Snapshot | null): Promise<void> {
  const used = await stat(path).then((s) => s.size, () => 0);
  const room = JOB_SUMMARY_LIMIT - used;
  if (room < 1024) return;
  await appendFile(path, `${renderJobSummary(snapshot, { previous, maxBytes: room })}\n`, 'utf8');
}
