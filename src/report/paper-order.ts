// The snapshot's order of papers (by file, then line), as every report lists them.
import type { PaperRecord } from '../types.js';
import { cmp } from '../util/cmp.js';

export const byPlace = (a: PaperRecord, b: PaperRecord): number => cmp(a.source, b.source) || a.line - b.line;

/**
 * The papers in that order: the list itself when it already is (a snapshot built by repo-audit
 * always is), else a sorted copy. No copy for the usual case: an audit's papers are decoded one
 * at a time as they are read (audit/paper-store.ts), and a copy would hold them all.
 */
export function papersInOrder(papers: readonly PaperRecord[]): readonly PaperRecord[] {
  let previous: PaperRecord | undefined;
  for (const p of papers) {
    if (previous && byPlace(previous, p) > 0) return [...papers].sort(byPlace);
    previous = p;
  }
  return papers;
}
