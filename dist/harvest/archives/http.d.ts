export interface ArchiveResponse {
    /** 0 when no HTTP answer arrived (refused, reset, timeout). */
    status: number;
    headers: Record<string, string>;
    data: unknown;
    /** Why there was no answer (status 0); never holds a token. */
    error: string | null;
}
export declare class ArchiveHttp {
    private readonly timeoutMs;
    private readonly secret;
    private readonly agent;
    constructor(timeoutMs: number, secret: string | null);
    send(method: 'GET' | 'POST', url: string, headers?: Record<string, string>): Promise<ArchiveResponse>;
    close(): Promise<void>;
}
/** `Retry-After` as milliseconds from `now` (seconds or an HTTP date, RFC 9110 §10.2.3); null if absent or unreadable. */
export declare function retryAfterMs(headers: Record<string, string>, now: number): number | null;
