import type { ForgeAdapter } from './types.js';

interface GiteaRepo {
  full_name: string;
  html_url: string;
  stars_count: number;
  forks_count: number;
  open_issues_count?: number;
  updated_at: string | null;
  created_at: string | null;
  archived: boolean;
  empty: boolean;
  fork: boolean;
  description: string | null;
  website: string | null;
  language: string | null;
  default_branch: string | null;
  topics?: string[];
}

// Codeberg runs Forgejo (Gitea API): https://codeberg.org/api/swagger#/repository/repoGet
export const codeberg: ForgeAdapter = {
  defaultBase: 'https://codeberg.org',
  url: (ref, base) => `${base}/api/v1/repos/${ref.repo ?? ''}`,
  missing: [404],
  map: (data, facts) => {
    const r = data as GiteaRepo;
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
