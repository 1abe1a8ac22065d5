// Accepted problems: the ignore file's entries marked on the snapshot's repositories. An accepted
// repository does not trigger --fail-on and is listed apart in health.md; once its date has passed
// it counts again, marked "accepted until … (expired)".
import type { Snapshot, SnapshotRepo } from '../types.js';
import { isExpired, type IgnoreEntry } from './ignore-file.js';

/** Marks the repositories of `snapshot` that an entry names (the first entry that matches wins). */
export function markAccepted(snapshot: Snapshot, entries: readonly IgnoreEntry[], now: Date): Snapshot {
  if (entries.length === 0) return snapshot;
  return { ...snapshot, repos: snapshot.repos.map((r) => acceptRepo(r, entries, now)) };
}

/** One repository, marked when an entry names it (markAccepted's step; the audit marks each as it is classified). */
export function acceptRepo(r: SnapshotRepo, entries: readonly IgnoreEntry[], now: Date): SnapshotRepo {
  const entry = entries.find((e) => e.matches(r.key.toLowerCase(), r.url));
  if (!entry) return r;
  return { ...r, accepted: { entry: entry.entry, at: entry.at, reason: entry.reason, until: entry.until, expired: isExpired(entry.until, now) } };
}

/** Accepted and not expired: left out of --fail-on and out of the problem tables. */
export function isAccepted(r: Pick<SnapshotRepo, 'accepted'>): boolean {
  return r.accepted !== undefined && !r.accepted.expired;
}
