// The flags every command that talks to GitHub shares (`harvest`, `audit`): one definition, so
// their names, help and mapping onto Options cannot drift apart. Defaults come from options.ts.
import type { Argv } from 'yargs';
import { DEFAULTS, NUMERIC_LIMITS, parseMaxAge, wholeNumber, splitTokens, type Options } from '../options.js';
import { parseShard } from '../extract/shard.js';
import { INPUT_FORMATS, type InputFormat } from '../types.js';

export interface HarvestFlags {
  inputs: string[];
  /** Given more than once: a pool of tokens. */
  token?: string | string[];
  'api-url'?: string;
  'graphql-url'?: string;
  'cache-dir'?: string;
  'max-age'?: string;
  wait?: boolean;
  concurrency?: string;
  'batch-size'?: string;
  'allow-private-hosts'?: boolean;
  web?: boolean;
  'check-paper-links'?: boolean;
  'input-format'?: string;
  shard?: string;
  archives?: boolean;
  'swh-api-url'?: string;
  'wayback-api-url'?: string;
  'archive-live'?: boolean;
}

/** The shared flags that take a value (so a lone `-` after one of them is not mistaken for stdin). */
export const HARVEST_VALUED_FLAGS: readonly string[] = ['--token', '--api-url', '--graphql-url', '--cache-dir', '--max-age', '--concurrency', '--batch-size', '--input-format', '--shard', '--swh-api-url', '--wayback-api-url'];

export function withHarvestFlags<T>(y: Argv<T>): Argv<T & HarvestFlags> {
  return y
    .option('token', { type: 'string', describe: 'GitHub token; give it more than once for a pool of tokens, each with its own budget (docs/scale.md) [default: $GITHUB_TOKENS (comma- or newline-separated), else $GITHUB_TOKEN or $GH_TOKEN; without one, REST at 60 requests/hour]' })
    .option('api-url', { type: 'string', describe: `GitHub REST base [default: $GITHUB_API_URL or ${DEFAULTS.apiUrl}]` })
    .option('graphql-url', { type: 'string', describe: 'GitHub GraphQL endpoint [default: $GITHUB_GRAPHQL_URL, or derived from --api-url]' })
    .option('cache-dir', { type: 'string', describe: `Answers kept here; an interrupted run resumes [default: ${DEFAULTS.cacheDir}]` })
    .option('max-age', { type: 'string', requiresArg: true, describe: 'Reuse cached answers younger than this, e.g. 24h [default: 0, always ask]' })
    .option('wait', { type: 'boolean', describe: `Wait for a rate-limit reset instead of marking the rest unknown [default: ${DEFAULTS.wait}]` })
    .option('concurrency', { type: 'string', requiresArg: true, describe: `Requests in flight (${NUMERIC_LIMITS.concurrency.min}-${NUMERIC_LIMITS.concurrency.max}) [default: ${DEFAULTS.concurrency}]` })
    .option('batch-size', { type: 'string', requiresArg: true, describe: `Repositories per GraphQL query (${NUMERIC_LIMITS.batchSize.min}-${NUMERIC_LIMITS.batchSize.max}; GitHub refuses more) [default: ${DEFAULTS.batchSize}]` })
    .option('allow-private-hosts', { type: 'boolean', describe: `Check web links on private/loopback addresses [default: ${DEFAULTS.allowPrivateHosts}]` })
    .option('web', { type: 'boolean', describe: `Check links outside GitHub (other forges, pages, web); --no-web marks them unknown [default: ${DEFAULTS.checkWeb}]` })
    .option('check-paper-links', { type: 'boolean', describe: `Also check links to the papers themselves (arXiv, DOI, OpenReview…) [default: ${DEFAULTS.checkPaperLinks}]` })
    .option('input-format', { type: 'string', choices: INPUT_FORMATS, describe: 'Force the input format [default: detected per file]' })
    .option('shard', { type: 'string', describe: 'Check only shard I of N of the targets (I/N, e.g. 2/4; every paper is still read); join the shards with `repo-audit merge` [default: all]' })
    .option('archives', { type: 'boolean', describe: `Look up archived copies of dead links (Software Heritage, Wayback Machine) [default: ${DEFAULTS.archives}]` })
    .option('swh-api-url', { type: 'string', describe: `Software Heritage API base; token from $SWH_TOKEN [default: $SWH_API_URL or ${DEFAULTS.swhApiUrl}]` })
    .option('wayback-api-url', { type: 'string', describe: `Wayback Machine availability API [default: ${DEFAULTS.waybackApiUrl}]` })
    .option('archive-live', { type: 'boolean', describe: `Ask Software Heritage to archive live repositories it has never archived (Save Code Now) [default: ${DEFAULTS.archiveLive}]` }) as Argv<T & HarvestFlags>;
}

/** The shared flags as Options: only what was given, so resolveOptions applies file, env and defaults. */
export function harvestFlagsToOptions(argv: HarvestFlags): Options {
  return {
    tokens: argv.token === undefined ? undefined : [argv.token].flat().flatMap(splitTokens),
    apiUrl: argv['api-url'],
    graphqlUrl: argv['graphql-url'],
    cacheDir: argv['cache-dir'],
    maxAgeMs: argv['max-age'] === undefined ? undefined : parseMaxAge(argv['max-age']),
    wait: argv.wait,
    // Taken as text so an error can quote what was typed (yargs turns `abc` into NaN).
    concurrency: argv.concurrency === undefined ? undefined : wholeNumber('--concurrency', argv.concurrency, NUMERIC_LIMITS.concurrency),
    batchSize: argv['batch-size'] === undefined ? undefined : wholeNumber('--batch-size', argv['batch-size'], NUMERIC_LIMITS.batchSize),
    allowPrivateHosts: argv['allow-private-hosts'],
    checkWeb: argv.web,
    checkPaperLinks: argv['check-paper-links'],
    inputFormat: argv['input-format'] as InputFormat | undefined,
    shard: argv.shard === undefined ? undefined : parseShard(argv.shard),
    archives: argv.archives,
    swhApiUrl: argv['swh-api-url'],
    waybackApiUrl: argv['wayback-api-url'],
    archiveLive: argv['archive-live'],
  };
}
