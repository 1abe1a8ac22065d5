// The "Exit codes:" help of each command. The codes themselves, and which error gets which, are
// defined once in src/errors.ts (ExitCode, exitCodeOf); an audit's own in src/audit/exit-code.ts.
import { ExitCode } from '../errors.js';

const EXIT_CODE_LINES: Record<ExitCode, string> = {
  0: '  0  nothing in --fail-on was found',
  1: '  1  something in --fail-on was found (default: not-found,blocked)',
  2: '  2  usage error, or an input could not be read (the others were still processed)',
  3: '  3  the run could not finish (GitHub unreachable, authentication failed, rate-limit budget exhausted without --wait);\n     reports are still written for what was checked',
  70: ' 70  internal error: a bug in repo-audit (its stack is printed; report it)',
};

/**
 * The "Exit codes:" help of a command: only the codes it can return, then 70, which any command
 * returns on a bug; `ok` rewords 0 for commands without --fail-on.
 */
export function exitCodesHelp(codes: readonly ExitCode[], ok?: string): string {
  const lines = codes.filter((c) => c !== ExitCode.Internal).map((c) => (c === ExitCode.Ok && ok ? `  0  ${ok}` : EXIT_CODE_LINES[c]));
  return ['Exit codes:', ...lines, INTERNAL_ERROR_LINE].join('\n');
}

/** The last line of every command's exit codes. */
export const INTERNAL_ERROR_LINE = EXIT_CODE_LINES[ExitCode.Internal];

export const EXIT_CODES_HELP = exitCodesHelp([ExitCode.Ok, ExitCode.Flagged, ExitCode.UsageOrInput, ExitCode.Incomplete]);
