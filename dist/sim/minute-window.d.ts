export declare class MinuteWindows {
    private readonly windows;
    private window;
    /**
     * Record `points` if they fit under `limit`; otherwise return the seconds until they would
     * (for `retry-after`). A null limit never refuses.
     */
    take(key: string, now: number, points: number, limit: number | null): number | null;
}
/** The route template of a REST path: `/repos/a/b/contents/x` → `/repos/{owner}/{repo}/contents/{path}`. */
export declare function endpointOf(path: string): string;
