// GitHub's per-minute secondary limits (github-api.md): at most 900 points a minute for REST
// (a GET costs 1, a write 5) and 2,000 for GraphQL (a query costs 1), per token. Kept as a
// sliding 60-second window on the simulator clock, per token and endpoint (see endpointOf).
const WINDOW_MS = 60_000;
export class MinuteWindows {
    windows = new Map();
    window(key, now) {
        let w = this.windows.get(key);
        if (!w) {
            w = { times: [], points: [], head: 0, sum: 0 };
            this.windows.set(key, w);
        }
        while (w.head < w.times.length && w.times[w.head] <= now - WINDOW_MS)
            w.sum -= w.points[w.head++];
        if (w.head > 1024 && w.head * 2 > w.times.length) {
            w.times = w.times.slice(w.head);
            w.points = w.points.slice(w.head);
            w.head = 0;
        }
        return w;
    }
    /**
     * Record `points` if they fit under `limit`; otherwise return the seconds until they would
     * (for `retry-after`). A null limit never refuses.
     */
    take(key, now, points, limit) {
        const w = this.window(key, now);
        if (limit !== null && w.sum + points > limit) {
            let freed = w.sum;
            let i = w.head;
            while (i < w.times.length && freed + points > limit)
                freed -= w.points[i++];
            const until = (w.times[i - 1] ?? now) + WINDOW_MS;
            return Math.max(1, Math.ceil((until - now) / 1000));
        }
        w.times.push(now);
        w.points.push(points);
        w.sum += points;
        return null;
    }
}
/** The route template of a REST path: `/repos/a/b/contents/x` → `/repos/{owner}/{repo}/contents/{path}`. */
export function endpointOf(path) {
    return path
        .replace(/^\/api\/v3(?=\/|$)/, '')
        .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{owner}/{repo}')
        .replace(/^\/repositories\/\d+/, '/repos/{owner}/{repo}')
        .replace(/^(\/repos\/\{owner\}\/\{repo\}\/contents)(\/.*)?$/, '$1/{path}')
        .replace(/^\/(users|orgs)\/[^/]+$/, '/$1/{login}')
        .replace(/\/+$/, '') || '/';
}
//# sourceMappingURL=minute-window.js.map