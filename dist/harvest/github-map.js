import { blankFacts } from './facts.js';
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `other`/NOASSERTION stays NOASSERTION (a licence of unknown kind, not none). */
function spdx(info) {
    if (!info)
        return null;
    return info.spdxId ?? (info.key === 'other' ? 'NOASSERTION' : info.key.toUpperCase());
}
export function factsFromNode(ref, node, subpathKeys, checkedAt) {
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
export function factsFromRest(ref, repo, moved, checkedAt) {
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
export function missingFacts(ref, status, data, via, checkedAt) {
    const facts = blankFacts(ref, status === 404 ? 'not-found' : 'blocked', via, checkedAt);
    const block = data?.block;
    const reason = status === 404 ? null : (block?.reason ?? (status === 451 ? 'dmca' : 'blocked'));
    return { ...facts, httpStatus: status, blockReason: reason };
}
//# sourceMappingURL=github-map.js.map