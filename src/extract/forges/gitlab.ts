// gitlab.com: nested groups (`group/sub/project`), `/-/` separates the project from its pages.
import { ownerTarget, repoTarget, segmentsOf, stripGit, webTarget, type LinkTarget, type UrlParts } from '../target.js';

const BASE = 'https://gitlab.com';
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const RESERVED = new Set(['explore', 'help', 'dashboard', 'search', 'projects', 'users', 'groups', 'admin', 'profile', '-', 'api', 'public', 'snippets', 'abuse_reports']);
/** Legacy project pages written without `/-/` (`gitlab.com/g/p/tree/master`). */
const PROJECT_PAGES = new Set(['tree', 'blob', 'raw', 'issues', 'merge_requests', 'commits', 'commit', 'releases', 'tags', 'wikis', 'pipelines', 'archive', 'branches']);

export function parseGitlab(url: UrlParts): LinkTarget {
  const segs = segmentsOf(url);
  const first = segs[0];
  if (first === undefined) return webTarget(url);
  if ((first === 'users' || first === 'groups') && segs[1] && NAME.test(segs[1])) return ownerTarget('gitlab', BASE, segs[1]);
  if (RESERVED.has(first.toLowerCase())) return webTarget(url);
  let end = segs.indexOf('-');
  if (end === -1) {
    end = segs.findIndex((s, i) => i >= 2 && PROJECT_PAGES.has(s));
    if (end === -1) end = segs.length;
  }
  const project = segs.slice(0, end);
  if (!project.every((s) => NAME.test(s))) return webTarget(url);
  if (project.length === 1) return ownerTarget('gitlab', BASE, project[0]!);
  project[project.length - 1] = stripGit(project.at(-1)!);
  return repoTarget('gitlab', BASE, project.join('/'), segs.slice(end));
}
