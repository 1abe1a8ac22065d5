// The action's inputs. The runner passes each as an `INPUT_<NAME>` environment variable, the name
// upper-cased with spaces turned into `_` and dashes kept (`fail-on` → `INPUT_FAIL-ON`); the action
// reads them with @actions/core's getInput, passed in here so tests can hand in a plain map.
import { OUTPUT_FORMATS, parseDuration, splitTokens, type Options, type OutputFormat } from '../options.js';
import { parseFailOn as checkFailOn } from '../classify/fail-on.js';
import { ActionInputError, OptionError, UsageError } from '../errors.js';

/** How an input is read: @actions/core getInput (trimmed, '' when unset). */
export type InputReader = (name: string) => string;

export type ActionMode = 'audit' | 'issue';

export interface ActionInputs {
  /** Files, directories or globs to audit (one per line, or separated by spaces; `#` starts a comment line). */
  paths: string[];
  /** Options for resolveOptions(); undefined = the library default. */
  options: Options;
  /** Fail the step with the audit's exit code (`fail: false` → the step always succeeds). */
  fail: boolean;
  /** Log the resolved options and every notice of the run. */
  debug: boolean;
  /** After the audit, rewrite moved links and open or update one pull request (fix-step.ts). */
  fix: boolean;
}

export function readMode(read: InputReader): ActionMode {
  const mode = read('mode') || 'audit';
  if (mode !== 'audit' && mode !== 'issue') throw new ActionInputError(`input "mode" must be audit or issue, got "${mode}"`);
  return mode;
}

const FORMATS: readonly string[] = OUTPUT_FORMATS;

function list(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseBool(name: string, text: string, fallback: boolean): boolean {
  if (text === '') return fallback;
  if (/^(true|yes|1|on)$/i.test(text)) return true;
  if (/^(false|no|0|off)$/i.test(text)) return false;
  throw new ActionInputError(`input "${name}" must be true or false, got "${text}"`);
}

function parseFormats(text: string): OutputFormat[] | undefined {
  if (text === '') return undefined;
  const formats = list(text);
  const bad = formats.filter((f) => !FORMATS.includes(f));
  if (bad.length) throw new ActionInputError(`input "format": unknown format "${bad.join(', ')}" (use ${FORMATS.join(', ')})`);
  return formats as OutputFormat[];
}

/** A `--fail-on` error, said of the Action's input (`input "fail-on": …`). */
export function failOnInputError(err: unknown): unknown {
  return err instanceof OptionError ? new ActionInputError(`input "fail-on": ${err.detail}`) : err;
}

function parseFailOn(text: string): string[] | undefined {
  if (text === '') return undefined;
  try {
    return checkFailOn(list(text));
  } catch (err) {
    throw failOnInputError(err);
  }
}

function parseStaleDays(text: string): number | undefined {
  if (text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new ActionInputError(`input "stale-days" must be a whole number of days, got "${text}"`);
  return n;
}

function parseMaxAge(text: string): number | undefined {
  if (text === '') return undefined;
  try {
    return parseDuration(text);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    throw new ActionInputError(`input "max-age": ${err.message}`);
  }
}

/** Read and check every input; throws ActionInputError with a one-line message naming the input. */
export function readActionInputs(read: InputReader): ActionInputs {
  const paths = read('paths')
    .split(/\r?\n/)
    // One path per line, or several on a line separated by spaces; commas are left alone ({a,b} globs).
    .flatMap((line) => (line.trim().startsWith('#') ? [] : line.split(/\s+/).filter(Boolean)));
  if (paths.length === 0) throw new ActionInputError('input "paths" is required: the files, directories or globs to audit');
  const options: Options = {
    // Several tokens (comma- or newline-separated) make a pool, each with its own budget (docs/scale.md).
    tokens: read('token') ? splitTokens(read('token')) : undefined,
    failOn: parseFailOn(read('fail-on')),
    staleDays: parseStaleDays(read('stale-days')),
    outDir: read('output-dir') || undefined,
    formats: parseFormats(read('format')),
    maxAgeMs: parseMaxAge(read('max-age')),
    cacheDir: read('cache-dir') || undefined,
    apiUrl: read('api-url') || undefined,
    // Unset: the audit's own default (`.repo-audit-ignore` in the workspace, if there is one).
    ignoreFile: read('ignore') || undefined,
    checkWeb: read('check-web') === '' ? undefined : parseBool('check-web', read('check-web'), true),
    // Archived copies of dead links: on by default in the Action (off by default on the command line).
    archives: parseBool('archives', read('archives'), true),
    swhToken: read('swh-token') || undefined,
    // The action hands its annotations to @actions/core itself (see run-action.ts).
    annotations: false,
    // `job-summary: false` leaves $GITHUB_STEP_SUMMARY alone; null overrides the runner's variable.
    ...(parseBool('job-summary', read('job-summary'), true) ? {} : { stepSummary: null }),
  };
  return {
    paths,
    options,
    fail: parseBool('fail', read('fail'), true),
    debug: parseBool('debug', read('debug'), false),
    fix: parseBool('fix', read('fix'), false),
  };
}
