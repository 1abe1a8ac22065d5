// Shards (`--shard I/N`): split the targets of one set of inputs across N processes or jobs (a
// GitHub Actions matrix), each reading every paper (so line numbers, paper counts and paper
// verdicts stay right) but checking only the targets whose stable hash falls in its shard.
// `repo-audit merge` (src/audit/merge.ts) puts the shards' snapshots back together.
import { createHash } from 'node:crypto';
/** `2/4` → { index: 2, count: 4 }; one clear line for anything else. */
export function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count || count > 1000) {
        throw new Error(`--shard: expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. 2/4 (got "${text}")`);
    }
    return { index, count };
}
export const formatShard = (s) => `${s.index}/${s.count}`;
/**
 * The shard (1-based) a target key belongs to among `count`: a hash of the lower-cased key, so
 * the split never depends on the order or the set of the inputs, nor on the machine.
 */
export function shardOfKey(key, count) {
    const hash = createHash('sha256').update(key.toLowerCase()).digest().readUInt32BE(0);
    return (hash % count) + 1;
}
export const inShard = (key, shard) => shard === null || shardOfKey(key, shard.count) === shard.index;
/** The targets of one shard (all of them without a shard). */
export function shardRepos(repos, shard) {
    return shard === null ? repos : repos.filter((r) => inShard(r.key, shard));
}
/**
 * A fingerprint of what was read (every paper: source, line, title and link keys), so `merge`
 * can refuse shards of different inputs. Fed record by record: nothing is kept.
 */
export class InputsDigest {
    hash = createHash('sha256');
    add(paper) {
        this.hash.update(JSON.stringify([paper.source, paper.line, paper.title, paper.links.map((l) => l.key)]));
        this.hash.update('\n');
    }
    digest() {
        return this.hash.digest('hex').slice(0, 16);
    }
}
export function inputsDigest(papers) {
    const d = new InputsDigest();
    for (const p of papers)
        d.add(p);
    return d.digest();
}
//# sourceMappingURL=shard.js.map