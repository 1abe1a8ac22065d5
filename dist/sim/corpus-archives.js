// The `archives` section of a corpus scenario: SIMULATED Software Heritage and Wayback records for
// some of the dead repositories, so the demo shows archived copies. Deterministic (seeded hash):
// about 45% have a Software Heritage snapshot, 15% are known there without one (failed visits),
// 15% only a Wayback capture, the rest nothing; half of the archived ones also a Wayback capture.
import { createHash } from 'node:crypto';
import { hashUnit } from './random.js';
import { isoSeconds } from './clock.js';
const DAY = 86_400_000;
const DEAD_STATES = new Set(['not-found', 'dmca', 'blocked', 'disabled']);
const waybackStamp = (ms) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
export function isDead(e) {
    return DEAD_STATES.has(e.state ?? 'ok') || e.empty === true;
}
/** Archive records for the dead repositories among `repos` (names as the corpus links them). */
export function corpusArchives(repos, nowMs) {
    const origins = [];
    const snapshots = [];
    for (const e of repos.filter(isDead)) {
        const u = (salt) => hashUnit(`${e.repo.toLowerCase()}#archive-${salt}`);
        const url = `https://github.com/${e.repo}`;
        const visited = nowMs - (60 + u('age') * 900) * DAY;
        const band = u('band');
        if (band < 0.45) {
            const snapshot = createHash('sha1').update(`simulated snapshot of ${e.repo}`).digest('hex');
            // A later visit that failed (the repository was gone by then): require_snapshot skips it.
            origins.push({ url, visits: [{ date: isoSeconds(visited), status: 'full', snapshot, type: 'git' }, { date: isoSeconds(visited + 30 * DAY), status: 'not_found', snapshot: null, type: 'git' }] });
        }
        else if (band < 0.6) {
            origins.push({ url, visits: [{ date: isoSeconds(visited), status: 'failed', snapshot: null, type: 'git' }] });
        }
        if ((band < 0.6 && u('wayback') < 0.5) || (band >= 0.6 && band < 0.75))
            snapshots.push({ url, timestamp: waybackStamp(visited - 40 * DAY) });
    }
    return { swh: { origins }, wayback: { snapshots } };
}
//# sourceMappingURL=corpus-archives.js.map