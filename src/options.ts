// Options → ResolvedOptions. Defaults live here and only here (not in the yargs definitions):
// command line over config file over environment conventions over defaults.
import type { Shard } from './extract/shard.js';
import type { InputFormat } from './types.js';
import { OptionError, UsageError } from './errors.js';

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
}

export type Options = Partial<ResolvedOptions>;

/** `a,b` or one a line → ['a', 'b'] (blank entries and surrounding spaces dropped). */
export const splitTokens = (text: string): string[] => text.split(/[,\n\r]+/).map((t) => t.trim()).filter(Boolean);

export const DEFAULTS: Readonly<Omit<ResolvedOptions, 'token' | 'tokens' | 'graphqlUrl' | 'stepSummary' | 'annotations' | 'swhToken'>> = {
  apiUrl: 'https://api.github.com',
  cacheDir: '.repo-audit',
  maxAgeMs: 0,
  wait: false,
  concurrency: 8,
  batchSize: 50,
  allowPrivateHosts: false,
  staleDays: 365,
  failOn: ['not-found', 'blocked'],
  outDir: 'reports',
  formats: [...OUTPUT_FORMATS],
  previous: null,
  ignoreFile: null,
  quiet: false,
  inputFormat: null,
  checkWeb: true,
  checkPaperLinks: false,
  // GitHub's documented secondary limits: a GET or a GraphQL query costs 1 point (github-api.md).
  restPointsPerMinute: 900,
  graphqlPointsPerMinute: 2000,
  shard: null,
  archives: false,
  swhApiUrl: 'https://archive.softwareheritage.org/api/1',
  waybackApiUrl: 'https://archive.org/wayback/available',
  archiveLive: false,
};

/** The accepted range of each numeric option. `--batch-size` stops at 100, GitHub's node limit per query. */
export const NUMERIC_LIMITS = {
  staleDays: { min: 1, max: 36_500 },
  concurrency: { min: 1, max: 100 },
  batchSize: { min: 1, max: 100 },
} as const;

/**
 * Check (and parse, when it is text from the command line) a whole-number option; throws one line
 * naming the option and the value as given.
 */
export function wholeNumber(option: string, value: unknown, limits: { min: number; max: number }): number {
  const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < limits.min || n > limits.max) {
    throw new OptionError(option, `"${String(value)}" is not a whole number from ${limits.min} to ${limits.max}`);
  }
  return n;
}

/** `--max-age` as milliseconds; throws one line naming the option and the value. */
export function parseMaxAge(text: string): number {
  try {
    return parseDuration(text);
  } catch {
    throw new OptionError('--max-age', `"${text}" is not a duration (use e.g. 90s, 30m, 24h, 7d, or 0)`);
  }
}

/** GraphQL endpoint for a REST base: api.github.com → /graphql; GHES `…/api/v3` → `…/api/graphql`. */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  if (base.endsWith('/api/v3')) return base.slice(0, -'/api/v3'.length) + '/api/graphql';
  return base + '/graphql';
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Merge command line (`cli`), config file (`file`) and the environment (`env`) into one resolved
 * set of options. Only the names GitHub's conventions define are read from the environment.
 */
export function resolveOptions(
  cli: Options = {},
  file: Options = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedOptions {
  const pooled = splitTokens(env.GITHUB_TOKENS ?? '');
  const fromEnv: Options = dropUndefined({
    token: pooled[0] || env.GITHUB_TOKEN || env.GH_TOKEN || undefined,
    tokens: pooled.length ? pooled : undefined,
    apiUrl: env.GITHUB_API_URL || undefined,
    graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
    stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
    annotations: env.GITHUB_ACTIONS === 'true' ? true : undefined,
    swhApiUrl: env.SWH_API_URL || undefined,
    waybackApiUrl: env.WAYBACK_API_URL || undefined,
    swhToken: env.SWH_TOKEN || undefined,
  });
  const merged = { ...DEFAULTS, ...fromEnv, ...dropUndefined(file), ...dropUndefined(cli) };
  // Values from the command line, a config file or a library caller all pass the same checks.
  wholeNumber('--stale-days', merged.staleDays, NUMERIC_LIMITS.staleDays);
  wholeNumber('--concurrency', merged.concurrency, NUMERIC_LIMITS.concurrency);
  wholeNumber('--batch-size', merged.batchSize, NUMERIC_LIMITS.batchSize);
  if (!(Number.isFinite(merged.maxAgeMs) && merged.maxAgeMs >= 0)) throw new OptionError('--max-age', `"${merged.maxAgeMs}" is not a duration (use e.g. 90s, 30m, 24h, 7d)`);
  const apiUrl = merged.apiUrl.replace(/\/+$/, '');
  // The pool: the command line's tokens, else the environment's; a lone token is a pool of one.
  const tokens = [...new Set(cli.tokens?.length ? cli.tokens : cli.token ? [cli.token] : merged.tokens?.length ? merged.tokens : merged.token ? [merged.token] : [])];
  return {
    ...merged,
    apiUrl,
    token: tokens[0] ?? null,
    tokens,
    // An explicit GraphQL URL wins; otherwise derive it from the REST base the user chose.
    graphqlUrl: (cli.graphqlUrl ?? file.graphqlUrl ?? (cli.apiUrl || file.apiUrl ? undefined : fromEnv.graphqlUrl)) ?? graphqlUrlFor(apiUrl),
    stepSummary: merged.stepSummary ?? null,
    annotations: merged.annotations ?? false,
    swhApiUrl: merged.swhApiUrl.replace(/\/+$/, ''),
    swhToken: merged.swhToken ?? null,
  };
}

/** Parse `24h`, `30m`, `7d`, `90s` or a number of seconds into milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`not a duration: "${text}" (use e.g. 90s, 30m, 24h, 7d)`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1000;
  return Math.round(n * factor);
}
