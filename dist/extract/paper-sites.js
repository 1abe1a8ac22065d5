/** Hosts (without `www.`) → the path prefix a paper page has there (`/` for the whole site). */
const PAPER_SITES = {
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
export function paperTarget(url, bareHost) {
    const path = PAPER_SITES[bareHost];
    if (!path || !path.test(url.pathname))
        return null;
    const copy = new URL(url.href);
    copy.hash = '';
    // abs/…, pdf/… and versions of one arXiv paper are one target.
    const arxiv = bareHost.endsWith('arxiv.org') ? ARXIV_ID.exec(url.pathname) : null;
    const key = arxiv ? `paper:arxiv/${arxiv[1]}` : `paper:${copy.href}`;
    return { url: copy.href, forge: null, kind: 'paper', repo: null, path: null, key: key.toLowerCase() };
}
/** A link to code (or a project page): anything but the paper itself. */
export const isCodeLink = (link) => link.kind !== 'paper';
//# sourceMappingURL=paper-sites.js.map