// The full repository object of REST `GET /repos/{o}/{r}`, with the same keys as GitHub's
// (checked against the @octokit/fixtures `get-repository` recording in test/sim/golden.test.ts).
import { licenseInfo } from './license.js';
/** GitHub-style node id (REST `node_id`, GraphQL `id`): base64 of `0<kind length>:<kind><key>`. */
export const nodeId = (kind, id) => Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
function ownerObject(login, id, api) {
    const u = `${api}/users/${login}`;
    return {
        login,
        id,
        node_id: nodeId('Organization', id),
        avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
        gravatar_id: '',
        url: u,
        html_url: `https://github.com/${login}`,
        followers_url: `${u}/followers`,
        following_url: `${u}/following{/other_user}`,
        gists_url: `${u}/gists{/gist_id}`,
        starred_url: `${u}/starred{/owner}{/repo}`,
        subscriptions_url: `${u}/subscriptions`,
        organizations_url: `${u}/orgs`,
        repos_url: `${u}/repos`,
        events_url: `${u}/events{/privacy}`,
        received_events_url: `${u}/received_events`,
        type: 'Organization',
        site_admin: false,
    };
}
const URL_TEMPLATES = [
    ['forks_url', '/forks'], ['keys_url', '/keys{/key_id}'], ['collaborators_url', '/collaborators{/collaborator}'],
    ['teams_url', '/teams'], ['hooks_url', '/hooks'], ['issue_events_url', '/issues/events{/number}'],
    ['events_url', '/events'], ['assignees_url', '/assignees{/user}'], ['branches_url', '/branches{/branch}'],
    ['tags_url', '/tags'], ['blobs_url', '/git/blobs{/sha}'], ['git_tags_url', '/git/tags{/sha}'],
    ['git_refs_url', '/git/refs{/sha}'], ['trees_url', '/git/trees{/sha}'], ['statuses_url', '/statuses/{sha}'],
    ['languages_url', '/languages'], ['stargazers_url', '/stargazers'], ['contributors_url', '/contributors'],
    ['subscribers_url', '/subscribers'], ['subscription_url', '/subscription'], ['commits_url', '/commits{/sha}'],
    ['git_commits_url', '/git/commits{/sha}'], ['comments_url', '/comments{/number}'],
    ['issue_comment_url', '/issues/comments{/number}'], ['contents_url', '/contents/{+path}'],
    ['compare_url', '/compare/{base}...{head}'], ['merges_url', '/merges'], ['archive_url', '/{archive_format}{/ref}'],
    ['downloads_url', '/downloads'], ['issues_url', '/issues{/number}'], ['pulls_url', '/pulls{/number}'],
    ['milestones_url', '/milestones{/number}'], ['notifications_url', '/notifications{?since,all,participating}'],
    ['labels_url', '/labels{/name}'], ['releases_url', '/releases{/id}'], ['deployments_url', '/deployments'],
];
/** Owner ids are derived from the login so that every repository of an owner shares one. */
export function ownerId(login) {
    let h = 0;
    for (const c of login.toLowerCase())
        h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    return 1000 + (h % 9_000_000);
}
export function restRepository(r, api, lineage = null) {
    const full = `${r.owner}/${r.name}`;
    const url = `${api}/repos/${full}`;
    const owner = ownerObject(r.owner, ownerId(r.owner), api);
    const body = {
        id: r.id,
        node_id: nodeId('Repository', r.id),
        name: r.name,
        full_name: full,
        private: false,
        owner,
        html_url: `https://github.com/${full}`,
        description: r.description,
        fork: r.fork,
        url,
    };
    for (const [key, suffix] of URL_TEMPLATES)
        body[key] = url + suffix;
    Object.assign(body, {
        created_at: r.createdAt,
        updated_at: r.updatedAt,
        pushed_at: r.pushedAt,
        git_url: `git://github.com/${full}.git`,
        ssh_url: `git@github.com:${full}.git`,
        clone_url: `https://github.com/${full}.git`,
        svn_url: `https://github.com/${full}`,
        homepage: r.homepage,
        size: r.empty ? 0 : 1024,
        stargazers_count: r.stars,
        watchers_count: r.stars,
        language: r.language,
        has_issues: true,
        has_projects: true,
        has_downloads: true,
        has_wiki: true,
        has_pages: false,
        forks_count: r.forks,
        mirror_url: null,
        archived: r.archived,
        disabled: r.state === 'disabled',
        open_issues_count: r.openIssues,
        license: licenseInfo(r.license, api),
        allow_forking: true,
        is_template: false,
        web_commit_signoff_required: false,
        topics: r.topics,
        visibility: 'public',
        forks: r.forks,
        open_issues: r.openIssues,
        watchers: r.stars,
        default_branch: r.defaultBranch,
        permissions: { admin: false, maintain: false, push: false, triage: false, pull: true },
        temp_clone_token: '',
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_rebase_merge: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
        allow_update_branch: false,
        use_squash_pr_title_as_default: false,
        organization: owner,
        // GitHub adds the full parent and source repositories to a fork.
        ...(lineage ? { parent: restRepository(lineage.parent, api), source: restRepository(lineage.source, api) } : {}),
        network_count: r.forks,
        subscribers_count: Math.round(r.stars / 10),
    });
    return body;
}
//# sourceMappingURL=rest-repo.js.map