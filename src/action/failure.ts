// An error that stopped the Action, as the runner shows it: one error annotation and the exit code
// from exitCodeOf (src/errors.ts), the same codes as the CLI. A bug prints its stack.
import * as core from '@actions/core';
import { ExitCode, describeFailure, exitCodeOf, isInputError, isUsageError } from '../errors.js';
import { redact } from '../util/redact.js';

/** Annotate `error` (token hidden) and return its exit code. */
export function reportFailure(error: unknown, token: string | readonly string[] | null): ExitCode {
  const code = exitCodeOf(error);
  const title =
    isUsageError(error) || isInputError(error) ? 'repo-audit: bad input'
    : code === ExitCode.Internal ? 'repo-audit: internal error'
    : 'repo-audit failed';
  core.error(redact(describeFailure(error), token), { title });
  return code;
}
