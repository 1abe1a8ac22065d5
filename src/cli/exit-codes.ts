// The "Exit codes:" help of each command. The codes themselves, and which error gets which, are
// defined once in src/errors.ts (ExitCode, exitCodeOf); an audit's own in src/audit/exit-code.ts.
import { ExitCode } from '../errors.js';

const EXIT_CODE_LINES: Record<ExitCode, string> = {
  0: '  0  nothing in --fail-on was found',
  1: '  1  something in --fail-on was found (default: not-found,blocked)',
  2: '  2  usage error, or an input could not be read (the others were still processed)',
  3: '  3  the run could not finish (GitHub unreachable, authentication failed, rate-limit budget exhausted without --wait);\n     reports are still written for what was checked',
  70: ' 70  internal error: a bug in repo-audit (the stack is printed; please report it)',
};

/** The "Exit codes:" help of a command: only the codes it can return; `ok` rewords 0 for commands without --fail-on. */
export function exitCodesHelp(codes: readonly ExitCode[], ok?: string): string {
  return ['Exit codes:', ...codes.map((c) => (c === ExitCode.Ok && ok ? `  0  ${ok}` : EXIT_CODE_LINES[c]))].join('\n');
}

export const EXIT_CODES_HELP = exitCodesHelp([ExitCode.Ok, ExitCode.Flagged, ExitCode.UsageOrInput, ExitCode.Incomplete]);
