// Forges with GitHub-like `owner/name[/path]` URLs: Gitee, Bitbucket, Codeberg.
import type { Forge } from '../../types.js';
import { ownerTarget, repoTarget, segmentsOf, stripGit, webTarget, type LinkTarget, type UrlParts } from '../target.js';

interface SimpleForge {
  forge: Forge;
  base: string;
  /** First segments that are the site's own pages. */
  reserved: Set<string>;
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

const words = (s: string) => new Set(s.split(' '));

export const SIMPLE_FORGES: Record<string, SimpleForge> = {
  'gitee.com': {
    forge: 'gitee',
    base: 'https://gitee.com',
    reserved: words('explore about help login signup enterprises organizations search education features gists api oauth'),
  },
  'bitbucket.org': {
    forge: 'bitbucket',
    base: 'https://bitbucket.org',
    reserved: words('account dashboard product blog repo site snippets support login signup api'),
  },
  'codeberg.org': {
    forge: 'codeberg',
    base: 'https://codeberg.org',
    reserved: words('explore user repo admin api assets login notifications issues pulls milestones about'),
  },
};

export function parseSimpleForge(url: UrlParts, host: string): LinkTarget {
  const site = SIMPLE_FORGES[host]!;
  const [owner, name, ...rest] = segmentsOf(url);
  if (owner === undefined || !NAME.test(owner)) return webTarget(url);
  // codeberg.org/org/<name> and gitee.com/organizations/<name> are organisation pages.
  if ((owner === 'org' || owner === 'organizations') && name && NAME.test(name) && rest.length <= 1) {
    return ownerTarget(site.forge, site.base, name);
  }
  if (site.reserved.has(owner.toLowerCase())) return webTarget(url);
  if (name === undefined) return ownerTarget(site.forge, site.base, owner);
  const repo = stripGit(name);
  if (!NAME.test(repo) || repo === '.' || repo === '..') return webTarget(url);
  return repoTarget(site.forge, site.base, `${owner}/${repo}`, rest);
}
