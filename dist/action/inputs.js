// The action's inputs, read the way the runner passes them: `INPUT_<NAME>` environment variables,
// the name upper-cased with spaces turned into `_` and dashes kept (`fail-on` → `INPUT_FAIL-ON`).
// action.yml (a composite action) sets them explicitly; it uses the underscore spelling
// (`INPUT_FAIL_ON`) that shells can read, so both spellings are accepted.
import { OUTPUT_FORMATS, parseDuration } from '../options.js';
import { parseFailOn as checkFailOn } from '../audit/fail-on.js';
export class InputError extends Error {
}
export function getInput(env, name) {
    const upper = name.replace(/ /g, '_').toUpperCase();
    const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '';
    return value.trim();
}
const FORMATS = OUTPUT_FORMATS;
function list(text) {
    return text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseBool(name, text, fallback) {
    if (text === '')
        return fallback;
    if (/^(true|yes|1|on)$/i.test(text))
        return true;
    if (/^(false|no|0|off)$/i.test(text))
        return false;
    throw new InputError(`input "${name}" must be true or false, got "${text}"`);
}
function parseFormats(text) {
    if (text === '')
        return undefined;
    const formats = list(text);
    const bad = formats.filter((f) => !FORMATS.includes(f));
    if (bad.length)
        throw new InputError(`input "format": unknown format "${bad.join(', ')}" (use ${FORMATS.join(', ')})`);
    return formats;
}
function parseFailOn(text) {
    if (text === '')
        return undefined;
    try {
        return checkFailOn(list(text));
    }
    catch (err) {
        throw new InputError(`input "fail-on": ${err.message.replace(/^--fail-on: /, '')}`);
    }
}
function parseStaleDays(text) {
    if (text === '')
        return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new InputError(`input "stale-days" must be a whole number of days, got "${text}"`);
    return n;
}
function parseMaxAge(text) {
    if (text === '')
        return undefined;
    try {
        return parseDuration(text);
    }
    catch (err) {
        throw new InputError(`input "max-age": ${err.message}`);
    }
}
/** Read and check every input; throws InputError with a one-line message naming the input. */
export function readActionInputs(env) {
    const paths = getInput(env, 'paths')
        .split(/\r?\n/)
        // One path per line, or several on a line separated by spaces; commas are left alone ({a,b} globs).
        .flatMap((line) => (line.trim().startsWith('#') ? [] : line.split(/\s+/).filter(Boolean)));
    if (paths.length === 0)
        throw new InputError('input "paths" is required: the files, directories or globs to audit');
    const options = {
        token: getInput(env, 'token') || undefined,
        failOn: parseFailOn(getInput(env, 'fail-on')),
        staleDays: parseStaleDays(getInput(env, 'stale-days')),
        outDir: getInput(env, 'output-dir') || undefined,
        formats: parseFormats(getInput(env, 'format')),
        maxAgeMs: parseMaxAge(getInput(env, 'max-age')),
        cacheDir: getInput(env, 'cache-dir') || undefined,
        apiUrl: getInput(env, 'api-url') || undefined,
        checkWeb: getInput(env, 'check-web') === '' ? undefined : parseBool('check-web', getInput(env, 'check-web'), true),
        // Archived copies of dead links: on by default in the Action (off by default on the command line).
        archives: parseBool('archives', getInput(env, 'archives'), true),
        swhToken: getInput(env, 'swh-token') || undefined,
        // A step in a workflow always annotates, whatever GITHUB_ACTIONS says.
        annotations: true,
    };
    return { paths, options, fail: parseBool('fail', getInput(env, 'fail'), true) };
}
//# sourceMappingURL=inputs.js.map