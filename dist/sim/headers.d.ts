export declare function commonHeaders(now: number, requestId: number, authenticated: boolean): Record<string, string>;
