import type { TreeEntry } from '../types.js';
/** null when the root holds code; otherwise a short reason such as "only README.md and LICENSE at the root". */
export declare function placeholderReason(entries: readonly TreeEntry[]): string | null;
