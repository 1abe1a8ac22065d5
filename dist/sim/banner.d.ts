import type { LogCounts } from './log.js';
import type { RunningSimulator } from './index.js';
export declare function formatBanner(sim: RunningSimulator, source: string): string;
export declare function formatCounts(counts: LogCounts): string;
