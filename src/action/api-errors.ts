// The Action's own writes to GitHub (the health issue, the fix pull request) go through Octokit; its
// failures become typed errors here, so they end as an incomplete run (exit 3) with one line that
// says what GitHub refused — not as a bug. Octokit is known by shape, not imported: it loads lazily.
import { GitHubRefused, GitHubUnreachable } from '../errors.js';
import { networkCause } from '../util/redact.js';

/** The parts of @octokit/request-error's RequestError this needs. */
interface RequestErrorShape {
  name: string;
  status: number;
  message: string;
  response?: unknown;
}

function isRequestError(err: unknown): err is RequestErrorShape {
  return err instanceof Error && err.name === 'HttpError' && typeof (err as { status?: unknown }).status === 'number';
}

/** A request error of Octokit as GitHubRefused (GitHub answered) or GitHubUnreachable (no answer); anything else as it is. */
export function apiError(err: unknown, what: string, apiUrl: string): unknown {
  if (!isRequestError(err)) return err;
  if (err.response) return new GitHubRefused(what, err.status, err.message.split('\n')[0] ?? '', { cause: err });
  return new GitHubUnreachable(apiUrl, networkCause(err, null));
}

/** Turn every request error of this Octokit into apiError's typed errors. */
export function typedApiErrors(octokit: { hook: { error(name: 'request', fn: (err: Error) => never): void } }, what: string, apiUrl: string): void {
  octokit.hook.error('request', (err) => {
    throw apiError(err, what, apiUrl);
  });
}
