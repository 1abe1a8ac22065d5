export declare const DOCS = "https://docs.github.com/rest";
export declare function notFound(doc?: string): Record<string, string>;
export declare function movedPermanently(location: string): Record<string, string>;
export declare function accessBlocked(reason: string, createdAt: string, htmlUrl: string): Record<string, unknown>;
export declare const BAD_CREDENTIALS: {
    message: string;
    documentation_url: string;
    status: string;
};
export declare const GRAPHQL_UNAUTHENTICATED: {
    message: string;
    documentation_url: string;
};
export declare const EMPTY_REPOSITORY: {
    message: string;
    documentation_url: string;
    status: string;
};
export declare function primaryLimitBody(who: string, authenticated: boolean): Record<string, string>;
export declare const SECONDARY_LIMIT: {
    message: string;
    documentation_url: string;
    status: string;
};
export declare function serverError(status: number): Record<string, string>;
