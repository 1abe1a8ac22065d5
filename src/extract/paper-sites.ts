// Links to the paper itself (arXiv, DOI, OpenReview, proceedings, digital libraries): kind `paper`.
// They are not code: never counted as repositories, checked only with --check-paper-links, and
// not "a link" when deciding whether a paper claims code without giving one.
import { withoutFragment, type LinkTarget, type UrlParts } from './target.js';

/** Hosts (without `www.`) → the path prefix a paper page has there (`/` for the whole site). */
const PAPER_SITES: Record<string, RegExp> = {
  'arxiv.org': /^\/(?:abs|pdf|html|ps|format)\//,
  'export.arxiv.org': /^\/(?:abs|pdf|html|ps|format)\//,
  'doi.org': /^\/10\./,
  'dx.doi.org': /^\/10\./,
  'openreview.net': /^\/(?:forum|pdf|attachment)/,
  'openaccess.thecvf.com': /^\//,
  'aclanthology.org': /^\//,
  'aclweb.org': /^\/anthology\//,
  'proceedings.neurips.cc': /^\/paper/,
  'papers.neurips.cc': /^\/paper/,
  'papers.nips.cc': /^\/paper/,
  'proceedings.mlr.press': /^\/v\d+\//,
  'dl.acm.org': /^\/doi\//,
  'ieeexplore.ieee.org': /^\/(?:document|abstract|stamp)/,
  'semanticscholar.org': /^\/(?:paper|arxiv)\//,
  'link.springer.com': /^\/(?:article|chapter|content|book)/,
};

/** `2401.00001v2` → `2401.00001`; old-style ids (`cs/0112017`) kept. */
const ARXIV_ID = /^\/(?:abs|pdf|html|ps|format)\/(.+?)(?:v\d+)?(?:\.pdf)?\/?$/;

/** The paper a URL points at, or null when it is not a paper page. */
export function paperTarget(url: UrlParts, bareHost: string): LinkTarget | null {
  const path = PAPER_SITES[bareHost];
  if (!path || !path.test(url.pathname)) return null;
  const href = withoutFragment(url);
  // abs/…, pdf/… and versions of one arXiv paper are one target.
  const arxiv = bareHost.endsWith('arxiv.org') ? ARXIV_ID.exec(url.pathname) : null;
  const key = arxiv ? `paper:arxiv/${arxiv[1]}` : `paper:${href}`;
  return { url: href, forge: null, kind: 'paper', repo: null, path: null, key: key.toLowerCase() };
}

/** A link to code (or a project page): anything but the paper itself. */
export const isCodeLink = (link: { kind: string }): boolean => link.kind !== 'paper';
