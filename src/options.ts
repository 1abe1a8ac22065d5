// Every option in one table (OPTIONS): its flag, type, default, environment variables, parser,
// help text, the commands that take it, its config-file key and its Action input. Generated from
// it: each command's yargs flags (cli/flags.ts), the config file's zod schema (config-file.ts), the
// flags that take a value (the lone `-` work-around, cli/stdin-inputs.ts) and the Action's inputs
// (action/inputs.ts; test/action/action-yml.test.ts checks action.yml against it).
// resolveOptions() merges command line over config file over environment over defaults, once, into
// one ResolvedOptions, and every value passes its option's parser on the way in.
import { parseFailOn } from './classify/fail-on.js';
import { OptionError } from './errors.js';
import { EXTRACT_FORMATS } from './report/extract/formatter.js';
import { parseShard, type Shard } from './extract/shard.js';
import { INPUT_FORMATS, type InputFormat } from './types.js';

/** The report formats, in the order they are written. */
export const OUTPUT_FORMATS = ['md', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];


export interface ResolvedOptions {
  /** GitHub token (the first of `tokens`); never printed, logged or cached. */
  token: string | null;
  /**
   * Every token of the pool (`--token` more than once, `GITHUB_TOKENS` comma- or newline-separated,
   * else GITHUB_TOKEN/GH_TOKEN); each has its own budgets (docs/scale.md). Empty: no token.
   */
  tokens: string[];
  apiUrl: string;
  graphqlUrl: string;
  cacheDir: string;
  /** Reuse cached answers younger than this many milliseconds (0 = always ask again). */
  maxAgeMs: number;
  /** Wait for a rate-limit reset instead of marking the rest `unknown`. */
  wait: boolean;
  concurrency: number;
  batchSize: number;
  allowPrivateHosts: boolean;
  staleDays: number;
  failOn: string[];
  outDir: string;
  formats: OutputFormat[];
  previous: string | null;
  quiet: boolean;
  inputFormat: InputFormat | null;
  stepSummary: string | null;
  /** Emit `::warning file=…` annotations (on in GitHub Actions). */
  annotations: boolean;
  /** Check non-GitHub targets (other forges, web links); `--no-web` marks them `unknown` instead. */
  checkWeb: boolean;
  /** Check links to the paper itself (kind `paper`: arXiv, DOI, OpenReview…); off by default, they are not code. */
  checkPaperLinks: boolean;
  /** GitHub's per-minute secondary limits the harvester paces itself under (REST requests, GraphQL queries); 0 = unpaced. */
  restPointsPerMinute: number;
  graphqlPointsPerMinute: number;
  /** The ignore file of accepted problems; null: `.repo-audit-ignore` in the working directory, if there is one. */
  ignoreFile: string | null;
  /** API bases of the other forges (gitlab, gitee, bitbucket, codeberg, huggingface), e.g. for a local server. */
  forgeUrls?: Partial<Record<string, string>>;
  /** `--shard I/N`: check only the targets of this shard (every paper is still read); null = all. */
  shard: Shard | null;
  /** Look up archived copies of dead targets (Software Heritage, Wayback Machine); off on the CLI, on in the Action. */
  archives: boolean;
  /** Software Heritage Web API base (`--swh-api-url`, `SWH_API_URL`). */
  swhApiUrl: string;
  /** Wayback Machine availability API (`--wayback-api-url`, `WAYBACK_API_URL`). */
  waybackApiUrl: string;
  /** Software Heritage bearer token (`SWH_TOKEN`; raises its rate limit); never printed, logged or cached. */
  swhToken: string | null;
  /** Ask Software Heritage to archive live repositories it has never archived ("Save Code Now"). */
  archiveLive: boolean;
  /** Retries of a GitHub request after a 5xx, no answer or a secondary limit. */
  retries: number;
  /** Retries of another forge's API request after a 5xx, a 429 or no answer. */
  forgeRetries: number;
  /** Retries of a Software Heritage or Wayback request after a 5xx, a 429 or no answer. */
  archiveRetries: number;
  /** First backoff delay in ms (doubles each time, capped at 30 s). */
  backoffMs: number;
  /** Timeout of one web, forge or archive request in ms. */
  requestTimeoutMs: number;
  /** Redirects a web link may take. */
  maxRedirects: number;
  /** Web requests in flight to one host. */
  perHostConcurrency: number;
}

export type Options = Partial<ResolvedOptions>;

/** Every command whose flags come from the table. */
export type Command = 'audit' | 'extract' | 'harvest' | 'report' | 'merge' | 'fix' | 'sim' | 'demo';

/** A value before its parser: text from a command line, environment or Action input, or a typed value. */
type Raw = unknown;

export interface OptionSpec {
  /** A setting of ResolvedOptions, or (`own`) a setting only the commands that take it read from their argv. */
  key: keyof ResolvedOptions | `own:${string}`;
  /** Long flag without `--`; null for settings without one. */
  flag: string | null;
  alias?: string;
  /** How yargs reads it. Values that need checking are read as text, so an error can quote what was typed. */
  type: 'boolean' | 'string' | 'number';
  /** The shape of its value in a config file (default: from `type`). */
  json?: 'number' | 'list';
  choices?: readonly string[];
  /** yargs refuses the flag without a value (`--max-age` alone). */
  requiresArg?: boolean;
  /** May be given more than once (`--token a --token b`); any other valued flag given twice is a usage error. */
  repeatable?: boolean;
  /** The default; in DEFAULTS when the key is a setting. */
  default?: unknown;
  /** The default as help shows it, when not the value itself. */
  shownDefault?: string;
  /** Help text; `[default: …]` is added unless it is in the text already. */
  describe: string;
  /** Another help text for some commands (the same flag means something a little different there). */
  describeFor?: Partial<Record<Command, string>>;
  commands: readonly Command[];
  /** Environment variables, first non-empty wins. */
  env?: readonly string[];
  /** How an environment value becomes the setting (default: the text itself, through `parse`). */
  fromEnv?(value: string): Raw;
  /** Config-file key; absent: not allowed in a config file. */
  config?: string;
  /** Action input name (action.yml), and its default when the Action's differs from the command line's. */
  input?: string;
  inputDefault?: unknown;
  /** Text or typed value → the setting; throws an OptionError naming `name` and the value. */
  parse(value: Raw, name: string): unknown;
}

// --- parsers (each names the option as its source spells it, and the value it refused) -----------
// An OptionError carries the name and the reason apart (`option`, `detail`): the message is
// `--stale-days: "abc" is not a whole number…`, `cfg.json: "staleDays": …` or `input "stale-days": …`.

const quoted = (v: Raw): string => (typeof v === 'string' ? `"${v}"` : `"${String(v)}"`);

function text(value: Raw, name: string): string {
  if (typeof value !== 'string') throw new OptionError(name, `expected text, got ${quoted(value)}`);
  return value;
}

/** `true`/`false` (also yes/no, 1/0, on/off): a flag or config gives a boolean, an Action input text. */
export function bool(value: Raw, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|yes|1|on)$/i.test(value.trim())) return true;
  if (typeof value === 'string' && /^(false|no|0|off)$/i.test(value.trim())) return false;
  throw new OptionError(name, `must be true or false, got ${quoted(value)}`);
}

/** A whole number from `min` to `max`, as a number or its decimal text (`abc`, `-5`, `1.5` refused). */
function wholeNumber(min: number, max: number) {
  return (value: Raw, name: string): number => {
    const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      throw new OptionError(name, `${quoted(value)} is not a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

function url(value: Raw, name: string): string {
  const t = text(value, name).trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(t);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new OptionError(name, `${quoted(value)} is not an http(s) URL`);
  return t.replace(/\/+$/, '');
}

function choice<T extends string>(choices: readonly T[]) {
  return (value: Raw, name: string): T => {
    const t = text(value, name).trim();
    if (!(choices as readonly string[]).includes(t)) throw new OptionError(name, `unknown ${quoted(value)} (use ${choices.join(', ')})`);
    return t as T;
  };
}

/** Names separated by commas (and, as an Action input, spaces), or an array of them. */
function names(value: Raw, name: string): string[] {
  const parts = Array.isArray(value) ? value.map((v) => text(v, name)) : [text(value, name)];
  return parts.flatMap((p) => p.split(/[\s,]+/)).filter(Boolean);
}

function formats(value: Raw, name: string): OutputFormat[] {
  const list = names(value, name);
  const bad = list.filter((n) => !(OUTPUT_FORMATS as readonly string[]).includes(n));
  if (bad.length) throw new OptionError(name, `unknown format ${bad.map((b) => `"${b}"`).join(', ')} (use ${OUTPUT_FORMATS.join(', ')})`);
  if (list.length === 0) throw new OptionError(name, `${quoted(value)} names no format (use ${OUTPUT_FORMATS.join(', ')})`);
  return [...new Set(list)] as OutputFormat[];
}

function failOn(value: Raw, name: string): string[] {
  const given = Array.isArray(value) ? value.map((v) => text(v, name)) : [text(value, name)];
  try {
    // An empty list in a config file or a library call: already split, nothing to check.
    return Array.isArray(value) && value.length === 0 ? [] : parseFailOn(given.map((g) => g.split(/\s+/).join(',')));
  } catch (err) {
    if (err instanceof OptionError) throw new OptionError(name, err.detail);
    throw err;
  }
}

/** Parse `24h`, `30m`, `7d`, `90s` or a number of seconds into milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new Error(`not a duration: "${text}" (use e.g. 90s, 30m, 24h, 7d)`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1000;
  return Math.round(n * factor);
}

/** A duration as text (`24h`) or as milliseconds already (a library caller, the Action after its inputs). */
function duration(value: Raw, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  try {
    if (typeof value === 'string') return parseDuration(value);
  } catch {
    // reported below
  }
  throw new OptionError(name, `${quoted(value)} is not a duration (use e.g. 90s, 30m, 24h, 7d, or 0)`);
}

function shard(value: Raw, name: string): Shard {
  if (value && typeof value === 'object') return value as Shard;
  try {
    return parseShard(text(value, name));
  } catch (err) {
    if (err instanceof OptionError) throw new OptionError(name, err.detail);
    throw err;
  }
}

/** `a,b` or one a line → ['a', 'b'] (blank entries and surrounding spaces dropped). */
export const splitTokens = (text: string): string[] => text.split(/[,\n\r]+/).map((t) => t.trim()).filter(Boolean);

/** One token, several (`--token` twice: an array), or a comma- or newline-separated list: the pool, each once. */
function tokenList(value: Raw, name: string): string[] {
  const given = Array.isArray(value) ? value.map((v) => text(v, name)) : [text(value, name)];
  return [...new Set(given.flatMap(splitTokens))];
}

const anyValue = (value: Raw): unknown => value;

// --- the table ------------------------------------------------------------------------------------

/** Commands that write reports, and commands that ask GitHub. */
const REPORTING: readonly Command[] = ['audit', 'report', 'merge', 'demo'];
const ASKING: readonly Command[] = ['audit', 'harvest', 'fix'];
const NUMERIC_WITH_VALUE = { type: 'string', json: 'number', requiresArg: true } as const;

export const OPTIONS: readonly OptionSpec[] = [
  // Reports (audit, report, merge, demo); a command's own output file (harvest, extract)
  { key: 'outDir', flag: 'out', type: 'string', commands: REPORTING, config: 'out', input: 'output-dir', parse: text, default: 'reports',
    describe: 'Directory for the reports' },
  { key: 'formats', flag: 'format', type: 'string', json: 'list', commands: REPORTING, config: 'format', input: 'format', parse: formats, default: [...OUTPUT_FORMATS],
    describe: 'Reports to write, comma-separated: md, json, csv' },
  { key: 'own:extractFormat', flag: 'format', type: 'string', choices: EXTRACT_FORMATS, commands: ['extract'], parse: choice(EXTRACT_FORMATS),
    describe: 'Output: json (design.md contract), jsonl (one paper per line), csv (one row per link), table [default: table on a terminal, json otherwise]' },
  { key: 'previous', flag: 'previous', type: 'string', commands: REPORTING, config: 'previous', parse: text, default: null,
    describe: 'Snapshot of an earlier run, for the "Changes since" section [default: the snapshot.json already in --out]' },
  { key: 'failOn', flag: 'fail-on', type: 'string', json: 'list', commands: REPORTING, config: 'failOn', input: 'fail-on', parse: failOn, default: ['not-found', 'blocked'],
    describe: 'Exit 1 when any of these statuses/flags is found, comma-separated [default: not-found,blocked]; e.g. not-found,blocked,empty,placeholder,promise-unkept; none to never fail' },
  { key: 'quiet', flag: 'quiet', alias: 'q', type: 'boolean', commands: [...REPORTING, 'harvest', 'fix'], config: 'quiet', parse: bool, default: false,
    describe: 'Print only problems and the verdict',
    describeFor: { harvest: 'No progress or notices, only errors', fix: 'No progress or notices, only the changes and errors' } },
  { key: 'own:outFile', flag: 'out', alias: 'o', type: 'string', commands: ['harvest', 'extract'], parse: text,
    describe: 'Write the facts here (JSON) [default: standard output]',
    describeFor: { extract: 'Write the output to this file instead of stdout' } },
  // fix's own flags
  { key: 'own:dryRun', flag: 'dry-run', type: 'boolean', commands: ['fix'], parse: bool,
    describe: 'Print a unified diff of what would change and write nothing; exit 1 if anything would [default: false]' },
  { key: 'own:normalize', flag: 'normalize', type: 'boolean', commands: ['fix'], parse: bool,
    describe: 'Also rewrite http://github.com to https:// and www.github.com to github.com [default: false]' },
  { key: 'own:archive', flag: 'archive', type: 'boolean', commands: ['fix'], parse: bool,
    describe: 'Also replace links to dead repositories (not found, blocked, empty) by their archived copy: Software Heritage, else the Wayback Machine (looks archives up; see --swh-api-url) [default: false]' },
  { key: 'own:fromSnapshot', flag: 'from-snapshot', type: 'string', commands: ['fix'], parse: text,
    describe: 'Take the moves from a saved snapshot.json (or harvest --out file): no network' },
  // Asking GitHub, the other forges and the web (audit, harvest, fix)
  // The first non-empty variable wins: a pool in GITHUB_TOKENS, else the one token of GITHUB_TOKEN or GH_TOKEN.
  { key: 'tokens', flag: 'token', type: 'string', repeatable: true, commands: ASKING, env: ['GITHUB_TOKENS', 'GITHUB_TOKEN', 'GH_TOKEN'], input: 'token', parse: tokenList, default: [],
    describe: 'GitHub token; give it more than once for a pool of tokens, each with its own budget (docs/scale.md) [default: $GITHUB_TOKENS (comma- or newline-separated), else $GITHUB_TOKEN or $GH_TOKEN; without one, REST at 60 requests/hour]' },
  { key: 'apiUrl', flag: 'api-url', type: 'string', commands: ASKING, env: ['GITHUB_API_URL'], config: 'apiUrl', input: 'api-url', parse: url, default: 'https://api.github.com',
    describe: 'GitHub REST base [default: $GITHUB_API_URL or https://api.github.com]' },
  { key: 'graphqlUrl', flag: 'graphql-url', type: 'string', commands: ASKING, env: ['GITHUB_GRAPHQL_URL'], config: 'graphqlUrl', parse: url,
    describe: 'GitHub GraphQL endpoint [default: $GITHUB_GRAPHQL_URL, or derived from --api-url]' },
  { key: 'cacheDir', flag: 'cache-dir', type: 'string', commands: ASKING, config: 'cacheDir', input: 'cache-dir', parse: text, default: '.repo-audit',
    describe: 'Answers kept here; an interrupted run resumes' },
  { key: 'maxAgeMs', flag: 'max-age', type: 'string', requiresArg: true, commands: ASKING, config: 'maxAge', input: 'max-age', parse: duration, default: 0,
    describe: 'Reuse cached answers younger than this, e.g. 24h [default: 0, always ask]' },
  { key: 'wait', flag: 'wait', type: 'boolean', commands: ASKING, config: 'wait', parse: bool, default: false,
    describe: 'Wait for a rate-limit reset instead of marking the rest unknown' },
  { key: 'concurrency', flag: 'concurrency', ...NUMERIC_WITH_VALUE, commands: ASKING, config: 'concurrency', parse: wholeNumber(1, 100), default: 8,
    describe: 'Requests in flight (1-100)' },
  // GraphQL refuses heavier queries; 100 nodes per connection is GitHub's own limit.
  { key: 'batchSize', flag: 'batch-size', ...NUMERIC_WITH_VALUE, commands: ASKING, config: 'batchSize', parse: wholeNumber(1, 100), default: 50,
    describe: 'Repositories per GraphQL query (1-100; GitHub refuses more)' },
  { key: 'allowPrivateHosts', flag: 'allow-private-hosts', type: 'boolean', commands: ASKING, config: 'allowPrivateHosts', parse: bool, default: false,
    describe: 'Check web links on private/loopback addresses' },
  { key: 'checkWeb', flag: 'web', type: 'boolean', commands: ASKING, config: 'web', input: 'check-web', parse: bool, default: true,
    describe: 'Check links outside GitHub (other forges, pages, web); --no-web marks them unknown' },
  { key: 'checkPaperLinks', flag: 'check-paper-links', type: 'boolean', commands: ASKING, config: 'checkPaperLinks', parse: bool, default: false,
    describe: 'Also check links to the papers themselves (arXiv, DOI, OpenReview…)' },
  { key: 'inputFormat', flag: 'input-format', type: 'string', choices: INPUT_FORMATS, commands: [...ASKING, 'extract'], config: 'inputFormat', parse: choice(INPUT_FORMATS), default: null,
    describe: 'Force the input format [default: detected per file]',
    describeFor: { extract: 'Read every input as this format [default: detected from each name and content]' } },
  { key: 'shard', flag: 'shard', type: 'string', commands: [...ASKING, 'extract'], parse: shard, default: null,
    describe: 'Check only shard I of N of the targets (I/N, e.g. 2/4; every paper is still read); join the shards with `repo-audit merge` [default: all]',
    describeFor: { extract: 'Keep only shard I of N of the targets (I/N, e.g. 2/4); every paper is still read [default: all]' } },
  { key: 'archives', flag: 'archives', type: 'boolean', commands: ASKING, config: 'archives', input: 'archives', inputDefault: true, parse: bool, default: false,
    describe: 'Look up archived copies of dead links (Software Heritage, Wayback Machine)' },
  { key: 'swhApiUrl', flag: 'swh-api-url', type: 'string', commands: ASKING, env: ['SWH_API_URL'], config: 'swhApiUrl', parse: url, default: 'https://archive.softwareheritage.org/api/1',
    describe: 'Software Heritage API base; token from $SWH_TOKEN [default: $SWH_API_URL or https://archive.softwareheritage.org/api/1]' },
  { key: 'waybackApiUrl', flag: 'wayback-api-url', type: 'string', commands: ASKING, env: ['WAYBACK_API_URL'], config: 'waybackApiUrl', parse: url, default: 'https://archive.org/wayback/available',
    describe: 'Wayback Machine availability API' },
  { key: 'archiveLive', flag: 'archive-live', type: 'boolean', commands: ASKING, config: 'archiveLive', parse: bool, default: false,
    describe: 'Ask Software Heritage to archive live repositories it has never archived (Save Code Now)' },
  // Classifying (audit)
  { key: 'staleDays', flag: 'stale-days', ...NUMERIC_WITH_VALUE, commands: ['audit'], config: 'staleDays', input: 'stale-days', parse: wholeNumber(1, 36_500), default: 365,
    describe: 'Flag repositories without a push for this many days as stale' },
  { key: 'ignoreFile', flag: 'ignore', type: 'string', commands: ['audit', 'fix'], config: 'ignore', input: 'ignore', parse: text, default: null,
    describe: 'Ignore file of accepted problems (entry, optional "until YYYY-MM-DD", optional "# reason") [default: .repo-audit-ignore if present]',
    describeFor: { fix: 'Ignore file of accepted problems; links it accepts are left alone [default: .repo-audit-ignore if present]' } },
  // sim's own flags
  { key: 'own:scenario', flag: 'scenario', type: 'string', commands: ['sim'], parse: text,
    describe: 'Scenario JSON file, or the name of a bundled one (hf-papers) [default: examples/scenarios/hf-papers.json]' },
  { key: 'own:port', flag: 'port', type: 'number', commands: ['sim'], parse: wholeNumber(0, 65_535), describe: 'Port to listen on [default: 0, a free port]' },
  { key: 'own:log', flag: 'log', type: 'string', commands: ['sim'], parse: text,
    describe: 'Write one JSON line per request to this file (truncated at start) [default: none]' },
  // Settings without a flag: from the environment (the runner's conventions), the Action, or tuning
  // a library caller or a test may change.
  { key: 'swhToken', flag: null, type: 'string', commands: [], env: ['SWH_TOKEN'], input: 'swh-token', parse: text, default: null,
    describe: 'Software Heritage bearer token' },
  { key: 'stepSummary', flag: null, type: 'string', commands: [], env: ['GITHUB_STEP_SUMMARY'], parse: text, default: null,
    describe: 'Markdown file the verdict is appended to (the job summary)' },
  { key: 'annotations', flag: null, type: 'boolean', commands: [], env: ['GITHUB_ACTIONS'], fromEnv: (v) => (v === 'true' ? true : undefined), parse: bool, default: false,
    describe: '::warning annotations for dead links' },
  // GitHub's documented secondary limits: a GET or a GraphQL query costs 1 point (github-api.md).
  { key: 'restPointsPerMinute', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 1_000_000), default: 900, describe: "GitHub's per-minute REST limit" },
  { key: 'graphqlPointsPerMinute', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 1_000_000), default: 2000, describe: "GitHub's per-minute GraphQL limit" },
  { key: 'forgeUrls', flag: null, type: 'string', commands: [], parse: anyValue, describe: 'API bases of the other forges' },
  { key: 'retries', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 20), default: 4, describe: 'retries of a GitHub request' },
  { key: 'forgeRetries', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 20), default: 2, describe: 'retries of a forge API request' },
  { key: 'archiveRetries', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 20), default: 3, describe: 'retries of an archive request' },
  { key: 'backoffMs', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 600_000), default: 1000, describe: 'first backoff delay (ms)' },
  { key: 'requestTimeoutMs', flag: null, type: 'number', commands: [], parse: wholeNumber(1, 600_000), default: 15_000, describe: 'timeout of one web, forge or archive request (ms)' },
  { key: 'maxRedirects', flag: null, type: 'number', commands: [], parse: wholeNumber(0, 50), default: 5, describe: 'redirects a web link may take' },
  { key: 'perHostConcurrency', flag: null, type: 'number', commands: [], parse: wholeNumber(1, 100), default: 3, describe: 'web requests in flight per host' },
];

/** Inputs only the Action has (action.yml's other inputs are options of the table above). */
export const ACTION_ONLY_INPUTS: readonly string[] = [
  'paths', 'fail', 'job-summary', 'debug', 'fix', 'mode', 'snapshot', 'previous-snapshot', 'audit-exit-code', 'report-url', 'issue-title', 'issue-label',
];

const SETTINGS = OPTIONS.filter((s): s is OptionSpec & { key: keyof ResolvedOptions } => !s.key.startsWith('own:'));
const specOf = new Map(SETTINGS.map((s) => [s.key, s]));

export const DEFAULTS = Object.freeze(
  Object.fromEntries(SETTINGS.filter((s) => s.default !== undefined).map((s) => [s.key, s.default])),
) as Readonly<Omit<ResolvedOptions, 'token' | 'graphqlUrl' | 'forgeUrls'>>;

/** Flags that may be given more than once (every other flag with a value is refused twice: cli/program.ts). */
export const REPEATABLE_FLAGS: ReadonlySet<string> = new Set(OPTIONS.filter((s) => s.repeatable).map((s) => s.flag!));

/** The options a command takes, in table order. */
export function optionsOf(command: Command): OptionSpec[] {
  return OPTIONS.filter((s) => s.flag !== null && s.commands.includes(command));
}

/** Flags that are read for every command (program.ts), with a value. */
export const GLOBAL_VALUED_FLAGS: readonly string[] = ['--config'];

/** The flags of a command that take a value (`--out`, `-o`), so a lone `-` after one is its value, not stdin. */
export function valuedFlags(command: Command): Set<string> {
  const flags = optionsOf(command).filter((s) => s.type !== 'boolean');
  return new Set([...GLOBAL_VALUED_FLAGS, ...flags.flatMap((s) => [`--${s.flag}`, ...(s.alias ? [`-${s.alias}`] : [])])]);
}

/** An option's help for one command: its text and, unless the text gives it, its default. */
export function helpOf(spec: OptionSpec, command: Command): string {
  const describe = spec.describeFor?.[command] ?? spec.describe;
  if (describe.includes('[default:') || spec.default === undefined || spec.default === null) return describe;
  const value = Array.isArray(spec.default) ? spec.default.join(',') : String(spec.default);
  return `${describe} [default: ${value}]`;
}

/** Option values before their parsers, keyed like ResolvedOptions; `own:` keys are a command's own. */
export type RawOptions = Partial<Record<OptionSpec['key'], unknown>>;

/** A command's parsed flags (yargs' argv) as raw options: only what was given. */
export function fromArgv(argv: Record<string, unknown>, command: Command): RawOptions {
  const raw: RawOptions = {};
  for (const spec of optionsOf(command)) {
    const value = argv[spec.flag!];
    if (value !== undefined) raw[spec.key] = value;
  }
  return raw;
}

/** A command's own flag, parsed (`own:dryRun` → boolean); undefined when not given. */
export function ownOption<T>(raw: RawOptions, key: `own:${string}`, command: Command): T | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  const spec = OPTIONS.find((s) => s.key === key && s.commands.includes(command))!;
  return spec.parse(value, `--${spec.flag}`) as T;
}

/** Where a layer of values came from, so an error names the option as that source spells it. */
export type OptionSource = { kind: 'cli' } | { kind: 'file'; path: string } | { kind: 'action' };
export const OPTION_SOURCE = Symbol('option source');
export type Layer = RawOptions & { [OPTION_SOURCE]?: OptionSource };

/** `--stale-days`, `cfg.json: "staleDays"`, `input "stale-days"`. */
function nameIn(spec: OptionSpec, source: OptionSource): string {
  if (source.kind === 'file') return `${source.path}: "${spec.config ?? spec.key}"`;
  if (source.kind === 'action') return `input "${spec.input ?? spec.flag ?? spec.key}"`;
  return spec.flag ? `--${spec.flag}` : spec.key;
}

/** Every given value of a layer through its option's parser (a typed value passes unchanged). */
export function parseLayer(layer: Layer): Options {
  const source = layer[OPTION_SOURCE] ?? { kind: 'cli' };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined || key.startsWith('own:')) continue;
    const spec = specOf.get(key as keyof ResolvedOptions);
    // null unsets (`previous`, `stepSummary`, `inputFormat`); a key outside the table is a caller's own.
    out[key] = spec && value !== null ? spec.parse(value, nameIn(spec, source)) : value;
  }
  return out as Options;
}

/** The settings the environment gives, by the table's variables (GITHUB_TOKEN, GITHUB_API_URL, SWH_TOKEN…). */
function fromEnvironment(env: NodeJS.ProcessEnv): Options {
  const out: Record<string, unknown> = {};
  for (const spec of SETTINGS) {
    for (const name of spec.env ?? []) {
      const value = env[name];
      if (!value) continue;
      const raw = spec.fromEnv ? spec.fromEnv(value) : value;
      if (raw !== undefined) out[spec.key] = spec.parse(raw, `$${name}`);
      break;
    }
  }
  return out as Options;
}

/** GraphQL endpoint for a REST base: api.github.com → /graphql; GHES `…/api/v3` → `…/api/graphql`. */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  if (base.endsWith('/api/v3')) return base.slice(0, -'/api/v3'.length) + '/api/graphql';
  return base + '/graphql';
}

/**
 * Merge command line (`cli`), config file (`file`) and the environment (`env`) into one resolved,
 * validated set of options: the one place values are checked. A bad value is an OptionError naming
 * the option as its source spells it, and the value.
 */
export function resolveOptions(cli: Layer = {}, file: Layer = {}, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const fromCli = parseLayer(cli);
  const fromFile = parseLayer(file);
  const fromEnv = fromEnvironment(env);
  const merged = { ...DEFAULTS, ...fromEnv, ...fromFile, ...fromCli };
  const apiUrl = merged.apiUrl.replace(/\/+$/, '');
  // The pool: the caller's tokens (or a library caller's one `token`), else the environment's.
  const tokens = fromCli.tokens?.length ? fromCli.tokens : fromCli.token ? [fromCli.token] : (fromEnv.tokens ?? []);
  return {
    ...merged,
    apiUrl,
    token: tokens[0] ?? null,
    tokens,
    // An explicit GraphQL URL wins; the runner's goes with the runner's REST base, not with one the user chose.
    graphqlUrl: fromCli.graphqlUrl ?? fromFile.graphqlUrl ?? (fromCli.apiUrl || fromFile.apiUrl ? undefined : fromEnv.graphqlUrl) ?? graphqlUrlFor(apiUrl),
  };
}
