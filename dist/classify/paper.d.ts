import type { PaperHealth, PaperRecord, RepoFlag, RepoStatus } from '../types.js';
/** What classifyPaper needs to know about each repository a link points at. */
export interface LinkedRepoHealth {
    status: RepoStatus;
    flags: readonly RepoFlag[];
}
export interface PaperVerdict {
    health: PaperHealth;
    reason: string;
    /** Days between the paper's date and `now`, for promises; null when the date is not known. */
    daysSincePaper: number | null;
}
/** Statuses that mean a reader following the link does not find the code. */
export declare const BROKEN_STATUSES: readonly RepoStatus[];
export declare function classifyPaper(paper: PaperRecord, healthOf: (key: string) => LinkedRepoHealth | undefined, now: Date): PaperVerdict;
