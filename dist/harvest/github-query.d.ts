export interface RepoItem {
    alias: string;
    owner: string;
    name: string;
    /** Linked sub-paths to test with `object(expression: "<ref>:<path>")`. */
    subpaths: {
        key: string;
        expression: string;
    }[];
}
export interface OwnerItem {
    alias: string;
    login: string;
}
export declare const TOPICS_FIRST = 20;
export declare const REPOSITORY_FIELDS = "nameWithOwner url isEmpty isArchived isDisabled isFork isPrivate\n    stargazerCount forkCount issues(states: OPEN) { totalCount }\n    licenseInfo { spdxId key }\n    createdAt pushedAt updatedAt description homepageUrl\n    primaryLanguage { name }\n    repositoryTopics(first: 20) { nodes { topic { name } } }\n    latestRelease { tagName publishedAt }\n    defaultBranchRef { name target { ... on Commit { committedDate } } }\n    root: object(expression: \"HEAD:\") { ... on Tree { entries { name type } } }";
/** One query for a batch of repositories and owners. */
export declare function buildBatchQuery(repos: RepoItem[], owners?: OwnerItem[]): string;
/** The `object(expression:)` for a linked sub-path: `<ref>:<path>`, HEAD when the link names no ref. */
export declare function subpathExpression(ref: string | null, path: string): string;
/** Points a batch should cost (github-api.md formula), for budget planning. */
export declare function estimateBatchCost(size: number): number;
