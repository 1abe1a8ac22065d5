// Deduplicates the targets of every paper's links into RepoRefs (one per key), remembering
// which papers cite each one and which sub-paths were linked.
import type { Link, PaperRecord, RepoRef } from '../types.js';

/** The address to show for a target: the repository itself for forges, the page for web/pages. */
export function targetUrl(link: Link): string {
  if (link.kind === 'repo' && link.path && link.url.endsWith(`/${link.path}`)) return link.url.slice(0, -link.path.length - 1);
  return link.url;
}

export class RepoIndex {
  private readonly byKey = new Map<string, RepoRef>();
  /** The paths of each RepoRef as a set (a repository linked at many paths stays linear). */
  private readonly pathSets = new Map<string, Set<string>>();

  /** Record the links of the paper at `index` in the papers list. */
  add(paper: PaperRecord, index: number): void {
    for (const link of paper.links) {
      let ref = this.byKey.get(link.key);
      if (!ref) {
        // `papers: [index]`, not a push onto []: V8 gives an empty array room for 17 on its first
        // push (~150 bytes), and most targets are cited by one paper.
        ref = { key: link.key, forge: link.forge, kind: link.kind, repo: link.repo, url: targetUrl(link), paths: [], papers: [index] };
        this.byKey.set(link.key, ref);
      }
      if (link.path !== null) {
        // A set only for targets linked at a path (most are not: 200,000 empty sets are ~20 MB).
        let paths = this.pathSets.get(link.key);
        if (!paths) this.pathSets.set(link.key, (paths = new Set()));
        if (!paths.has(link.path)) {
          paths.add(link.path);
          ref.paths.push(link.path);
        }
      }
      if (ref.papers.at(-1) !== index) ref.papers.push(index);
    }
  }

  /** RepoRefs in order of first citation. */
  list(): RepoRef[] {
    return [...this.byKey.values()];
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** Build `repos[]` for a list of papers. */
export function reposOf(papers: PaperRecord[]): RepoRef[] {
  const index = new RepoIndex();
  papers.forEach((p, i) => index.add(p, i));
  return index.list();
}
