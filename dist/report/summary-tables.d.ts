import type { Snapshot } from '../types.js';
export declare function summaryTables(snapshot: Snapshot): string;
