export declare function snapshotChanged(previous: unknown, current: unknown): boolean;
