import type { Snapshot } from '../types.js';
export declare function statusPie(snapshot: Snapshot): string | null;
export declare function historyChart(snapshot: Snapshot): string | null;
