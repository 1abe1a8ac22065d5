import type { Writable } from 'node:stream';
import type { InputFormat } from '../../types.js';
import { type InputProblem } from '../index.js';
import { type Shard } from '../shard.js';
import type { ExtractFormat } from './formatter.js';
export interface WriteExtractOptions {
    format: ExtractFormat;
    inputFormat?: InputFormat | null;
    stdin?: NodeJS.ReadableStream;
    /** Called for each problem as it is found (the CLI prints it to stderr). */
    onProblem?: (problem: InputProblem) => void;
    /** `--shard I/N`: only this shard's targets in `repos[]` and in the one-row-per-link formats. */
    shard?: Shard | null;
}
export interface WriteExtractResult {
    papers: number;
    repos: number;
    problems: InputProblem[];
}
export declare function writeExtract(inputs: string[], opts: WriteExtractOptions, out: Writable): Promise<WriteExtractResult>;
