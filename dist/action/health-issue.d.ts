import type { PaperRecord, Snapshot } from '../types.js';
export declare const HEALTH_ISSUE_TITLE = "Repository health";
/** Hidden marker so a human-edited title does not lose the issue. */
export declare const HEALTH_ISSUE_MARKER = "<!-- repo-audit:health-issue -->";
/** One row of the issue: a repository, or a paper whose problem has no repository. */
export interface HealthProblem {
    key: string;
    url: string | null;
    status: string;
    flags: string[];
    reason: string;
    citedAt: string[];
}
export interface HealthIssuePlan {
    problems: HealthProblem[];
    /** Problems that were not problems (or not there) in the previous snapshot. */
    newProblems: HealthProblem[];
    title: string;
    body: string;
}
type SnapshotPart = Pick<Snapshot, 'repos'> & {
    papers?: readonly PaperRecord[];
};
export declare function findProblems(snapshot: SnapshotPart, failOn: readonly string[]): HealthProblem[];
export declare function planHealthIssue(current: SnapshotPart & Pick<Snapshot, 'generatedAt'>, previous: SnapshotPart | null, failOn: readonly string[], reportUrl?: string | null): HealthIssuePlan;
export {};
