/** The address to show for a target: the repository itself for forges, the page for web/pages. */
function targetUrl(link) {
    if (link.kind === 'repo' && link.path && link.url.endsWith(`/${link.path}`))
        return link.url.slice(0, -link.path.length - 1);
    return link.url;
}
export class RepoIndex {
    byKey = new Map();
    /** The paths of each RepoRef as a set (a repository linked at many paths stays linear). */
    pathSets = new Map();
    /** Record the links of the paper at `index` in the papers list. */
    add(paper, index) {
        for (const link of paper.links) {
            let ref = this.byKey.get(link.key);
            if (!ref) {
                ref = { key: link.key, forge: link.forge, kind: link.kind, repo: link.repo, url: targetUrl(link), paths: [], papers: [] };
                this.byKey.set(link.key, ref);
                this.pathSets.set(link.key, new Set());
            }
            const paths = this.pathSets.get(link.key);
            if (link.path !== null && !paths.has(link.path)) {
                paths.add(link.path);
                ref.paths.push(link.path);
            }
            if (ref.papers.at(-1) !== index)
                ref.papers.push(index);
        }
    }
    /** RepoRefs in order of first citation. */
    list() {
        return [...this.byKey.values()];
    }
    get size() {
        return this.byKey.size;
    }
}
/** Build `repos[]` for a list of papers. */
export function reposOf(papers) {
    const index = new RepoIndex();
    papers.forEach((p, i) => index.add(p, i));
    return index.list();
}
//# sourceMappingURL=repos.js.map