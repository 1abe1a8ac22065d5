import type { Argv } from 'yargs';
import { type Options } from '../options.js';
export interface HarvestFlags {
    inputs: string[];
    token?: string;
    'api-url'?: string;
    'graphql-url'?: string;
    'cache-dir'?: string;
    'max-age'?: string;
    wait?: boolean;
    concurrency?: number;
    'batch-size'?: number;
    'allow-private-hosts'?: boolean;
    web?: boolean;
    'input-format'?: string;
    shard?: string;
    archives?: boolean;
    'swh-api-url'?: string;
    'wayback-api-url'?: string;
    'archive-live'?: boolean;
}
/** The shared flags that take a value (so a lone `-` after one of them is not mistaken for stdin). */
export declare const HARVEST_VALUED_FLAGS: readonly string[];
export declare function withHarvestFlags<T>(y: Argv<T>): Argv<T & HarvestFlags>;
/** The shared flags as Options: only what was given, so resolveOptions applies file, env and defaults. */
export declare function harvestFlagsToOptions(argv: HarvestFlags): Options;
