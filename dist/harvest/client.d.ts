import type { ResolvedOptions } from '../options.js';
export interface ApiResponse {
    status: number;
    headers: Record<string, string>;
    data: unknown;
}
export interface GitHubClient {
    readonly hasToken: boolean;
    readonly apiUrl: string;
    readonly graphqlUrl: string;
    /** An answer came from a host given by name (not an IP): name resolution works on this machine. */
    readonly resolvedByName: boolean;
    /** GET a REST path (`/repos/o/r`) or an absolute URL on the API host. Redirects are not followed. */
    get(pathOrUrl: string, opts?: {
        etag?: string | null;
        signal?: AbortSignal;
    }): Promise<ApiResponse>;
    /** POST a GraphQL document; the raw answer (partial data and errors are not thrown). */
    graphql(query: string, signal?: AbortSignal): Promise<ApiResponse>;
    close(): Promise<void>;
}
export declare function createGitHubClient(options: Pick<ResolvedOptions, 'token' | 'apiUrl' | 'graphqlUrl' | 'concurrency'>): GitHubClient;
