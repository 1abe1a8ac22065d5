import type { ExtractResult, InputFormat, PaperRecord, RepoRef } from '../types.js';
export { parseCodeLink, classifyUrl, type LinkTarget } from './classify.js';
export { findLinks } from './links.js';
export { findUrlCandidates, MAY_HOLD_URL } from './find-urls.js';
export { mentionsClaim, mentionsPromise } from './promises.js';
export { RepoIndex, reposOf } from './repos.js';
/** Something wrong with an input. `message` is one self-contained line naming the file (and line). */
export interface InputProblem {
    source: string;
    line: number | null;
    message: string;
}
export interface ExtractRun extends ExtractResult {
    problems: InputProblem[];
}
export interface ExtractOptions {
    /** Force a format instead of detecting it from each input's name and content. */
    inputFormat?: InputFormat | null;
    /** What `-` reads (default: process.stdin). */
    stdin?: NodeJS.ReadableStream;
}
export interface StreamHandlers {
    /** Each record as soon as it is read; `index` is its position in `papers[]`. */
    record(record: PaperRecord, index: number): void;
    problem?(problem: InputProblem): void;
    /** Build `repos[]` (default true); formats that do not print it save the memory. */
    collectRepos?: boolean;
    /** Polled between batches of lines: a promise to wait for before reading on (back-pressure). */
    ready?(): Promise<void> | null;
}
export interface StreamSummary {
    papers: number;
    repos: RepoRef[];
    problems: InputProblem[];
    /** Set when the only input was a saved extract result, returned as it is. */
    passthrough: ExtractResult | null;
}
/**
 * Stream every input's records to `handlers.record` without keeping them: memory stays bounded
 * by the distinct targets, not by the size of the inputs.
 */
export declare function streamInputs(inputs: string[], opts: ExtractOptions, handlers: StreamHandlers): Promise<StreamSummary>;
/**
 * Read files, directories (recursively), globs and `-` (stdin). If the only input is a JSON file
 * that already holds an extract result (`{papers, repos}`), it is returned as it is. Never throws
 * for bad input: problems are collected and everything readable is still returned.
 */
export declare function extractInputs(inputs: string[], opts?: ExtractOptions): Promise<ExtractRun>;
/** Extract from one in-memory text (tests, the GitHub Action). Synchronous. */
export declare function extractText(text: string, source: string, format?: InputFormat): ExtractResult;
