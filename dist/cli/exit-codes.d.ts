export declare const ExitCode: {
    /** Nothing flagged by `--fail-on` (or, for extract/harvest, everything read). */
    readonly Ok: 0;
    /** Something listed in `--fail-on` was found (default: not-found, blocked). */
    readonly Flagged: 1;
    /** Usage error, or an input that could not be read (the rest was still processed). */
    readonly UsageOrInput: 2;
    /** The run could not finish: authentication failed, budget exhausted without `--wait`. Reports are still written. */
    readonly Incomplete: 3;
};
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
/** What an audit's outcome says about how it ended (the fields of runAudit's result that matter here). */
export interface AuditEnding {
    incomplete: {
        reason: string;
    } | null;
    problems: readonly unknown[];
    flagged: boolean;
}
/**
 * The exit code of an audit, shared by the CLI and the GitHub Action: 3 when it could not finish,
 * then 2 for input problems, then 1 when --fail-on matched, else 0.
 */
export declare function auditExitCode(result: AuditEnding): ExitCode;
export declare const EXIT_CODES_HELP: string;
