// Seeded randomness, so that jitter and random faults repeat exactly from one run to the next.
import { createHash } from 'node:crypto';
/** mulberry32: small, fast, good enough for simulated faults. */
export function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A stable number in [0, 1) for a string: the same repository always gets the same fate. */
export function hashUnit(text) {
    return createHash('sha256').update(text).digest().readUInt32BE(0) / 4294967296;
}
/** Short, stable, non-reversible label for a token (the log never holds the token itself). */
export function tokenLabel(token) {
    return token === null ? 'none' : createHash('sha256').update(token).digest('hex').slice(0, 8);
}
//# sourceMappingURL=random.js.map