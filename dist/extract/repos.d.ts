import type { PaperRecord, RepoRef } from '../types.js';
export declare class RepoIndex {
    private readonly byKey;
    /** The paths of each RepoRef as a set (a repository linked at many paths stays linear). */
    private readonly pathSets;
    /** Record the links of the paper at `index` in the papers list. */
    add(paper: PaperRecord, index: number): void;
    /** RepoRefs in order of first citation. */
    list(): RepoRef[];
    get size(): number;
}
/** Build `repos[]` for a list of papers. */
export declare function reposOf(papers: PaperRecord[]): RepoRef[];
