import type { ExtractResult } from '../types.js';
import type { LineReader, ReadSink } from './reader.js';
export interface JsonSink extends ReadSink {
    extractResult?(result: ExtractResult): void;
}
/** Offsets where each element of a top-level array starts (strings and nesting skipped). */
export declare function arrayElementOffsets(text: string): number[];
export declare function jsonReader(source: string, sink: JsonSink): LineReader;
