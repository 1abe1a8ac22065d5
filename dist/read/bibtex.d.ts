import type { LineReader, ReadSink } from './reader.js';
interface Field {
    name: string;
    value: string;
    /** Offset of the value in the entry text. */
    at: number;
}
/** The key and fields of one entry's text (`@type{key, name = value, …}`). */
export declare function parseEntry(text: string): {
    type: string;
    key: string;
    fields: Field[];
} | null;
export declare function bibtexReader(source: string, sink: ReadSink): LineReader;
export {};
