/**
 * Scheme, credentials and host of a GitHub link that carries `owner/name` right after the host:
 * `https://github.com/`, `github.com/`, `git@github.com:`, `raw.githubusercontent.com/`, `codeload…`.
 */
const GITHUB_PREFIX = /^(?:(?:git\+)?[a-z]+:\/\/)?(?:[^/@\s]*@)?(?:www\.)?(?:github\.com|raw\.githubusercontent\.com|codeload\.github\.com)[/:]/i;
/** A name as written: LaTeX may escape `_` as `\_` (`\url{…/my\_tool}`). */
function writtenPattern(name) {
    return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '\\\\?_');
}
/** Where `owner/name` stands in the link as written, or null when it is not written plainly after the host. */
export function locateRepo(occurrence) {
    const { target, written } = occurrence;
    if (target.forge !== 'github' || target.kind !== 'repo' || !target.repo)
        return null;
    const prefix = GITHUB_PREFIX.exec(written);
    if (!prefix)
        return null;
    const [owner, name] = target.repo.split('/');
    const at = prefix[0].length;
    const m = new RegExp(`^${writtenPattern(owner)}/${writtenPattern(name)}`, 'i').exec(written.slice(at));
    if (!m)
        return null;
    return { start: occurrence.start + at, end: occurrence.start + at + m[0].length };
}
/** As GitHub spells the new home, with `_` escaped again where the link escaped it (LaTeX). */
function spelled(newRepo, writtenOld) {
    return writtenOld.includes('\\_') ? newRepo.replace(/_/g, '\\_') : newRepo;
}
/** Rewrites the `owner/name` of links to a moved repository; `skip` leaves chosen keys alone (accepted ones). */
export function movedRewriter(moved, skip = () => false) {
    return (occurrence, text) => {
        const newRepo = moved.get(occurrence.target.key);
        if (newRepo === undefined || skip(occurrence.target.key))
            return [];
        const at = locateRepo(occurrence);
        if (!at)
            return [];
        return [{ ...at, with: spelled(newRepo, text.slice(at.start, at.end)) }];
    };
}
/** `http://github.com` → `https://github.com` and `www.github.com` → `github.com`, for every github.com link. */
export const normalizeRewriter = (occurrence) => {
    const m = /^(http:\/\/)?(www\.)?github\.com(?=[/:]|$)/i.exec(occurrence.written);
    if (!m || (!m[1] && !m[2]))
        return [];
    const edits = [];
    if (m[1])
        edits.push({ start: occurrence.start, end: occurrence.start + m[1].length, with: 'https://' });
    const www = occurrence.start + (m[1]?.length ?? 0);
    if (m[2])
        edits.push({ start: www, end: www + m[2].length, with: '' });
    return edits;
};
//# sourceMappingURL=github-links.js.map