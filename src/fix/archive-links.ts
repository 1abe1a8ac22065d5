// `fix --archive`: a link to a dead repository (not found, blocked or empty) whose archived copy an
// audit found is replaced, whole, by that copy: the Software Heritage snapshot (SWHID resolver),
// else the Wayback capture. Only links written as a web address (`https://github.com/…`,
// `github.com/…`) are replaced; a clone address (`git@github.com:…`) is left as it is. Everything
// around the link stays byte for byte (the rewrite engine, rewrite.ts).
import { deadTarget } from '../harvest/archives/index.js';
import { archivedCopyUrl } from '../report/archive-cell.js';
import type { RepoFacts, Snapshot } from '../types.js';
import type { LinkRewriter } from './rewrite.js';

/** Dead repository → the URL of its archived copy: target key (`github/owner/name`) → URL. */
export type ArchivedCopies = ReadonlyMap<string, string>;

const WEB_LINK = /^(?:https?:\/\/)?(?:www\.)?github\.com\//i;

/** From harvested facts (`--archives` lookups): only dead repositories, only when a copy was found. */
export function copiesFromFacts(facts: readonly RepoFacts[]): Map<string, string> {
  const copies = new Map<string, string>();
  for (const f of facts) {
    const url = deadTarget(f) === 'repo' ? archivedCopyUrl(f) : null;
    if (url) copies.set(f.key, url);
  }
  return copies;
}

/** From a saved snapshot (`fix --archive --from-snapshot`): the dead repositories' `archive`. */
export function copiesFromSnapshot(snapshot: Pick<Snapshot, 'repos'>): Map<string, string> {
  const copies = new Map<string, string>();
  for (const r of snapshot.repos) {
    if (r.kind !== 'repo' || !(r.status === 'not-found' || r.status === 'blocked' || r.status === 'empty')) continue;
    const url = archivedCopyUrl(r);
    if (url) copies.set(r.key, url);
  }
  return copies;
}

/** Replaces the whole link of a dead repository by its archived copy; `skip` leaves chosen keys alone (accepted ones). */
export function archiveRewriter(copies: ArchivedCopies, skip: (key: string) => boolean = () => false): LinkRewriter {
  return (occurrence) => {
    const copy = copies.get(occurrence.target.key);
    if (copy === undefined || skip(occurrence.target.key) || !WEB_LINK.test(occurrence.written)) return [];
    // A LaTeX-escaped link (`my\_tool`) keeps its escaping style in the new address.
    const url = occurrence.written.includes('\\_') ? copy.replace(/_/g, '\\_') : copy;
    return [{ start: occurrence.start, end: occurrence.end, with: url }];
  };
}
