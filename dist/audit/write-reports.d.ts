import { type OutputFormat } from '../options.js';
import type { Snapshot } from '../types.js';
export declare const REPORT_FILES: Record<OutputFormat, string>;
/** Write the chosen formats into `outDir`; returns the paths written, in format order. */
export declare function writeReports(snapshot: Snapshot, previous: Snapshot | null, outDir: string, formats: readonly OutputFormat[]): Promise<string[]>;
/**
 * Inputs are named relative to the working directory; a report written inside it can link each
 * `file:line` to the file (`..` from `reports/`). Outside it, links would point nowhere: none.
 */
export declare function sourceBaseFor(outDir: string, cwd?: string): string | null;
/** Append the job summary to $GITHUB_STEP_SUMMARY, within what is left of the step's 1 MiB. */
export declare function appendJobSummary(path: string, snapshot: Snapshot, previous: Snapshot | null): Promise<void>;
