import type { LineReader, ReadSink } from './reader.js';
export declare function jsonlReader(source: string, sink: ReadSink): LineReader;
