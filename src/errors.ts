// Every error class of repo-audit, and the one place that turns an error into an exit code: the CLI
// (src/cli/main.ts) and the Action (src/action/main.ts, run-action.ts) both ask exitCodeOf. A
// RepoAuditError carries its exit code; a system error (a file that cannot be read or written) is
// the user's to fix (2); anything else that reaches the top is a bug: the stack is printed and a bug
// report asked for. Decisions are made on the class or on a typed `code`, never on message text.

/** Exit codes of every repo-audit command (documented in --help, the README and docs/design.md). */
export const ExitCode = {
  /** Nothing flagged by `--fail-on` (or, for extract/harvest, everything read). */
  Ok: 0,
  /** Something listed in `--fail-on` was found. */
  Flagged: 1,
  /** Usage error, or an input that could not be read (the rest was still processed). */
  UsageOrInput: 2,
  /** The run could not finish: authentication failed, budget exhausted, GitHub unreachable. Reports are still written. */
  Incomplete: 3,
  /** A bug in repo-audit (EX_SOFTWARE of sysexits.h): nothing the user or the network did. */
  Internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The base of every error repo-audit throws on purpose: a one-line, token-free message and its exit code. */
export abstract class RepoAuditError extends Error {
  abstract readonly exitCode: ExitCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

// ── Usage (exit 2): nothing was done ─────────────────────────────────────────────────────────────

/** Bad command-line options, config file or Action inputs. */
export class UsageError extends RepoAuditError {
  readonly exitCode = ExitCode.UsageOrInput;
}

/**
 * One option's value is wrong. `option` names it as the user wrote it (`--fail-on`), `detail` says
 * why without the name, so the Action can name its input instead (`input "fail-on": …`).
 */
export class OptionError extends UsageError {
  constructor(readonly option: string, readonly detail: string) {
    super(`${option}: ${detail}`);
  }
}

/** A `--config FILE` that cannot be read or does not fit the schema; the message names the file and key. */
export class ConfigFileError extends UsageError {}

/** An Action input that is missing or wrong; the message names the input. */
export class ActionInputError extends UsageError {}

/** The ignore file (accepted problems) cannot be read at all (its bad lines are problems, not errors). */
export class IgnoreFileError extends UsageError {}

/** `merge`: the shards' snapshots do not fit together (missing, overlapping, from other inputs). */
export class MergeError extends UsageError {}

// ── Input (exit 2): a file the user gave cannot be used ──────────────────────────────────────────

/** Why an input could not be used, for callers that decide on it (`missing`: the file does not exist). */
export type InputErrorCode = 'missing' | 'unreadable' | 'invalid' | 'changed';

/** A file (or a line of one) that cannot be used: the message is `file[:line]: reason`. */
export class InputError extends RepoAuditError {
  readonly exitCode = ExitCode.UsageOrInput;
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    readonly code: InputErrorCode = 'invalid',
    options?: { cause?: unknown },
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`, options);
  }
}

/** A snapshot.json or harvest file (`report`, `merge`, `--previous`, the health issue, `fix`) that is missing or not one. */
export class SnapshotFileError extends InputError {
  constructor(path: string, reason: string, code: InputErrorCode = 'invalid', options?: { cause?: unknown; line?: number }) {
    super(path, options?.line ?? null, reason, code, options);
  }
}

/** `fix`: a file changed between reading and writing it; it is left as it is (one problem line, the other files go on). */
export class FileChangedError extends InputError {
  constructor(path: string) {
    super(path, null, 'changed since it was read; left as it is (run fix again)', 'changed');
  }
}

// ── Incomplete run (exit 3): what was answered is kept and reported, the rest is `unknown` ────────

/** Why a run could not finish. */
export type IncompleteKind = 'auth' | 'budget' | 'unreachable' | 'interrupted' | 'refused';

/**
 * The run could not finish. `reason` is the user-facing, token-free line (the report's "incomplete"
 * line repeats it). Only this family is caught by the harvest and turned into an incomplete run.
 */
export class IncompleteRunError extends RepoAuditError {
  readonly exitCode = ExitCode.Incomplete;
  constructor(readonly kind: IncompleteKind, readonly reason: string, options?: { cause?: unknown }) {
    super(reason, options);
  }
}

/** The primary budget is spent and `--wait` was not given (or waiting would not help). */
export class BudgetExhausted extends IncompleteRunError {
  constructor(readonly resource: string, readonly resetAt: number) {
    super('budget', `rate limit exhausted (${resource}); it resets at ${new Date(resetAt).toISOString()} — rerun then, or use --wait`);
  }
}

/** 401: the token is wrong or expired; nothing else will work. */
export class BadCredentials extends IncompleteRunError {
  constructor() {
    super('auth', 'bad credentials: GitHub rejected the token (401); check --token / GITHUB_TOKEN');
  }
}

/**
 * GitHub gave no usable answer: connection refused, DNS, TLS, timeouts, or 5xx on every retry.
 * Nothing it would have said was learnt, so the run is incomplete, never "healthy".
 */
export class GitHubUnreachable extends IncompleteRunError {
  /** `url`: the API base (never carries the token); `why`: a short cause such as `ECONNREFUSED`. */
  constructor(readonly url: string, readonly why: string) {
    super('unreachable', `cannot reach ${url} (${why})`);
  }
}

/** GitHub answered a write of the Action (health issue, fix pull request) with an error. */
export class GitHubRefused extends IncompleteRunError {
  constructor(readonly what: string, readonly status: number, detail: string, options?: { cause?: unknown }) {
    super('refused', `${what}: GitHub answered ${status} (${detail})`, options);
  }
}

/** A git command of the Action's fix step failed (a refused push, no credentials…): its verb and git's own first line. */
export class GitCommandFailed extends IncompleteRunError {
  constructor(readonly verb: string, detail: string, options?: { cause?: unknown }) {
    super('refused', `the fix pull request: git ${verb} failed (${detail})`, options);
  }
}

/** Ctrl-C or the caller's AbortSignal. */
export class Aborted extends IncompleteRunError {
  constructor() {
    super('interrupted', 'interrupted; rerun to resume from the cache');
  }
}

// ── Internal (exit 70): a bug ─────────────────────────────────────────────────────────────────────

/** Something that must not happen, said on purpose (a broken invariant). Anything unexpected is treated the same. */
export class InternalError extends RepoAuditError {
  readonly exitCode = ExitCode.Internal;
}

// ── Not run errors: each ends as one link's answer ───────────────────────────────────────────────

/**
 * A web link's host is private/loopback and --allow-private-hosts is off. It travels through
 * undici's DNS lookup (hence a plain Error with a system-style `code`) and ends as that one link's
 * `unknown` answer, never as a run error.
 */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATE';
  /** `address` is what `host` resolved to; the same for an IP literal (not repeated then). */
  constructor(host: string, address: string) {
    super(`refused: ${host} is a private/loopback address${address === host ? '' : ` (${address})`}; use --allow-private-hosts to check it`);
    this.name = 'PrivateAddressError';
  }
}

// ── Type guards and the exit code ────────────────────────────────────────────────────────────────

export const isRepoAuditError = (err: unknown): err is RepoAuditError => err instanceof RepoAuditError;
export const isUsageError = (err: unknown): err is UsageError => err instanceof UsageError;
export const isInputError = (err: unknown): err is InputError => err instanceof InputError;
export const isIncompleteRunError = (err: unknown): err is IncompleteRunError => err instanceof IncompleteRunError;

/**
 * A system error of Node (a file that cannot be read or written, a full disk, a port in use): the
 * user's environment, not a bug. Node sets `syscall` on these and only these.
 */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string; syscall: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

/** The exit code for an error that reached the top: its own, 2 for a system error, 70 for anything unexpected. */
export function exitCodeOf(err: unknown): ExitCode {
  if (isRepoAuditError(err)) return err.exitCode;
  if (isSystemError(err)) return ExitCode.UsageOrInput;
  return ExitCode.Internal;
}

/**
 * What the user reads for an error that reached the top (not yet redacted): the one line of an
 * error repo-audit expected, else the stack and where to report it.
 */
export function describeFailure(err: unknown): string {
  if (exitCodeOf(err) !== ExitCode.Internal) return (err as Error).message.split('\n')[0] ?? '';
  const stack = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return `internal error — a bug in repo-audit. Please open an issue with the text below and the command you ran:\n${stack}`;
}
