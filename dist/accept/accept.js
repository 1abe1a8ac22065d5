import { isExpired } from './ignore-file.js';
/** Marks the repositories of `snapshot` that an entry names (the first entry that matches wins). */
export function markAccepted(snapshot, entries, now) {
    if (entries.length === 0)
        return snapshot;
    const repos = snapshot.repos.map((r) => {
        const entry = entries.find((e) => e.matches(r.key.toLowerCase(), r.url));
        if (!entry)
            return r;
        return { ...r, accepted: { entry: entry.entry, at: entry.at, reason: entry.reason, until: entry.until, expired: isExpired(entry.until, now) } };
    });
    return { ...snapshot, repos };
}
/** Accepted and not expired: left out of --fail-on and out of the problem tables. */
export function isAccepted(r) {
    return r.accepted !== undefined && !r.accepted.expired;
}
//# sourceMappingURL=accept.js.map