import type { RepoFacts, RepoRef, TreeEntry } from '../types.js';
/** The fields of a Repository node as github-query.ts asks for them. */
export interface RepoNode {
    nameWithOwner: string;
    url: string;
    isEmpty: boolean;
    isArchived: boolean;
    isDisabled: boolean;
    isFork: boolean;
    stargazerCount: number;
    forkCount: number;
    issues?: {
        totalCount: number;
    } | null;
    licenseInfo: {
        spdxId: string | null;
        key: string;
    } | null;
    createdAt: string | null;
    pushedAt: string | null;
    updatedAt: string | null;
    description: string | null;
    homepageUrl: string | null;
    primaryLanguage: {
        name: string;
    } | null;
    repositoryTopics?: {
        nodes: ({
            topic: {
                name: string;
            };
        } | null)[];
    } | null;
    latestRelease: {
        tagName: string;
        publishedAt: string | null;
    } | null;
    defaultBranchRef: {
        name: string;
        target: {
            committedDate?: string;
        } | null;
    } | null;
    root: {
        entries?: TreeEntry[];
    } | null;
    [subpath: `p${number}`]: {
        __typename: string;
    } | null;
}
export declare function factsFromNode(ref: RepoRef, node: RepoNode, subpathKeys: string[], checkedAt: string): RepoFacts;
/** The REST `GET /repos/{o}/{r}` object (the fields we read). */
export interface RestRepo {
    full_name: string;
    html_url: string;
    stargazers_count: number;
    forks_count: number;
    open_issues_count: number;
    license: {
        spdx_id: string | null;
        key: string;
    } | null;
    archived: boolean;
    disabled?: boolean;
    fork: boolean;
    size: number;
    created_at: string | null;
    pushed_at: string | null;
    updated_at: string | null;
    description: string | null;
    homepage: string | null;
    topics?: string[];
    language: string | null;
    default_branch: string;
}
export declare function factsFromRest(ref: RepoRef, repo: RestRepo, moved: boolean, checkedAt: string): RepoFacts;
/** 404 / 451 / 403-blocked bodies → outcome. */
export declare function missingFacts(ref: RepoRef, status: number, data: unknown, via: string, checkedAt: string): RepoFacts;
