// https://docs.gitlab.com/api/projects/#get-a-single-project — the path (with nested groups) URL-encoded.
export const gitlab = {
    defaultBase: 'https://gitlab.com',
    url: (ref, base) => `${base}/api/v4/projects/${encodeURIComponent(ref.repo ?? '')}?license=true`,
    missing: [404],
    map: (data, facts) => {
        const p = data;
        return {
            ...facts,
            canonicalRepo: p.path_with_namespace,
            canonicalUrl: p.web_url,
            stars: p.star_count,
            forks: p.forks_count,
            openIssues: p.open_issues_count ?? null,
            pushedAt: p.last_activity_at,
            updatedAt: p.last_activity_at,
            createdAt: p.created_at,
            archived: p.archived,
            empty: p.empty_repo,
            fork: p.forked_from_project != null,
            description: p.description,
            topics: p.topics ?? [],
            defaultBranch: p.default_branch,
            license: p.license ? (p.license.key ?? null)?.toUpperCase() ?? 'NOASSERTION' : null,
        };
    },
};
//# sourceMappingURL=gitlab.js.map