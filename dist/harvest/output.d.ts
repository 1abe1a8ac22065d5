import type { ExtractResult, RepoFacts } from '../types.js';
import type { HarvestRun } from './index.js';
export interface HarvestFile {
    schemaVersion: 1;
    kind: 'harvest';
    generatedAt: string;
    tool: {
        name: 'repo-audit';
        version: string;
    };
    incomplete: {
        reason: string;
    } | null;
    stats: HarvestRun['stats'];
    notices: string[];
    papers: ExtractResult['papers'];
    repos: ExtractResult['repos'];
    facts: RepoFacts[];
}
export declare function harvestFile(extracted: ExtractResult, run: HarvestRun, version: string, generatedAt: string): HarvestFile;
/** One line per outcome for the end of a run: `122 checked: 97 found, 9 not-found, 2 blocked, 14 unknown`. */
export declare function outcomeLine(facts: RepoFacts[]): string;
