// Where moved repositories live now, from the harvester's facts: a fresh harvest, or a saved file
// (`--from-snapshot`: an audit's snapshot.json or a `harvest --out` facts file), without any network.
import { parseCodeLink } from '../extract/parse-url.js';
import { parseSnapshot, readSnapshotText } from '../audit/snapshot-file.js';
import { SnapshotFileError } from '../errors.js';
import type { RepoFacts, Snapshot, SnapshotRepo } from '../types.js';
import type { MovedRepos } from './github-links.js';
import { copiesFromFacts, copiesFromSnapshot, type ArchivedCopies } from './archive-links.js';

/** Moved GitHub repositories among `facts`: key → `nameWithOwner` of the new home. */
export function movesFromFacts(facts: readonly RepoFacts[]): Map<string, string> {
  const moved = new Map<string, string>();
  for (const f of facts) {
    // Only a repository that was found through the redirect: an unknown or dead one has no new home to trust.
    if (f.forge === 'github' && f.kind === 'repo' && f.moved && f.outcome === 'found' && f.canonicalRepo) moved.set(f.key, f.canonicalRepo);
  }
  return moved;
}

/** A snapshot entry's new home: from its facts when kept, else from `canonicalUrl` of a `moved` entry. */
function movedRepoOf(r: SnapshotRepo): string | null {
  if (r.facts) return movesFromFacts([r.facts]).get(r.key) ?? null;
  if (!r.flags.includes('moved') || !r.canonicalUrl) return null;
  const target = parseCodeLink(r.canonicalUrl);
  return target?.forge === 'github' && target.kind === 'repo' ? target.repo : null;
}

/** The moves (and archived copies of dead repositories) recorded in a saved snapshot or harvest file; throws SnapshotFileError naming the file. */
export async function movesFromFile(path: string): Promise<{ moved: MovedRepos; copies: ArchivedCopies; generatedAt: string }> {
  const text = await readSnapshotText(path);
  const data = parseJsonObject(text, path);
  if (data.kind === 'harvest') {
    if (!Array.isArray(data.facts)) throw new SnapshotFileError(path, 'a harvest file without "facts"');
    return { moved: movesFromFacts(data.facts as RepoFacts[]), copies: copiesFromFacts(data.facts as RepoFacts[]), generatedAt: String(data.generatedAt ?? '') };
  }
  const snapshot = parseSnapshot(text, path);
  return { moved: movesFromSnapshot(snapshot), copies: copiesFromSnapshot(snapshot), generatedAt: snapshot.generatedAt };
}

/** The moves an audit found (the GitHub Action fixes from its own audit, without asking again). */
export function movesFromSnapshot(snapshot: Pick<Snapshot, 'repos'>): Map<string, string> {
  const moved = new Map<string, string>();
  for (const r of snapshot.repos) {
    const to = movedRepoOf(r);
    if (to) moved.set(r.key, to);
  }
  return moved;
}

function parseJsonObject(text: string, path: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(text);
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch (err) {
    throw new SnapshotFileError(path, `not JSON (${(err as Error).message})`);
  }
  throw new SnapshotFileError(path, 'not a repo-audit snapshot or harvest file');
}
