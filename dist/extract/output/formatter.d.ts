import type { PaperRecord, RepoRef } from '../../types.js';
export type ExtractFormat = 'json' | 'jsonl' | 'csv' | 'table';
export declare const EXTRACT_FORMATS: readonly ExtractFormat[];
export interface ExtractFormatter {
    /** Does `end()` use `repos`? (If not, they are not collected: memory stays flat on huge inputs.) */
    needsRepos: boolean;
    begin(): string;
    paper(record: PaperRecord, index: number): string;
    end(repos: RepoRef[]): string;
}
