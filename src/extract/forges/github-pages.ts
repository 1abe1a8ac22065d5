// `<owner>.github.io` project sites (kind `pages`), recorded with the repository they most likely come from.
import { segmentsOf, withoutFragment, type LinkTarget, type UrlParts } from '../target.js';

/** A first segment that is a file at the site root, not a project site (`/index.html`). */
const ROOT_FILE = /\.(?:html?|pdf|php|xml|txt|png|jpe?g|gif|svg)$/i;

export function parseGithubPages(url: UrlParts): LinkTarget {
  const host = url.hostname;
  const owner = host.slice(0, -'.github.io'.length);
  const segs = segmentsOf(url);
  const project = segs[0] !== undefined && !ROOT_FILE.test(segs[0]) ? segs[0] : null;
  return {
    url: withoutFragment(url),
    forge: 'github',
    kind: 'pages',
    // owner.github.io/<proj> is served from owner/<proj>; the root site from owner/owner.github.io.
    repo: project ? `${owner}/${project}` : `${owner}/${host}`,
    path: segs.length > 1 && project ? segs.slice(1).join('/') : null,
    key: `pages:${host}/${project ?? ''}`.toLowerCase(),
  };
}
