import { type Options } from '../options.js';
export interface ActionInputs {
    /** Files, directories or globs to audit (one per line, or separated by spaces; `#` starts a comment line). */
    paths: string[];
    /** Options for resolveOptions(); undefined = the library default. */
    options: Options;
    /** Fail the step with the audit's exit code (`fail: false` → the step always succeeds). */
    fail: boolean;
}
export declare class InputError extends Error {
}
export declare function getInput(env: NodeJS.ProcessEnv, name: string): string;
/** Read and check every input; throws InputError with a one-line message naming the input. */
export declare function readActionInputs(env: NodeJS.ProcessEnv): ActionInputs;
