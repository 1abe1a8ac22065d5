// The classified form of one URL, and the helpers every forge parser shares.
import type { Forge, Link } from '../types.js';

/** What a URL points at: a Link without its position and raw text. */
export type LinkTarget = Omit<Link, 'line' | 'raw'>;

/** Path segments of a URL, empty ones dropped (`/a//b/` → `a`, `b`). */
export function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s.length > 0);
}

/** GitHub-style names: owners are letters, digits, `-` (and `_` for managed users); repos add `.`. */
export const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/;
export const REPO_NAME = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

/** Drop a trailing `.git` (`EQ-Net.git` is repository `EQ-Net`). */
export function stripGit(name: string): string {
  return /\.git$/i.test(name) && name.length > 4 ? name.slice(0, -4) : name;
}

export function repoTarget(forge: Forge, base: string, repo: string, pathSegments: string[]): LinkTarget {
  const path = pathSegments.length > 0 ? pathSegments.join('/') : null;
  return {
    url: `${base}/${repo}${path ? `/${path}` : ''}`,
    forge,
    kind: 'repo',
    repo,
    path,
    key: `${forge}/${repo}`.toLowerCase(),
  };
}

export function ownerTarget(forge: Forge, base: string, owner: string): LinkTarget {
  return { url: `${base}/${owner}`, forge, kind: 'owner', repo: owner, path: null, key: `owner:${forge}/${owner}`.toLowerCase() };
}

/** A plain web page: the URL without its fragment; the key is its lower-cased form. */
export function webTarget(url: URL): LinkTarget {
  // Copying the URL to clear its hash costs a second parse: only pay it when there is a fragment
  // (`#` alone leaves hash '' but still ends href, hence the second test).
  let href = url.href;
  if (url.hash !== '' || href.endsWith('#')) {
    const copy = new URL(href);
    copy.hash = '';
    href = copy.href;
  }
  return { url: href, forge: null, kind: 'web', repo: null, path: null, key: `web:${href}`.toLowerCase() };
}
