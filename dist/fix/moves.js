// Where moved repositories live now, from the harvester's facts: a fresh harvest, or a saved file
// (`--from-snapshot`: an audit's snapshot.json or a `harvest --out` facts file), without any network.
import { readFile } from 'node:fs/promises';
import { parseCodeLink } from '../extract/classify.js';
import { parseSnapshot, SnapshotFileError } from '../audit/snapshot-file.js';
/** Moved GitHub repositories among `facts`: key → `nameWithOwner` of the new home. */
export function movesFromFacts(facts) {
    const moved = new Map();
    for (const f of facts) {
        // Only a repository that was found through the redirect: an unknown or dead one has no new home to trust.
        if (f.forge === 'github' && f.kind === 'repo' && f.moved && f.outcome === 'found' && f.canonicalRepo)
            moved.set(f.key, f.canonicalRepo);
    }
    return moved;
}
/** A snapshot entry's new home: from its facts when kept, else from `canonicalUrl` of a `moved` entry. */
function movedRepoOf(r) {
    if (r.facts)
        return movesFromFacts([r.facts]).get(r.key) ?? null;
    if (!r.flags.includes('moved') || !r.canonicalUrl)
        return null;
    const target = parseCodeLink(r.canonicalUrl);
    return target?.forge === 'github' && target.kind === 'repo' ? target.repo : null;
}
/** The moves recorded in a saved snapshot or harvest file; throws SnapshotFileError naming the file. */
export async function movesFromFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new SnapshotFileError(path, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`);
    }
    const data = parseJsonObject(text, path);
    if (data.kind === 'harvest') {
        if (!Array.isArray(data.facts))
            throw new SnapshotFileError(path, 'a harvest file without "facts"');
        return { moved: movesFromFacts(data.facts), generatedAt: String(data.generatedAt ?? '') };
    }
    const snapshot = parseSnapshot(text, path);
    return { moved: movesFromSnapshot(snapshot), generatedAt: snapshot.generatedAt };
}
/** The moves an audit found (the GitHub Action fixes from its own audit, without asking again). */
export function movesFromSnapshot(snapshot) {
    const moved = new Map();
    for (const r of snapshot.repos) {
        const to = movedRepoOf(r);
        if (to)
            moved.set(r.key, to);
    }
    return moved;
}
function parseJsonObject(text, path) {
    try {
        const data = JSON.parse(text);
        if (data && typeof data === 'object' && !Array.isArray(data))
            return data;
    }
    catch (err) {
        throw new SnapshotFileError(path, `not JSON (${err.message})`);
    }
    throw new SnapshotFileError(path, 'not a repo-audit snapshot or harvest file');
}
//# sourceMappingURL=moves.js.map