// The request log: one entry per answered (or reset) request, in memory and optionally as JSONL,
// so tests and benchmarks can count requests and prove a client never tripped a limit.
import { closeSync, openSync, writeSync } from 'node:fs';
export class RequestLog {
    list = [];
    fd;
    /** `file`: also write each entry there as one JSON line (the file is truncated first). */
    constructor(file = null) {
        // One descriptor for the whole run: benchmarks log 100,000 requests.
        this.fd = file ? openSync(file, 'w') : null;
    }
    add(entry) {
        this.list.push(entry);
        if (this.fd !== null)
            writeSync(this.fd, JSON.stringify(entry) + '\n');
    }
    /** Stop writing the JSONL file (the in-memory log stays readable). */
    close() {
        if (this.fd !== null)
            closeSync(this.fd);
        this.fd = null;
    }
    entries() {
        return [...this.list];
    }
    violations() {
        return this.list.filter((e) => e.violation !== null);
    }
    get counts() {
        const byStatus = {};
        let graphql = 0;
        let archives = 0;
        for (const e of this.list) {
            byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
            if (/^\/(api\/)?graphql/.test(e.path))
                graphql++;
            else if (e.resource === 'swh' || e.resource === 'wayback')
                archives++;
        }
        return { total: this.list.length, byStatus, violations: this.violations().length, rest: this.list.length - graphql - archives, graphql, archives };
    }
    clear() {
        this.list.length = 0;
    }
}
//# sourceMappingURL=log.js.map