import { cmp } from './sort.js';
const DEAD = ['not-found', 'blocked'];
const HOLLOW = ['empty', 'placeholder'];
const BROKEN = [...DEAD, ...HOLLOW];
const MAX_STAR_GAINS = 5;
export function diffSnapshots(prev, cur) {
    const before = new Map(prev.repos.map((r) => [r.key.toLowerCase(), r]));
    const current = [...cur.repos].sort((a, b) => cmp(a.key, b.key));
    const change = (r, p, reason) => ({
        key: r.key,
        url: r.url,
        was: p?.status ?? null,
        now: r.status,
        reason: reason ?? r.reasons.status ?? r.status,
    });
    const pairs = current.map((r) => [r, before.get(r.key.toLowerCase())]);
    const stable = pairs.filter((x) => x[1] !== undefined);
    const currentKeys = new Set(current.map((r) => r.key.toLowerCase()));
    return {
        since: prev.generatedAt,
        newlyDead: pairs.filter(([r, p]) => DEAD.includes(r.status) && !(p && DEAD.includes(p.status))).map(([r, p]) => change(r, p)),
        recovered: stable.filter(([r, p]) => r.status === 'ok' && BROKEN.includes(p.status)).map(([r, p]) => change(r, p)),
        newlyEmpty: pairs.filter(([r, p]) => HOLLOW.includes(r.status) && !(p && HOLLOW.includes(p.status))).map(([r, p]) => change(r, p)),
        renamed: stable
            .filter(([r, p]) => r.flags.includes('moved') && (!p.flags.includes('moved') || p.canonicalUrl !== r.canonicalUrl))
            .map(([r, p]) => ({ ...change(r, p, r.reasons.moved), canonicalUrl: r.canonicalUrl })),
        promisesKept: stable
            .filter(([r, p]) => p.flags.includes('promise-unkept') && !r.flags.includes('promise-unkept') && r.status === 'ok')
            .map(([r, p]) => change(r, p, 'the promised code is there now')),
        starGains: starGains(stable),
        added: pairs.length - stable.length,
        removed: [...before.keys()].filter((k) => !currentKeys.has(k)).length,
    };
}
function starGains(pairs) {
    return pairs
        .filter(([r, p]) => r.stars !== null && p.stars !== null && r.stars > p.stars)
        .map(([r, p]) => ({ key: r.key, url: r.url, from: p.stars ?? 0, to: r.stars ?? 0, gain: (r.stars ?? 0) - (p.stars ?? 0) }))
        .sort((a, b) => b.gain - a.gain || cmp(a.key, b.key))
        .slice(0, MAX_STAR_GAINS);
}
/** True when nothing a reader would care about changed. */
export function isQuiet(d) {
    return [d.newlyDead, d.recovered, d.newlyEmpty, d.renamed, d.promisesKept, d.starGains].every((l) => l.length === 0) && d.added === 0 && d.removed === 0;
}
//# sourceMappingURL=diff.js.map