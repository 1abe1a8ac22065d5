// Per-minute pacing. GitHub's secondary limits (docs: rate-limits-for-the-rest-api.md, "About
// secondary rate limits"; github-api.md here) allow at most 900 points per minute for REST
// endpoints and 2,000 for GraphQL, where a GET or a GraphQL query costs 1 point. "There is not a
// way to check the status" of these limits, so the harvester keeps its own count and never sends
// what would go over, instead of waiting to be told (a 403 with retry-after, and a ban if repeated).
//
// A sliding 60-second window per resource (`core` pools every REST endpoint: stricter than
// GitHub's per-endpoint wording, so it holds whichever way GitHub counts). A request counts from
// the moment its ANSWER arrives: the server counted it when it arrived there, which is before we
// hear back, so "answered more than a minute ago" proves "counted more than a minute ago" whatever
// the network delay. Requests still in flight count as if answered now.
const WINDOW_MS = 60_000;
export class MinuteWindow {
    limit;
    /** Answer times (ms), oldest first; `head` is the oldest one still inside the window. */
    times = [];
    head = 0;
    constructor(limit) {
        this.limit = limit;
    }
    drop(now) {
        while (this.head < this.times.length && this.times[this.head] <= now - WINDOW_MS)
            this.head++;
        if (this.head > 1024 && this.head * 2 > this.times.length) {
            this.times = this.times.slice(this.head);
            this.head = 0;
        }
    }
    /** An answer arrived at `now` (answers can land out of order by a few ms: keep the list sorted). */
    record(now) {
        let i = this.times.length;
        while (i > this.head && this.times[i - 1] > now)
            i--;
        this.times.splice(i, 0, now);
    }
    /**
     * When one more request may be sent, given `inFlight` unanswered ones: `now` if it fits, the
     * moment enough answers leave the window, or null when only in-flight answers block it (they
     * must land first; they then count for a minute too).
     */
    nextSlot(now, inFlight) {
        this.drop(now);
        const answered = this.times.length - this.head;
        const over = answered + inFlight + 1 - this.limit;
        if (over <= 0)
            return now;
        if (over > answered)
            return null;
        return this.times[this.head + over - 1] + WINDOW_MS;
    }
    /** Answers inside the window now (for tests and progress). */
    used(now) {
        this.drop(now);
        return this.times.length - this.head;
    }
}
//# sourceMappingURL=pace.js.map