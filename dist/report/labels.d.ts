import type { PaperHealth, RepoFlag, RepoStatus } from '../types.js';
export declare const STATUS_LABEL: Record<RepoStatus, string>;
export declare const STATUS_MEANING: Record<RepoStatus, string>;
export declare const FLAG_MEANING: Record<RepoFlag, string>;
export declare const PAPER_LABEL: Record<PaperHealth, string>;
/** `3 repositories`, `1 repository`. */
export declare function plural(n: number, one: string, many?: string): string;
/** `2026-11-22 03:17 UTC` from an ISO time. */
export declare function humanTime(iso: string): string;
/** Percentage with at most one decimal: 0.8612 → "86.1%". */
export declare function percent(share: number): string;
