// The action's inputs. The runner passes each as an `INPUT_<NAME>` environment variable, the name
// upper-cased with spaces turned into `_` and dashes kept (`fail-on` → `INPUT_FAIL-ON`); the action
// reads them with @actions/core's getInput, passed in here so tests can hand in a plain map. The
// inputs that are options (token, fail-on, stale-days, …) come from the options table
// (src/options.ts); the others (paths, fail, mode, …) are the Action's own, listed there too.
import { ActionInputError, OptionError } from '../errors.js';
import { bool, OPTION_SOURCE, OPTIONS, parseLayer, type Layer, type Options } from '../options.js';

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

export function parseBool(name: string, text: string, fallback: boolean): boolean {
  if (text === '') return fallback;
  try {
    return bool(text, `input "${name}"`);
  } catch (err) {
    throw asInputError(err);
  }
}

/**
 * The inputs that are options of the table (src/options.ts), each through its option's parser
 * under its input name; an unset input is left to the library default (or the Action's own).
 */
export function optionInputs(read: InputReader): Options {
  const layer: Layer = { [OPTION_SOURCE]: { kind: 'action' } };
  for (const spec of OPTIONS) {
    if (!spec.input || spec.key.startsWith('own:')) continue;
    const text = read(spec.input);
    if (text !== '') layer[spec.key] = text;
    else if (spec.inputDefault !== undefined) layer[spec.key] = spec.inputDefault;
  }
  try {
    return parseLayer(layer);
  } catch (err) {
    throw asInputError(err);
  }
}

/** An option's error, said of the Action's input (the parsers already name it `input "…"`). */
function asInputError(err: unknown): unknown {
  return err instanceof OptionError ? new ActionInputError(err.message) : err;
}

/** Read and check every input; throws ActionInputError with a one-line message naming the input. */
export function readActionInputs(read: InputReader): ActionInputs {
  const paths = read('paths')
    .split(/\r?\n/)
    // One path per line, or several on a line separated by spaces; commas are left alone ({a,b} globs).
    .flatMap((line) => (line.trim().startsWith('#') ? [] : line.split(/\s+/).filter(Boolean)));
  if (paths.length === 0) throw new ActionInputError('input "paths" is required: the files, directories or globs to audit');
  const options: Options = {
    ...optionInputs(read),
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
