import type { HarvestProgress } from '../harvest/index.js';
export interface ProgressReporter {
    update(p: HarvestProgress): void;
    /** A line for the user (budget plan, resume…), printed without breaking the bar. */
    notice(line: string): void;
    /** Print the final state and release the line. */
    done(): void;
}
export interface ProgressOptions {
    stream?: NodeJS.WritableStream & {
        isTTY?: boolean;
        columns?: number;
    };
    quiet?: boolean;
    /** Prefix of every line (the command name). */
    label?: string;
    /** Plain mode: at most one line per this many ms (default 5000). */
    intervalMs?: number;
    now?: () => number;
}
/** `61/122 (50%) · 12 cached · 8.1/s · GraphQL 4,990/5,000 left · REST 59/60 left` */
export declare function formatProgress(p: HarvestProgress, perSecond: number | null): string;
export declare function progressBar(done: number, total: number, width: number): string;
export declare function createProgress(opts?: ProgressOptions): ProgressReporter;
