import type { Snapshot } from '../types.js';
/** e.g. `122 repositories from 376 papers: 95 ok, 5 not found, 3 empty, 19 not checked; 6 promises unkept`. */
export declare function verdictLine(snapshot: Snapshot): string;
/** A short paragraph in Markdown (numbers and fixed words; the stop reason is escaped). */
export declare function verdictParagraph(snapshot: Snapshot): string;
