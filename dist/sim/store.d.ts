import type { ResolvedScenario, ScenarioRepo } from './scenario.js';
export interface TreeItem {
    name: string;
    type: 'blob' | 'tree' | 'commit';
}
export interface SimRepo extends Omit<ScenarioRepo, 'lastCommitAt' | 'commitCount' | 'pushedAt' | 'updatedAt' | 'id'> {
    id: number;
    owner: string;
    name: string;
    pushedAt: string;
    updatedAt: string;
    lastCommitAt: string | null;
    commitCount: number;
    /** Requests left to fail (fault `failFirst`). */
    failuresLeft: number;
}
export declare class RepoStore {
    private readonly byName;
    private readonly byId;
    /** lower-case login → canonical login and account type. */
    readonly owners: Map<string, {
        login: string;
        type: "User" | "Organization";
    }>;
    private readonly trees;
    constructor(scenario: ResolvedScenario);
    /** Every field listed in one fixed order: spreading 100,000 scenario objects is 10× slower. */
    private derive;
    get size(): number;
    /** Listed repositories of an owner that answer as themselves (not moved, not deleted). */
    countOwned(login: string): number;
    /** Case-insensitive lookup of `owner/name`. */
    find(owner: string, name: string): SimRepo | undefined;
    findById(id: number): SimRepo | undefined;
    /** Follow renames/transfers to where the repository lives now (bounded, in case of a cycle). */
    resolve(repo: SimRepo, followTransfers?: boolean): SimRepo | undefined;
    /** The file tree of a ref (`HEAD` = default branch), built on first use: 100,000 repositories start fast. */
    tree(repo: SimRepo, ref: string): Map<string, TreeItem['type']> | undefined;
    /** The repository a fork was made from, and the root of its fork chain (GitHub's `parent`/`source`). */
    lineage(repo: SimRepo): {
        parent: SimRepo;
        source: SimRepo;
    } | null;
    /** Root entries of a ref (`HEAD` = default branch), or null if the ref does not exist. */
    entries(repo: SimRepo, ref: string, dir?: string): TreeItem[] | null;
    /** Type of `path` on `ref`: `tree`, `blob`, null if missing, undefined if the ref is unknown. */
    pathType(repo: SimRepo, ref: string, path: string): TreeItem['type'] | null | undefined;
}
