import type { Shard } from './extract/shard.js';
import type { InputFormat } from './types.js';
/** The report formats, in the order they are written. */
export declare const OUTPUT_FORMATS: readonly ["md", "json", "csv"];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export interface ResolvedOptions {
    /** GitHub token; never printed, logged or cached. */
    token: string | null;
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
export declare const DEFAULTS: Readonly<Omit<ResolvedOptions, 'token' | 'graphqlUrl' | 'stepSummary' | 'annotations' | 'swhToken'>>;
/** GraphQL endpoint for a REST base: api.github.com → /graphql; GHES `…/api/v3` → `…/api/graphql`. */
export declare function graphqlUrlFor(apiUrl: string): string;
/**
 * Merge command line (`cli`), config file (`file`) and the environment (`env`) into one resolved
 * set of options. Only the names GitHub's conventions define are read from the environment.
 */
export declare function resolveOptions(cli?: Options, file?: Options, env?: NodeJS.ProcessEnv): ResolvedOptions;
/** Parse `24h`, `30m`, `7d`, `90s` or a number of seconds into milliseconds. */
export declare function parseDuration(text: string): number;
