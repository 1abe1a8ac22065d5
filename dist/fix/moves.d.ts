import type { RepoFacts, Snapshot } from '../types.js';
import type { MovedRepos } from './github-links.js';
/** Moved GitHub repositories among `facts`: key → `nameWithOwner` of the new home. */
export declare function movesFromFacts(facts: readonly RepoFacts[]): Map<string, string>;
/** The moves recorded in a saved snapshot or harvest file; throws SnapshotFileError naming the file. */
export declare function movesFromFile(path: string): Promise<{
    moved: MovedRepos;
    generatedAt: string;
}>;
/** The moves an audit found (the GitHub Action fixes from its own audit, without asking again). */
export declare function movesFromSnapshot(snapshot: Pick<Snapshot, 'repos'>): Map<string, string>;
