import type { FilePlan } from './plan.js';
/** A unified diff of one planned file (empty when nothing changes); both sides shown as UTF-8. */
export declare function unifiedDiff(plan: FilePlan): string;
