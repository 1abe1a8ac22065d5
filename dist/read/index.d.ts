import type { InputFormat } from '../types.js';
import type { ReaderFactory } from './reader.js';
export declare const READERS: Record<InputFormat, ReaderFactory>;
export declare const INPUT_FORMATS: InputFormat[];
export { detectFormat } from './detect.js';
export { expandInputs } from './inputs.js';
export type { LineReader, ReadSink, ReaderFactory } from './reader.js';
