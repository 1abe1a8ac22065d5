// The action's inputs, read the way the runner passes them: `INPUT_<NAME>` environment variables,
// the name upper-cased with spaces turned into `_` and dashes kept (`fail-on` → `INPUT_FAIL-ON`).
// action.yml (a composite action) sets them explicitly; it uses the underscore spelling
// (`INPUT_FAIL_ON`) that shells can read, so both spellings are accepted.
import { OUTPUT_FORMATS, parseDuration, type Options, type OutputFormat } from '../options.js';
import { parseFailOn as checkFailOn } from '../audit/fail-on.js';

export interface ActionInputs {
  /** Files, directories or globs to audit (one per line, or separated by spaces; `#` starts a comment line). */
  paths: string[];
  /** Options for resolveOptions(); undefined = the library default. */
  options: Options;
  /** Fail the step with the audit's exit code (`fail: false` → the step always succeeds). */
  fail: boolean;
}

export class InputError extends Error {}

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  const upper = name.replace(/ /g, '_').toUpperCase();
  const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '';
  return value.trim();
}

const FORMATS: readonly string[] = OUTPUT_FORMATS;

function list(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseBool(name: string, text: string, fallback: boolean): boolean {
  if (text === '') return fallback;
  if (/^(true|yes|1|on)$/i.test(text)) return true;
  if (/^(false|no|0|off)$/i.test(text)) return false;
  throw new InputError(`input "${name}" must be true or false, got "${text}"`);
}

function parseFormats(text: string): OutputFormat[] | undefined {
  if (text === '') return undefined;
  const formats = list(text);
  const bad = formats.filter((f) => !FORMATS.includes(f));
  if (bad.length) throw new InputError(`input "format": unknown format "${bad.join(', ')}" (use ${FORMATS.join(', ')})`);
  return formats as OutputFormat[];
}

function parseFailOn(text: string): string[] | undefined {
  if (text === '') return undefined;
  try {
    return checkFailOn(list(text));
  } catch (err) {
    throw new InputError(`input "fail-on": ${(err as Error).message.replace(/^--fail-on: /, '')}`);
  }
}

function parseStaleDays(text: string): number | undefined {
  if (text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`input "stale-days" must be a whole number of days, got "${text}"`);
  return n;
}

function parseMaxAge(text: string): number | undefined {
  if (text === '') return undefined;
  try {
    return parseDuration(text);
  } catch (err) {
    throw new InputError(`input "max-age": ${(err as Error).message}`);
  }
}

/** Read and check every input; throws InputError with a one-line message naming the input. */
export function readActionInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = getInput(env, 'paths')
    .split(/\r?\n/)
    // One path per line, or several on a line separated by spaces; commas are left alone ({a,b} globs).
    .flatMap((line) => (line.trim().startsWith('#') ? [] : line.split(/\s+/).filter(Boolean)));
  if (paths.length === 0) throw new InputError('input "paths" is required: the files, directories or globs to audit');
  const options: Options = {
    token: getInput(env, 'token') || undefined,
    failOn: parseFailOn(getInput(env, 'fail-on')),
    staleDays: parseStaleDays(getInput(env, 'stale-days')),
    outDir: getInput(env, 'output-dir') || undefined,
    formats: parseFormats(getInput(env, 'format')),
    maxAgeMs: parseMaxAge(getInput(env, 'max-age')),
    cacheDir: getInput(env, 'cache-dir') || undefined,
    apiUrl: getInput(env, 'api-url') || undefined,
    checkWeb: getInput(env, 'check-web') === '' ? undefined : parseBool('check-web', getInput(env, 'check-web'), true),
    // A step in a workflow always annotates, whatever GITHUB_ACTIONS says.
    annotations: true,
  };
  return { paths, options, fail: parseBool('fail', getInput(env, 'fail'), true) };
}
