// The classified form of one URL, and the helpers every forge parser shares.
import type { Forge, Link } from '../types.js';

/** What a URL points at: a Link without its position and raw text. */
export type LinkTarget = Omit<Link, 'line' | 'raw'>;

/**
 * The parts of a parsed URL that classification reads. A WHATWG URL has them; so has what
 * clean.ts cleanUrlParts makes by hand for the common shapes of link.
 */
export interface UrlParts {
  readonly href: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly hash: string;
}

/** Path segments of a URL, empty ones dropped (`/a//b/` → `a`, `b`). */
export function segmentsOf(url: UrlParts): string[] {
  const path = url.pathname;
  const segments: string[] = [];
  for (let from = 0; from < path.length; ) {
    let to = path.indexOf('/', from);
    if (to === -1) to = path.length;
    if (to > from) segments.push(path.slice(from, to));
    from = to + 1;
  }
  return segments;
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

/**
 * The URL without its fragment (`#` alone included). In an http(s) URL the first `#` starts it (the
 * serialiser percent-encodes `#` everywhere else), so the cut needs no second parse; other schemes
 * (public classifyUrl callers) get the hash setter, which also trims an opaque path.
 */
export function withoutFragment(url: UrlParts): string {
  const href = url.href;
  const cut = href.indexOf('#');
  if (cut === -1) return href;
  if (href.startsWith('https:') || href.startsWith('http:')) return href.slice(0, cut);
  const copy = new URL(href);
  copy.hash = '';
  return copy.href;
}

/** A plain web page: the URL without its fragment; the key is its lower-cased form. */
export function webTarget(url: UrlParts): LinkTarget {
  const href = withoutFragment(url);
  return { url: href, forge: null, kind: 'web', repo: null, path: null, key: `web:${href}`.toLowerCase() };
}
