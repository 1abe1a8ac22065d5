// anonymous.4open.science: anonymised repositories for double-blind review, `/r/<id>[/path]`.
import { repoTarget, segmentsOf, webTarget, type LinkTarget, type UrlParts } from '../target.js';

export function parseAnonymous4open(url: UrlParts): LinkTarget {
  const [kind, id, ...rest] = segmentsOf(url);
  // `/r/<id>` is the repository, `/w/<id>` its rendered web page: the same repository.
  if ((kind === 'r' || kind === 'w') && id && /^[A-Za-z0-9_.-]+$/.test(id)) {
    return repoTarget('anonymous4open', 'https://anonymous.4open.science/r', id, rest);
  }
  return webTarget(url);
}
