// Where each repository was linked: the papers and the exact links (file:line, as written).
import type { Link, PaperRecord, Snapshot, SnapshotRepo } from '../types.js';
import { mdCode, mdText } from './escape.js';

export interface Occurrence {
  paper: PaperRecord;
  link: Link;
}

export type OccurrenceIndex = Map<string, Occurrence[]>;

export function indexOccurrences(snapshot: Snapshot): OccurrenceIndex {
  const index: OccurrenceIndex = new Map();
  for (const paper of snapshot.papers) {
    for (const link of paper.links) {
      const key = link.key.toLowerCase();
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

export function foundAtCell(occ: readonly Occurrence[], repo: SnapshotRepo): string {
  const places = occ.length > 0 ? occ.map((o) => `${o.paper.source}:${o.link.line}`) : repo.papers.map((p) => `${p.source}:${p.line}`);
  return listCell(places.map((p) => mdCode(p, 80)));
}

export function asWrittenCell(occ: readonly Occurrence[], repo: SnapshotRepo): string {
  const raws = occ.length > 0 ? occ.map((o) => o.link.raw || o.link.url) : [repo.url];
  return listCell(raws.map((r) => mdCode(r, 80)), 2);
}
