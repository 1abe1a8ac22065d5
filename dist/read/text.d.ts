import type { LineReader, ReadSink } from './reader.js';
export declare function textReader(source: string, sink: ReadSink): LineReader;
