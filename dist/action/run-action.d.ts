import { type ResolvedOptions } from '../options.js';
import type { Snapshot } from '../types.js';
/** What the action needs from runAudit (src/audit/run-audit.ts); the real one fits this shape. */
export interface AuditOutcome {
    snapshot: Snapshot;
    written: string[];
    verdict: string;
    flagged: boolean;
    incomplete: {
        reason: string;
    } | null;
    problems: {
        source: string;
        line: number | null;
        message: string;
    }[];
    /** `::warning file=…,line=…::…` lines for dead or blocked links, for the client to print. */
    annotations: string[];
}
export type RunAudit = (inputs: string[], options: ResolvedOptions, hooks: {
    onNotice?(line: string): void;
}) => Promise<AuditOutcome>;
export interface ActionIO {
    env: NodeJS.ProcessEnv;
    out: (text: string) => void;
    err: (text: string) => void;
}
/** Run the action; returns the process exit code (the audit's, or 0 when `fail: false`). */
export declare function runAction(io: ActionIO, runAudit: RunAudit): Promise<number>;
