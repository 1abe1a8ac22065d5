import type { Snapshot } from '../types.js';
/** The section, or null when every input was read. `sourceBase`: see sourceRef. */
export declare function inputsNotReadSection(snapshot: Snapshot, sourceBase?: string | null): string | null;
/** One sentence for the verdict, or null. */
export declare function inputsNotReadSentence(snapshot: Snapshot): string | null;
