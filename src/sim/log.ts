// The request log: one entry per answered (or reset) request, in memory and optionally as JSONL,
// so tests and benchmarks can count requests and prove a client never tripped a limit.
import { closeSync, openSync, writeSync } from 'node:fs';

/** `archive-limit`: a simulated Software Heritage bucket was exceeded (429). */
export type Violation = 'secondary-limit' | 'primary-limit' | 'archive-limit' | null;

export interface LogEntry {
  /** Simulator clock (ms since the epoch) when the request arrived. */
  time: number;
  method: string;
  /** Path and query as requested. */
  path: string;
  /** HTTP status, or 0 when the connection was reset on purpose. */
  status: number;
  /** `none`, or a short hash of the token (never the token). */
  token: string;
  /** The budget the request belongs to (`core` for REST, `graphql`, `swh`, `wayback`); null if it was never routed (reset). */
  resource: 'core' | 'graphql' | 'swh' | 'wayback' | null;
  /** Repositories a GraphQL query asked for (0 for REST). */
  graphqlRepos: number;
  /** Points or requests charged (0 for free answers: 304, /rate_limit, errors before charging). */
  cost: number;
  /** Requests in flight for this token's account when it arrived, itself included (tokens of one user share it). */
  inFlight: number;
  violation: Violation;
  /** Which fault, if any, shaped the answer: `fail-first`, `random-5xx`, `reset`, `graphql-timeout`, `resource-limits`. */
  fault: string | null;
  /** Real milliseconds spent answering. */
  durationMs: number;
}

export interface LogCounts {
  total: number;
  byStatus: Record<string, number>;
  violations: number;
  rest: number;
  graphql: number;
  /** Requests to the simulated Software Heritage and Wayback Machine. */
  archives: number;
}

export class RequestLog {
  private readonly list: LogEntry[] = [];
  private fd: number | null;

  /** `file`: also write each entry there as one JSON line (the file is truncated first). */
  constructor(file: string | null = null) {
    // One descriptor for the whole run: benchmarks log 100,000 requests.
    this.fd = file ? openSync(file, 'w') : null;
  }

  add(entry: LogEntry): void {
    this.list.push(entry);
    if (this.fd !== null) writeSync(this.fd, JSON.stringify(entry) + '\n');
  }

  /** Stop writing the JSONL file (the in-memory log stays readable). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  entries(): LogEntry[] {
    return [...this.list];
  }

  violations(): LogEntry[] {
    return this.list.filter((e) => e.violation !== null);
  }

  get counts(): LogCounts {
    const byStatus: Record<string, number> = {};
    let graphql = 0;
    let archives = 0;
    for (const e of this.list) {
      byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
      if (/^\/(api\/)?graphql/.test(e.path)) graphql++;
      else if (e.resource === 'swh' || e.resource === 'wayback') archives++;
    }
    return { total: this.list.length, byStatus, violations: this.violations().length, rest: this.list.length - graphql - archives, graphql, archives };
  }

  clear(): void {
    this.list.length = 0;
  }
}
