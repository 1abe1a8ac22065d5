import type { LineReader, ReadSink } from './reader.js';
export declare function markdownReader(source: string, sink: ReadSink): LineReader;
