import type { Snapshot } from '../types.js';
export declare function saveRequestsSection(snapshot: Snapshot): string | null;
