// https://gitee.com/api/v5/swagger#/getV5ReposOwnerRepo
export const gitee = {
    defaultBase: 'https://gitee.com',
    url: (ref, base) => `${base}/api/v5/repos/${ref.repo ?? ''}`,
    missing: [404],
    map: (data, facts) => {
        const r = data;
        return {
            ...facts,
            canonicalRepo: r.full_name,
            canonicalUrl: r.html_url,
            stars: r.stargazers_count,
            forks: r.forks_count,
            openIssues: r.open_issues_count ?? null,
            pushedAt: r.pushed_at,
            createdAt: r.created_at,
            updatedAt: r.updated_at,
            license: r.license || null,
            description: r.description,
            homepage: r.homepage || null,
            language: r.language,
            defaultBranch: r.default_branch,
            fork: r.fork,
        };
    },
};
//# sourceMappingURL=gitee.js.map