import type { Snapshot } from '../types.js';
/** GitHub's limit is 1 MiB per step; keep a margin for whatever else the step writes. */
export declare const JOB_SUMMARY_LIMIT: number;
export interface JobSummaryOptions {
    previous?: Snapshot | null;
    /** Bytes this summary may use (default JOB_SUMMARY_LIMIT minus nothing). */
    maxBytes?: number;
}
export declare function renderJobSummary(snapshot: Snapshot, opts?: JobSummaryOptions): string;
/** `3 moved links can be fixed with …`: the repositories flagged moved and not accepted. */
export declare function fixableLine(snapshot: Snapshot): string | null;
