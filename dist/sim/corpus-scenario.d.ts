import type { ExtractResult } from '../types.js';
import type { Scenario } from './scenario.js';
export type Fate = 'ok' | 'empty' | 'placeholder' | 'not-found' | 'dmca' | 'blocked' | 'disabled' | 'renamed' | 'transferred' | 'subpath-missing';
export interface CorpusScenarioOptions {
    /** `owner/name` (any case) → fate, applied before the hash-based choice. */
    overrides?: Record<string, Fate>;
    /** Reference date for "recent" and "stale" pushes. */
    now?: string;
    token?: {
        token: string;
        login: string;
    };
}
export declare function corpusScenario(extract: ExtractResult, opts?: CorpusScenarioOptions): Scenario;
