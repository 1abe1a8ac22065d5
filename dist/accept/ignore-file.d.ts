/** The file looked for in the working directory when no other is named. */
export declare const DEFAULT_IGNORE_FILE = ".repo-audit-ignore";
export interface IgnoreEntry {
    /** The entry as written (`oldlab/tool`, a URL, a glob). */
    entry: string;
    /** Where it was written: `file:line`. */
    at: string;
    reason: string | null;
    /** Last day the acceptance holds (`YYYY-MM-DD`, inclusive), or null for no expiry. */
    until: string | null;
    /** Does it name this target? `key` is a target key, `url` its address. */
    matches(key: string, url: string): boolean;
}
export interface IgnoreList {
    entries: IgnoreEntry[];
    /** Malformed lines: `file:line: why`, one each; the other lines still count. */
    problems: {
        source: string;
        line: number;
        message: string;
    }[];
}
export declare class IgnoreFileError extends Error {
}
/** Parse the text of an ignore file named `source`. */
export declare function parseIgnoreFile(text: string, source: string): IgnoreList;
/**
 * Read the ignore file: `path` when one is named (it must exist), else `.repo-audit-ignore` in
 * the working directory when there is one. An unreadable named file throws IgnoreFileError.
 */
export declare function loadIgnoreFile(path: string | null): Promise<IgnoreList>;
/** Whether an acceptance that holds until `until` has run out on `now` (the last day still counts). */
export declare function isExpired(until: string | null, now: Date): boolean;
