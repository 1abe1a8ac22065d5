import type { PaperRecord, Snapshot } from '../types.js';
export declare const FAIL_ON_NAMES: readonly string[];
/** Split and check a `--fail-on` list; throws one clear line naming the bad entries. */
export declare function parseFailOn(list: readonly string[]): string[];
/**
 * What in the snapshot matches `failOn`, as `name: count` pairs (empty: not flagged). Problems
 * accepted in the ignore file (and not expired) do not count; nor does a paper "some-broken" only
 * through accepted repositories.
 */
export declare function failOnMatches(snapshot: Snapshot, failOn: readonly string[]): Record<string, number>;
/**
 * Whether a paper's own verdict is a `failOn` match. `promise-unkept` counts on the paper only when
 * it has no link at all: otherwise its repositories carry the flag and are counted there.
 */
export declare function paperMatchesFailOn(p: PaperRecord, failOn: readonly string[]): boolean;
