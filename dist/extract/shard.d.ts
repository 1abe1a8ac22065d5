import type { PaperRecord, RepoRef } from '../types.js';
export interface Shard {
    /** 1-based. */
    index: number;
    count: number;
}
/** `2/4` → { index: 2, count: 4 }; one clear line for anything else. */
export declare function parseShard(text: string): Shard;
export declare const formatShard: (s: Shard) => string;
/**
 * The shard (1-based) a target key belongs to among `count`: a hash of the lower-cased key, so
 * the split never depends on the order or the set of the inputs, nor on the machine.
 */
export declare function shardOfKey(key: string, count: number): number;
export declare const inShard: (key: string, shard: Shard | null) => boolean;
/** The targets of one shard (all of them without a shard). */
export declare function shardRepos(repos: RepoRef[], shard: Shard | null): RepoRef[];
/**
 * A fingerprint of what was read (every paper: source, line, title and link keys), so `merge`
 * can refuse shards of different inputs. Fed record by record: nothing is kept.
 */
export declare class InputsDigest {
    private readonly hash;
    add(paper: PaperRecord): void;
    digest(): string;
}
export declare function inputsDigest(papers: readonly PaperRecord[]): string;
