import { retryAfterMs } from './http.js';
const MAX_PAUSE_MS = 60_000;
export class Wayback {
    o;
    spent = null;
    nextAt = 0;
    constructor(o) {
        this.o = o;
    }
    async closest(url) {
        const maxRetries = this.o.maxRetries ?? 3;
        for (let attempt = 0;; attempt++) {
            if (this.spent)
                return { kind: 'unchecked', why: this.spent };
            const now = this.o.clock.now();
            if (this.nextAt > now)
                await this.o.clock.sleep(this.nextAt - now, this.o.signal);
            this.nextAt = this.o.clock.now() + (this.o.minGapMs ?? 350);
            this.o.onRequest();
            const res = await this.o.http.send('GET', `${this.o.base}?url=${encodeURIComponent(url)}`);
            if (res.status === 200)
                return parseClosest(res.data);
            const transient = res.status === 0 || res.status === 429 || res.status >= 500;
            if (!transient)
                return { kind: 'unchecked', why: `HTTP ${res.status} from the Wayback Machine` };
            const wait = retryAfterMs(res.headers, this.o.clock.now()) ?? (this.o.backoffMs ?? 1000) * 2 ** attempt;
            if (attempt < maxRetries && wait <= MAX_PAUSE_MS) {
                await this.o.clock.sleep(wait, this.o.signal);
                continue;
            }
            // Still refused or failing after the retries: stop asking for this run (one notice).
            this.spent = res.status === 429 ? 'the Wayback Machine kept answering 429 (too many requests)' : res.status ? `the Wayback Machine kept answering HTTP ${res.status}` : `no answer from the Wayback Machine (${res.error ?? 'network'})`;
            return { kind: 'unchecked', why: this.spent };
        }
    }
}
function parseClosest(data) {
    const closest = data?.archived_snapshots?.closest;
    if (!closest || closest.available !== true || typeof closest.url !== 'string' || typeof closest.timestamp !== 'string')
        return { kind: 'none' };
    // The API writes `http://web.archive.org/…`; the same capture answers over https.
    return { kind: 'copy', copy: { url: closest.url.replace(/^http:\/\/web\.archive\.org\//, 'https://web.archive.org/'), timestamp: closest.timestamp } };
}
//# sourceMappingURL=wayback.js.map