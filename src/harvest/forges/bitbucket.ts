import type { ForgeAdapter } from './types.js';

interface BitbucketRepo {
  full_name: string;
  links?: { html?: { href?: string } };
  updated_on: string | null;
  created_on: string | null;
  description: string | null;
  language: string | null;
  website?: string | null;
  mainbranch?: { name?: string } | null;
  parent?: unknown;
}

// https://developer.atlassian.com/cloud/bitbucket/rest/api-group-repositories/#api-repositories-workspace-repo-slug-get
// A private repository answers 403 to an anonymous caller: for a reader it is as gone as a 404.
export const bitbucket: ForgeAdapter = {
  defaultBase: 'https://api.bitbucket.org',
  url: (ref, base) => `${base}/2.0/repositories/${ref.repo ?? ''}`,
  missing: [403, 404],
  map: (data, facts) => {
    const r = data as BitbucketRepo;
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
