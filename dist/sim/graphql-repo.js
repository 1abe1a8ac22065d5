// A scenario repository as a GraphQL `Repository` source object for graphql-js `execute`:
// plain properties for scalars, functions (args) => value for fields with arguments.
// `__typename` on every abstract value lets graphql-js resolve interfaces and unions.
import { createHash } from 'node:crypto';
import { licenseInfo } from './license.js';
import { nodeId } from './rest-repo.js';
const sha = (text) => createHash('sha1').update(text).digest('hex');
function connection(items, args) {
    const page = args.first != null ? items.slice(0, args.first) : args.last != null ? items.slice(-args.last) : items;
    return {
        totalCount: items.length,
        nodes: page,
        edges: page.map((node, i) => ({ node, cursor: Buffer.from(`cursor:${i}`).toString('base64') })),
        pageInfo: { hasNextPage: page.length < items.length, hasPreviousPage: false, startCursor: null, endCursor: null },
    };
}
function ownerObject(login) {
    return { __typename: 'Organization', login, url: `https://github.com/${login}`, id: nodeId('Organization', login), resourcePath: `/${login}` };
}
function treeObject(store, repo, ref, dir) {
    const entries = store.entries(repo, ref, dir) ?? [];
    return {
        __typename: 'Tree',
        oid: sha(`${repo.repo}:${ref}:${dir}`),
        entries: entries.map((e) => ({
            name: e.name,
            type: e.type,
            path: dir ? `${dir}/${e.name}` : e.name,
            mode: e.type === 'tree' ? 16384 : 33188,
            oid: sha(`${repo.repo}:${ref}:${dir}/${e.name}`),
            extension: e.type === 'blob' && e.name.includes('.') ? e.name.slice(e.name.lastIndexOf('.')) : null,
            isGenerated: false,
        })),
    };
}
function commitObject(repo) {
    const date = repo.lastCommitAt ?? repo.pushedAt;
    const oid = sha(`${repo.repo}#0`);
    return {
        __typename: 'Commit',
        oid,
        abbreviatedOid: oid.slice(0, 7),
        committedDate: date,
        authoredDate: date,
        pushedDate: repo.pushedAt,
        message: 'Latest commit',
        messageHeadline: 'Latest commit',
        url: `https://github.com/${repo.repo}/commit/${oid}`,
        // The simulator keeps no individual commits: the newest carries lastCommitAt, older ones createdAt.
        history: (args) => {
            const n = Math.min(repo.commitCount, args.first ?? 0);
            const nodes = Array.from({ length: n }, (_, i) => {
                const when = i === 0 ? date : repo.createdAt;
                return { __typename: 'Commit', oid: sha(`${repo.repo}#${i}`), committedDate: when, authoredDate: when, messageHeadline: i === 0 ? 'Latest commit' : 'Commit' };
            });
            return { totalCount: repo.commitCount, nodes, edges: nodes.map((node) => ({ node, cursor: node.oid })), pageInfo: { hasNextPage: n < repo.commitCount, hasPreviousPage: false } };
        },
    };
}
/** `object(expression: "REF:path")`: a Tree, a Blob, a Commit (no colon), or null. */
function gitObject(store, repo, expression) {
    if (repo.empty)
        return null;
    const colon = expression.indexOf(':');
    const rawRef = colon === -1 ? expression : expression.slice(0, colon);
    const ref = rawRef === repo.defaultBranch || rawRef === '' ? 'HEAD' : rawRef;
    if (colon === -1)
        return store.tree(repo, ref) ? commitObject(repo) : null;
    const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
    const type = store.pathType(repo, ref, path);
    if (type === 'tree')
        return treeObject(store, repo, ref, path);
    if (type === 'blob')
        return { __typename: 'Blob', oid: sha(`${repo.repo}:${ref}:${path}`), byteSize: 1024, isBinary: false, isTruncated: false, text: `simulated ${path}\n` };
    if (type === 'commit')
        return { __typename: 'Commit', oid: sha(`${repo.repo}:${path}`) };
    return null;
}
export function graphqlRepository(store, repo, emptyRefsNull) {
    const lic = licenseInfo(repo.license, 'https://api.github.com');
    const topics = repo.topics.map((name) => ({ topic: { name, id: nodeId('Topic', name) }, url: `https://github.com/topics/${name}` }));
    const repoNodeId = nodeId('Repository', repo.id);
    const countOnly = (n) => () => ({ totalCount: n, nodes: [], edges: [], pageInfo: { hasNextPage: n > 0, hasPreviousPage: false } });
    return {
        __typename: 'Repository',
        id: repoNodeId,
        databaseId: repo.id,
        name: repo.name,
        nameWithOwner: `${repo.owner}/${repo.name}`,
        owner: ownerObject(repo.owner),
        url: `https://github.com/${repo.owner}/${repo.name}`,
        resourcePath: `/${repo.owner}/${repo.name}`,
        sshUrl: `git@github.com:${repo.owner}/${repo.name}.git`,
        isEmpty: repo.empty,
        isArchived: repo.archived,
        archivedAt: repo.archived ? (repo.archivedAt ?? repo.pushedAt) : null,
        isDisabled: repo.state === 'disabled',
        isLocked: false,
        isFork: repo.fork,
        isMirror: false,
        isPrivate: false,
        isTemplate: false,
        visibility: 'PUBLIC',
        hasIssuesEnabled: true,
        hasWikiEnabled: true,
        forkingAllowed: true,
        stargazerCount: repo.stars,
        forkCount: repo.forks,
        stargazers: countOnly(repo.stars),
        watchers: countOnly(Math.round(repo.stars / 10)),
        issues: countOnly(repo.openIssues),
        licenseInfo: lic ? { key: lic.key, name: lic.name, spdxId: lic.spdx_id, url: lic.url, nickname: null, id: lic.node_id } : null,
        createdAt: repo.createdAt,
        pushedAt: repo.pushedAt,
        updatedAt: repo.updatedAt,
        diskUsage: repo.empty ? 0 : 1024,
        description: repo.description,
        homepageUrl: repo.homepage,
        primaryLanguage: repo.language ? { name: repo.language, color: '#3572A5', id: nodeId('Language', repo.language) } : null,
        repositoryTopics: (args) => connection(topics, args),
        latestRelease: repo.latestRelease ? { tagName: repo.latestRelease.tag, name: repo.latestRelease.tag, publishedAt: repo.latestRelease.publishedAt, url: `https://github.com/${repo.repo}/releases/tag/${repo.latestRelease.tag}` } : null,
        // UNCONFIRMED (behaviour.emptyRefsNull): an empty repository has no default branch ref.
        defaultBranchRef: repo.empty && emptyRefsNull ? null : { name: repo.defaultBranch, prefix: 'refs/heads/', target: repo.empty ? null : commitObject(repo) },
        object: (args) => gitObject(store, repo, args.expression ?? 'HEAD'),
        parent: () => {
            const lineage = store.lineage(repo);
            return lineage ? graphqlRepository(store, lineage.parent, emptyRefsNull) : null;
        },
    };
}
//# sourceMappingURL=graphql-repo.js.map