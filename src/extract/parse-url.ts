// URL → what it points at (forge, kind, repository, sub-path, identity key).
import { cleanUrl } from './clean.js';
import { parseAnonymous4open } from './forges/anonymous4open.js';
import { GITHUB_HOSTS, parseGithub } from './forges/github.js';
import { parseGithubPages } from './forges/github-pages.js';
import { parseGitlab } from './forges/gitlab.js';
import { parseHuggingface } from './forges/huggingface.js';
import { SIMPLE_FORGES, parseSimpleForge } from './forges/simple-forges.js';
import { paperTarget } from './paper-sites.js';
import { webTarget, type LinkTarget, type UrlParts } from './target.js';

export type { LinkTarget } from './target.js';

/**
 * Classify a parsed URL. Hosts are compared exactly (after the WHATWG parser lower-cases and
 * punycodes them), so look-alikes such as `gіthub.com` (Cyrillic і) or `github.com.evil.example`
 * are plain web pages.
 */
export function classifyUrl(url: UrlParts): LinkTarget {
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (GITHUB_HOSTS.has(host)) return parseGithub(url);
  if (host.endsWith('.github.io') && /^[a-z0-9-]+\.github\.io$/.test(host)) return parseGithubPages(url);
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  if (bare === 'gitlab.com') return parseGitlab(url);
  if (bare in SIMPLE_FORGES) return parseSimpleForge(url, bare);
  if (bare === 'huggingface.co' || bare === 'hf.co') return parseHuggingface(url);
  if (host === 'anonymous.4open.science') return parseAnonymous4open(url);
  return paperTarget(url, bare) ?? webTarget(url);
}

/**
 * Classify a URL as written in a text (`github.com/o/r`, `git@github.com:o/r.git`, `…/CFSP.`):
 * cleaned, credentials dropped, then classified. Null when it is not a web address at all.
 */
export function parseCodeLink(url: string): LinkTarget | null {
  const parsed = cleanUrl(url.trim());
  return parsed ? classifyUrl(parsed) : null;
}
