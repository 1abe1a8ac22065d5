import type { LineReader, ReadSink } from './reader.js';
/** Recognises the dump from its page header or its per-paper author lines. */
export declare function looksLikeHfPapers(head: string): boolean;
export declare function hfPapersReader(source: string, sink: ReadSink): LineReader;
