import type { Snapshot } from '../types.js';
export declare function annotations(snapshot: Snapshot): string[];
