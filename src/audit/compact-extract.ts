// The extract result as the audit holds it until the reports are written: the same papers, links
// and repositories, rebuilt with one hidden class per kind of record, arrays of their exact size,
// and each distinct string once (a link's URL, key and repository name are shared with its
// repository's, a paper's file name with every other paper of that file). The readers build them
// piece by piece (own hidden classes, growing arrays, strings cut from the input's text): ~1.4 KB
// a paper, about half of that once rebuilt — the biggest holder left once the facts are spilled.
import type { ExtractResult, Link, PaperRecord, RepoRef } from '../types.js';
import { interner } from '../util/text.js';

export function compactExtract(extracted: ExtractResult): ExtractResult {
  const one = interner();
  const maybe = (s: string | null): string | null => (s === null ? null : one(s));
  const link = (l: Link): Link => ({
    url: one(l.url),
    forge: l.forge,
    kind: l.kind,
    repo: maybe(l.repo),
    path: maybe(l.path),
    line: l.line,
    key: one(l.key),
    raw: one(l.raw),
  });
  const paper = (p: PaperRecord): PaperRecord => {
    const compact: PaperRecord = {
      source: one(p.source),
      line: p.line,
      title: p.title,
      date: maybe(p.date),
      promised: p.promised,
      claimsCodeWithoutLink: p.claimsCodeWithoutLink,
      links: p.links.map(link),
    };
    if (p.id !== undefined) compact.id = p.id;
    if (p.health !== undefined) compact.health = p.health;
    return compact;
  };
  const papers = extracted.papers.map(paper);
  const repos = extracted.repos.map(
    (r): RepoRef => ({ key: one(r.key), forge: r.forge, kind: r.kind, repo: maybe(r.repo), url: one(r.url), paths: r.paths.map(one), papers: r.papers.slice() }),
  );
  return { papers, repos };
}
