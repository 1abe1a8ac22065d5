// The exit code of an audit, from what the library reports; shared by the CLI (audit, merge) and
// the GitHub Action. Errors that reach the top get theirs from exitCodeOf (src/errors.ts).
import { ExitCode } from '../errors.js';

/** What an audit's outcome says about how it ended (the fields of runAudit's result that matter here). */
export interface AuditEnding {
  incomplete: { reason: string } | null;
  problems: readonly unknown[];
  flagged: boolean;
}

/** 3 when it could not finish, then 2 for input problems, then 1 when --fail-on matched, else 0. */
export function auditExitCode(result: AuditEnding): ExitCode {
  if (result.incomplete) return ExitCode.Incomplete;
  if (result.problems.length > 0) return ExitCode.UsageOrInput;
  return result.flagged ? ExitCode.Flagged : ExitCode.Ok;
}
