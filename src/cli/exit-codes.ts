// Exit codes of every repo-audit command. Documented in `--help` and the README; CI jobs act on them.
export const ExitCode = {
  /** Nothing flagged by `--fail-on` (or, for extract/harvest, everything read). */
  Ok: 0,
  /** Something listed in `--fail-on` was found (default: not-found, blocked). */
  Flagged: 1,
  /** Usage error, or an input that could not be read (the rest was still processed). */
  UsageOrInput: 2,
  /** The run could not finish: authentication failed, budget exhausted without `--wait`. Reports are still written. */
  Incomplete: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What an audit's outcome says about how it ended (the fields of runAudit's result that matter here). */
export interface AuditEnding {
  incomplete: { reason: string } | null;
  problems: readonly unknown[];
  flagged: boolean;
}

/**
 * The exit code of an audit, shared by the CLI and the GitHub Action: 3 when it could not finish,
 * then 2 for input problems, then 1 when --fail-on matched, else 0.
 */
export function auditExitCode(result: AuditEnding): ExitCode {
  if (result.incomplete) return ExitCode.Incomplete;
  if (result.problems.length > 0) return ExitCode.UsageOrInput;
  return result.flagged ? ExitCode.Flagged : ExitCode.Ok;
}

const EXIT_CODE_LINES: Record<ExitCode, string> = {
  0: '  0  nothing in --fail-on was found',
  1: '  1  something in --fail-on was found (default: not-found,blocked)',
  2: '  2  usage error, or an input could not be read (the others were still processed)',
  3: '  3  the run could not finish (authentication failed, rate-limit budget exhausted without --wait);\n     reports are still written for what was checked',
};

/** The "Exit codes:" help of a command: only the codes it can return; `ok` rewords 0 for commands without --fail-on. */
export function exitCodesHelp(codes: readonly ExitCode[], ok?: string): string {
  return ['Exit codes:', ...codes.map((c) => (c === ExitCode.Ok && ok ? `  0  ${ok}` : EXIT_CODE_LINES[c]))].join('\n');
}

export const EXIT_CODES_HELP = exitCodesHelp([ExitCode.Ok, ExitCode.Flagged, ExitCode.UsageOrInput, ExitCode.Incomplete]);
