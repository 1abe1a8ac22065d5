// github.com, gist.github.com, raw.githubusercontent.com and codeload.github.com.
import { OWNER_NAME, REPO_NAME, ownerTarget, repoTarget, segmentsOf, stripGit, webTarget, type LinkTarget, type UrlParts } from '../target.js';

const BASE = 'https://github.com';

/**
 * First path segments that are GitHub's own pages, never an owner (github.com/features/…,
 * /settings/…, /marketplace/…). From GitHub's reserved names; `orgs` and `users` are handled apart.
 */
const RESERVED = new Set(
  (
    'about account apps blog business codespaces collections contact copilot customer-stories customers dashboard ' +
    'discussions education enterprise enterprises events explore features git-guides github-copilot home issues ' +
    'join login logout marketplace mobile new notifications open-source organizations pages partners password_reset ' +
    'premium-support pricing pulls readme resources search security sessions settings signup site solutions sponsors ' +
    'stars team topics trending watching wiki'
  ).split(' '),
);

export const GITHUB_HOSTS = new Set(['github.com', 'www.github.com', 'gist.github.com', 'raw.githubusercontent.com', 'codeload.github.com']);

function parseGist(url: UrlParts, segs: string[]): LinkTarget {
  // gist.github.com/<user>/<id> or gist.github.com/<id>
  const id = segs.length >= 2 && OWNER_NAME.test(segs[0]!) ? segs[1] : segs[0];
  if (!id || !/^[0-9a-f]{5,}$/i.test(stripGit(id))) return webTarget(url);
  const gist = stripGit(id);
  return { url: `https://gist.github.com/${gist}`, forge: 'github', kind: 'gist', repo: gist, path: null, key: `gist:${gist}`.toLowerCase() };
}

/** A repository link: `o/r[.git][/tree/…]`. */
function repoOrWeb(url: UrlParts, owner: string | undefined, name: string | undefined, rest: string[]): LinkTarget {
  if (!owner || !name || !OWNER_NAME.test(owner)) return webTarget(url);
  const repo = stripGit(name);
  if (!REPO_NAME.test(repo)) return webTarget(url);
  return repoTarget('github', BASE, `${owner}/${repo}`, rest);
}

export function parseGithub(url: UrlParts): LinkTarget {
  const host = url.hostname;
  const segs = segmentsOf(url);
  if (host === 'gist.github.com') return parseGist(url, segs);
  if (host === 'raw.githubusercontent.com') {
    // raw.githubusercontent.com/<o>/<r>/<ref>/<file…> is the file `blob/<ref>/<file…>`.
    const [owner, name, ...rest] = segs;
    return repoOrWeb(url, owner, name, rest.length > 0 ? ['blob', ...rest] : []);
  }
  if (host === 'codeload.github.com') return repoOrWeb(url, segs[0], segs[1], []);
  const [first, second, ...rest] = segs;
  if (first === undefined) return webTarget(url);
  const lower = first.toLowerCase();
  // github.com/orgs/<org>/… and github.com/users/<user>/… are owner pages.
  if ((lower === 'orgs' || lower === 'users') && second !== undefined && OWNER_NAME.test(second)) {
    return ownerTarget('github', BASE, second);
  }
  if (RESERVED.has(lower) || lower === 'orgs' || lower === 'users') return webTarget(url);
  if (second === undefined) return OWNER_NAME.test(first) ? ownerTarget('github', BASE, first) : webTarget(url);
  return repoOrWeb(url, first, second, rest);
}
