// Codeberg runs Forgejo (Gitea API): https://codeberg.org/api/swagger#/repository/repoGet
export const codeberg = {
    defaultBase: 'https://codeberg.org',
    url: (ref, base) => `${base}/api/v1/repos/${ref.repo ?? ''}`,
    missing: [404],
    map: (data, facts) => {
        const r = data;
        return {
            ...facts,
            canonicalRepo: r.full_name,
            canonicalUrl: r.html_url,
            stars: r.stars_count,
            forks: r.forks_count,
            openIssues: r.open_issues_count ?? null,
            updatedAt: r.updated_at,
            pushedAt: r.updated_at,
            createdAt: r.created_at,
            archived: r.archived,
            empty: r.empty,
            fork: r.fork,
            description: r.description,
            homepage: r.website || null,
            language: r.language || null,
            defaultBranch: r.default_branch,
            topics: r.topics ?? [],
        };
    },
};
//# sourceMappingURL=codeberg.js.map