// https://developer.atlassian.com/cloud/bitbucket/rest/api-group-repositories/#api-repositories-workspace-repo-slug-get
// A private repository answers 403 to an anonymous caller: for a reader it is as gone as a 404.
export const bitbucket = {
    defaultBase: 'https://api.bitbucket.org',
    url: (ref, base) => `${base}/2.0/repositories/${ref.repo ?? ''}`,
    missing: [403, 404],
    map: (data, facts) => {
        const r = data;
        return {
            ...facts,
            canonicalRepo: r.full_name,
            canonicalUrl: r.links?.html?.href ?? facts.url,
            pushedAt: r.updated_on,
            updatedAt: r.updated_on,
            createdAt: r.created_on,
            description: r.description || null,
            language: r.language || null,
            homepage: r.website || null,
            defaultBranch: r.mainbranch?.name ?? null,
            fork: r.parent != null,
        };
    },
};
//# sourceMappingURL=bitbucket.js.map