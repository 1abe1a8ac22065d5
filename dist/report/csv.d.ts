import type { Snapshot } from '../types.js';
export declare function csvCell(value: string | number | boolean | null | undefined): string;
export declare function renderCsv(snapshot: Snapshot): string;
