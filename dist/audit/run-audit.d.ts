import { type HarvestHooks } from '../harvest/index.js';
import type { ResolvedOptions } from '../options.js';
import type { ExtractResult, InputFormat, RepoFacts, RepoRef, Snapshot } from '../types.js';
export interface AuditProblem {
    source: string;
    line: number | null;
    message: string;
}
export interface AuditResult {
    snapshot: Snapshot;
    /** Paths of the reports written. */
    written: string[];
    /** One line, e.g. `122 repositories from 376 papers: 95 ok, 5 not found, …`. */
    verdict: string;
    /** Something listed in `failOn` was found. */
    flagged: boolean;
    /** What matched `failOn`, as `name: count`. */
    failOnMatches: Record<string, number>;
    /** Set when the run could not finish (authentication failed, budget exhausted without --wait). */
    incomplete: {
        reason: string;
    } | null;
    /** Inputs that could not be read (one line each; the rest was still processed). */
    problems: AuditProblem[];
    /** `::warning file=…,line=…::…` lines for dead/blocked links (empty unless options.annotations). */
    annotations: string[];
}
export interface AuditHooks {
    onProgress?: HarvestHooks['onProgress'];
    /** Lines for the user as they happen (budget plan, resume, waits, an ignored previous snapshot). */
    onNotice?(line: string): void;
    /** Abort the harvest (Ctrl-C): what was answered is kept in the cache and reported. */
    signal?: AbortSignal;
    /** The clock (tests pin it for stable reports). */
    now?: Date;
}
/** What the pipeline needs from the harvester (src/harvest/index.ts's HarvestRun fits it). */
export interface HarvestOutcome {
    facts: RepoFacts[];
    incomplete: {
        reason: string;
    } | null;
}
/** The stages, replaceable so the pipeline's own logic can be tested without a network. */
export interface AuditStages {
    extract(inputs: string[], opts: {
        inputFormat?: InputFormat | null;
    }): Promise<ExtractResult & {
        problems: AuditProblem[];
    }>;
    harvest(repos: RepoRef[], options: ResolvedOptions, hooks: HarvestHooks): Promise<HarvestOutcome>;
}
export declare function runAudit(inputs: string[], options: ResolvedOptions, hooks?: AuditHooks): Promise<AuditResult>;
export declare function runAuditWith(stages: AuditStages, inputs: string[], options: ResolvedOptions, hooks?: AuditHooks): Promise<AuditResult>;
