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
    /** Requests in flight for this token when it arrived, itself included. */
    inFlight: number;
    violation: Violation;
    /** Which fault, if any, shaped the answer: `fail-first`, `random-5xx`, `reset`, `graphql-timeout`. */
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
export declare class RequestLog {
    private readonly list;
    private fd;
    /** `file`: also write each entry there as one JSON line (the file is truncated first). */
    constructor(file?: string | null);
    add(entry: LogEntry): void;
    /** Stop writing the JSONL file (the in-memory log stays readable). */
    close(): void;
    entries(): LogEntry[];
    violations(): LogEntry[];
    get counts(): LogCounts;
    clear(): void;
}
