import type { Snapshot } from '../types.js';
export interface ActionOutputs {
    'exit-code': number;
    /** Repositories that no longer lead to code: `not-found` or `blocked`. */
    dead: number;
    /** Repositories that exist without code: `empty` or `placeholder`. */
    empty: number;
    /** health.md when written, else the first report written, else the output directory. */
    'report-path': string;
}
export declare function countStatuses(snapshot: Pick<Snapshot, 'repos'>): {
    dead: number;
    empty: number;
};
export declare function reportPath(written: readonly string[], outDir: string): string;
/** The lines to append to $GITHUB_OUTPUT for these outputs. */
export declare function formatOutputs(outputs: Record<string, string | number>): string;
/** Append to the $GITHUB_OUTPUT file; outside a runner (no file) print them instead. */
export declare function writeOutputs(file: string | undefined, outputs: Record<string, string | number>, print: (line: string) => void): void;
