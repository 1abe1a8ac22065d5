/** Path segments of a URL, empty ones dropped (`/a//b/` → `a`, `b`). */
export function segmentsOf(url) {
    return url.pathname.split('/').filter((s) => s.length > 0);
}
/** GitHub-style names: owners are letters, digits, `-` (and `_` for managed users); repos add `.`. */
export const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/;
export const REPO_NAME = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
/** Drop a trailing `.git` (`EQ-Net.git` is repository `EQ-Net`). */
export function stripGit(name) {
    return /\.git$/i.test(name) && name.length > 4 ? name.slice(0, -4) : name;
}
export function repoTarget(forge, base, repo, pathSegments) {
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
export function ownerTarget(forge, base, owner) {
    return { url: `${base}/${owner}`, forge, kind: 'owner', repo: owner, path: null, key: `owner:${forge}/${owner}`.toLowerCase() };
}
/** A plain web page: the URL without its fragment; the key is its lower-cased form. */
export function webTarget(url) {
    const copy = new URL(url.href);
    copy.hash = '';
    const href = copy.href;
    return { url: href, forge: null, kind: 'web', repo: null, path: null, key: `web:${href}`.toLowerCase() };
}
//# sourceMappingURL=target.js.map