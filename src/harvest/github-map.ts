// GitHub answers → RepoFacts. One function per answer shape (GraphQL node, REST repository object).
import type { RepoFacts, RepoRef, TreeEntry } from '../types.js';
import { blankFacts } from './facts.js';

/** The fields of a Repository node as github-query.ts asks for them. */
export interface RepoNode {
  nameWithOwner: string;
  url: string;
  isEmpty: boolean;
  isArchived: boolean;
  isDisabled: boolean;
  isFork: boolean;
  isPrivate?: boolean;
  stargazerCount: number;
  forkCount: number;
  issues?: { totalCount: number } | null;
  licenseInfo: { spdxId: string | null; key: string } | null;
  createdAt: string | null;
  pushedAt: string | null;
  updatedAt: string | null;
  description: string | null;
  homepageUrl: string | null;
  primaryLanguage: { name: string } | null;
  repositoryTopics?: { nodes: ({ topic: { name: string } } | null)[] } | null;
  latestRelease: { tagName: string; publishedAt: string | null } | null;
  defaultBranchRef: { name: string; target: { committedDate?: string } | null } | null;
  root: { entries?: TreeEntry[] } | null;
  [subpath: `p${number}`]: { __typename: string } | null;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `other`/NOASSERTION stays NOASSERTION (a licence of unknown kind, not none). */
function spdx(info: { spdxId: string | null; key: string } | null): string | null {
  if (!info) return null;
  return info.spdxId ?? (info.key === 'other' ? 'NOASSERTION' : info.key.toUpperCase());
}

export function factsFromNode(ref: RepoRef, node: RepoNode, subpathKeys: string[], checkedAt: string): RepoFacts {
  const facts = blankFacts(ref, 'found', 'graphql', checkedAt);
  const moved = ref.repo !== null && !sameName(ref.repo, node.nameWithOwner);
  return {
    ...facts,
    outcome: node.isDisabled ? 'blocked' : 'found',
    blockReason: node.isDisabled ? 'disabled' : null,
    httpStatus: 200,
    canonicalRepo: node.nameWithOwner,
    canonicalUrl: node.url,
    moved,
    stars: node.stargazerCount,
    forks: node.forkCount,
    openIssues: node.issues?.totalCount ?? null,
    license: spdx(node.licenseInfo),
    archived: node.isArchived,
    private: node.isPrivate ?? null,
    disabled: node.isDisabled,
    fork: node.isFork,
    empty: node.isEmpty,
    createdAt: node.createdAt,
    pushedAt: node.pushedAt,
    updatedAt: node.updatedAt,
    lastCommitAt: node.defaultBranchRef?.target?.committedDate ?? null,
    description: node.description,
    homepage: node.homepageUrl || null,
    topics: (node.repositoryTopics?.nodes ?? []).flatMap((n) => (n ? [n.topic.name] : [])),
    language: node.primaryLanguage?.name ?? null,
    latestRelease: node.latestRelease ? { tag: node.latestRelease.tagName, publishedAt: node.latestRelease.publishedAt } : null,
    defaultBranch: node.defaultBranchRef?.name ?? null,
    // An empty repository has no tree: that is "no entries", not "unknown".
    rootEntries: node.root?.entries ?? (node.isEmpty ? [] : null),
    subpaths: Object.fromEntries(subpathKeys.map((k, i) => [k, node.isEmpty ? false : node[`p${i}`] != null])),
  };
}

/** The REST `GET /repos/{o}/{r}` object (the fields we read). */
export interface RestRepo {
  full_name: string;
  html_url: string;
  stargazers_count: number;
  forks_count: number;
  open_issues_count: number;
  license: { spdx_id: string | null; key: string } | null;
  archived: boolean;
  private?: boolean;
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

export function factsFromRest(ref: RepoRef, repo: RestRepo, moved: boolean, checkedAt: string): RepoFacts {
  const facts = blankFacts(ref, 'found', 'rest', checkedAt);
  const license = repo.license ? spdx({ spdxId: repo.license.spdx_id, key: repo.license.key }) : null;
  return {
    ...facts,
    outcome: repo.disabled ? 'blocked' : 'found',
    blockReason: repo.disabled ? 'disabled' : null,
    httpStatus: moved ? 301 : 200,
    canonicalRepo: repo.full_name,
    canonicalUrl: repo.html_url,
    moved: moved || (ref.repo !== null && !sameName(ref.repo, repo.full_name)),
    stars: repo.stargazers_count,
    forks: repo.forks_count,
    openIssues: repo.open_issues_count,
    license,
    archived: repo.archived,
    private: repo.private ?? null,
    disabled: repo.disabled ?? null,
    fork: repo.fork,
    createdAt: repo.created_at,
    pushedAt: repo.pushed_at,
    updatedAt: repo.updated_at,
    description: repo.description,
    homepage: repo.homepage || null,
    topics: repo.topics ?? [],
    language: repo.language,
    defaultBranch: repo.default_branch,
  };
}

/** 404 / 451 / 403-blocked bodies → outcome. */
export function missingFacts(ref: RepoRef, status: number, data: unknown, via: string, checkedAt: string): RepoFacts {
  const facts = blankFacts(ref, status === 404 ? 'not-found' : 'blocked', via, checkedAt);
  const block = (data as { block?: { reason?: string } } | null)?.block;
  const reason = status === 404 ? null : (block?.reason ?? (status === 451 ? 'dmca' : 'blocked'));
  return { ...facts, httpStatus: status, blockReason: reason };
}
