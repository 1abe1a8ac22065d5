// Where each repository was linked: the papers and the exact links (file:line, as written).
import type { Link, PaperRecord, Snapshot, SnapshotRepo } from '../types.js';
import { mdCode, mdText } from './escape.js';

export interface Occurrence {
  paper: PaperRecord;
  link: Link;
}

export type OccurrenceIndex = Map<string, Occurrence[]>;

/** `keys` (lower-case): index only these targets' links (a report shows a few hundred of 200,000). */
export function indexOccurrences(snapshot: Snapshot, keys?: ReadonlySet<string>): OccurrenceIndex {
  const index: OccurrenceIndex = new Map();
  for (const paper of snapshot.papers) {
    for (const link of paper.links) {
      const key = link.key.toLowerCase();
      if (keys && !keys.has(key)) continue;
      const list = index.get(key) ?? [];
      list.push({ paper, link });
      index.set(key, list);
    }
  }
  return index;
}

export function occurrencesOf(index: OccurrenceIndex, repo: SnapshotRepo): Occurrence[] {
  return index.get(repo.key.toLowerCase()) ?? [];
}

/** At most `max` escaped items joined with "; ", then "and N more". */
export function listCell(items: readonly string[], max = 3): string {
  const distinct = [...new Set(items)];
  const shown = distinct.slice(0, max).join('; ');
  return distinct.length > max ? `${shown}; and ${distinct.length - max} more` : shown;
}

export function papersCell(occ: readonly Occurrence[], repo: SnapshotRepo): string {
  const titles = occ.length > 0 ? occ.map((o) => o.paper.title ?? '(untitled)') : repo.papers.map((p) => p.title ?? '(untitled)');
  return listCell(titles.map((t) => mdText(t, 70)));
}

export function foundAtCell(occ: readonly Occurrence[], repo: SnapshotRepo, sourceBase: string | null = null): string {
  const places = occ.length > 0 ? occ.map((o) => [o.paper.source, o.link.line] as const) : repo.papers.map((p) => [p.source, p.line] as const);
  return listCell(places.map(([source, line]) => sourceRef(source, line, sourceBase)));
}

/**
 * `file:line` as a code span, linked to the file when the report sits in the same repository
 * (`sourceBase` is the way from the report's folder back to where the inputs were named, e.g. `..`):
 * on github.com a relative link with `#L12` opens the file at that line.
 */
export function sourceRef(source: string, line: number, sourceBase: string | null): string {
  const text = mdCode(`${source}:${line}`, 80);
  if (sourceBase === null || source === '-' || /^([a-z]:)?[\\/]|:\/\//i.test(source)) return text;
  const path = [...(sourceBase ? sourceBase.split('/') : []), ...source.split('/')].filter((s) => s !== '' && s !== '.');
  const encode = (seg: string): string => encodeURIComponent(seg).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${text}](${path.map(encode).join('/')}#L${line})`;
}

export function asWrittenCell(occ: readonly Occurrence[], repo: SnapshotRepo): string {
  const raws = occ.length > 0 ? occ.map((o) => o.link.raw || o.link.url) : [repo.url];
  return listCell(raws.map((r) => mdCode(r, 80)), 2);
}
