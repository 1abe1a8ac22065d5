// GraphQL documents for batched lookups: one aliased `repository(owner:, name:)` per repository,
// only the fields the classifier needs, and `rateLimit` to see the cost. Every document this file
// can produce is validated against GitHub's schema (@octokit/graphql-schema) in a test.
//
// Cost (github-api.md): 1 + one request per nested connection per alias, divided by 100.
// `repositoryTopics(first:)` and `issues { totalCount }` are the only connections, so a batch of
// 100 costs about 2 points; the head commit date comes from `target { committedDate }`, not from
// a `history` connection, to keep it that way.
export const TOPICS_FIRST = 20;
const str = (s) => JSON.stringify(s);
export const REPOSITORY_FIELDS = `nameWithOwner url isEmpty isArchived isDisabled isFork isPrivate
    stargazerCount forkCount issues(states: OPEN) { totalCount }
    licenseInfo { spdxId key }
    createdAt pushedAt updatedAt description homepageUrl
    primaryLanguage { name }
    repositoryTopics(first: ${TOPICS_FIRST}) { nodes { topic { name } } }
    latestRelease { tagName publishedAt }
    defaultBranchRef { name target { ... on Commit { committedDate } } }
    root: object(expression: "HEAD:") { ... on Tree { entries { name type } } }`;
function repoSelection(item) {
    const subpaths = item.subpaths.map((s, i) => `\n    p${i}: object(expression: ${str(s.expression)}) { __typename }`).join('');
    return `  ${item.alias}: repository(owner: ${str(item.owner)}, name: ${str(item.name)}, followRenames: true) {
    ${REPOSITORY_FIELDS}${subpaths}
  }`;
}
function ownerSelection(item) {
    return `  ${item.alias}: repositoryOwner(login: ${str(item.login)}) { login url }`;
}
/** One query for a batch of repositories and owners. */
export function buildBatchQuery(repos, owners = []) {
    const parts = [...repos.map(repoSelection), ...owners.map(ownerSelection)];
    return `query RepoAuditBatch {\n${parts.join('\n')}\n  rateLimit { cost remaining resetAt limit used }\n}\n`;
}
/** The `object(expression:)` for a linked sub-path: `<ref>:<path>`, HEAD when the link names no ref. */
export function subpathExpression(ref, path) {
    return `${ref ?? 'HEAD'}:${path}`;
}
/** Points a batch should cost (github-api.md formula), for budget planning. */
export function estimateBatchCost(size) {
    return Math.max(1, Math.round((1 + 2 * size) / 100));
}
//# sourceMappingURL=github-query.js.map