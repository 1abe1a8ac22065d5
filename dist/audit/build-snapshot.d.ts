import type { ExtractResult, PaperRecord, RepoFacts, RepoRef, Snapshot, SnapshotRepo } from '../types.js';
export interface BuildSnapshotInput {
    extract: ExtractResult;
    facts: readonly RepoFacts[];
    now: Date;
    staleDays: number;
    version: string;
    previous?: Snapshot | null;
    /** Why the harvest stopped early, if it did: given as the reason for every repository left unanswered. */
    incompleteReason?: string | null;
}
export declare function buildSnapshot(input: BuildSnapshotInput): Snapshot;
export interface AssembleInput {
    /** Classified repositories, in any order. */
    repos: SnapshotRepo[];
    /** Every paper read (their health is computed here, from `repos`). */
    papers: readonly PaperRecord[];
    now: Date;
    version: string;
    previous: Snapshot | null;
    incompleteReason: string | null;
}
/** Classified repositories + papers → the Snapshot: paper health, summary and history (shared with `merge`). */
export declare function assembleSnapshot(input: AssembleInput): Snapshot;
/** A repository the harvester gave no answer for is `unknown`, never dead. */
export declare function notChecked(ref: RepoRef, now: Date, reason?: string | null): RepoFacts;
