import type { ForgeAdapter } from './types.js';

interface GitLabProject {
  path_with_namespace: string;
  web_url: string;
  star_count: number;
  forks_count: number;
  open_issues_count?: number;
  last_activity_at: string | null;
  created_at: string | null;
  archived: boolean;
  empty_repo: boolean;
  description: string | null;
  topics?: string[];
  default_branch: string | null;
  license?: { key?: string; nickname?: string } | null;
  forked_from_project?: unknown;
}

// https://docs.gitlab.com/api/projects/#get-a-single-project — the path (with nested groups) URL-encoded.
export const gitlab: ForgeAdapter = {
  defaultBase: 'https://gitlab.com',
  url: (ref, base) => `${base}/api/v4/projects/${encodeURIComponent(ref.repo ?? '')}?license=true`,
  missing: [404],
  map: (data, facts) => {
    const p = data as GitLabProject;
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
