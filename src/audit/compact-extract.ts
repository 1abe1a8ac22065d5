// The extract result as the audit holds it until the reports are written. The papers go into a
// PaperStore (paper-store.ts: encoded, outside V8's heap, read back as an array whose elements are
// decoded when read); the targets into a RefStore (ref-store.ts: a temporary file, read back the
// same way), gathered while reading by a TargetIndex (target-index.ts: no object per target). A
// saved extract result's repositories are rebuilt with arrays of their exact size. The readers
// build their records piece by piece (own hidden classes, growing arrays): ~1.4 KB a paper. The
// audit stores each record as the reader hands it over (extractCompactly), so the readers'
// records are never all held at once.
import { streamInputs, type ExtractOptions, type ExtractRun } from '../extract/index.js';
import type { ExtractResult, PaperRecord, RepoRef } from '../types.js';
import { PaperStore } from './paper-store.js';
import { TargetIndex } from './target-index.js';

/**
 * extractInputs for the audit: the same papers, repositories and problems, each record stored as
 * it is read (a saved extract result given as the only input is stored whole).
 */
export async function extractCompactly(inputs: string[], opts: ExtractOptions): Promise<ExtractRun & { compact: true }> {
  const papers = new PaperStore();
  const index = new TargetIndex(); // the targets as compact numbers and a file while reading (target-index.ts)
  const record = (r: PaperRecord): void => {
    index.add(r, papers.length);
    papers.add(r);
  };
  // `ready`: a regular Markdown file is then read in passes, each item handed over as it ends
  // (read/markdown.ts); read once, its items would wait for the end of the file (~390 MB of heap
  // at 200,000 items, measured).
  const summary = await streamInputs(inputs, opts, { record, collectRepos: false, ready: () => null });
  if (summary.passthrough) return { ...compactExtract(summary.passthrough), problems: summary.problems, compact: true };
  // The targets go to a file (ref-store.ts): the harvest and the build read them back as used.
  return { papers: papers.view(), repos: index.toStore().view(), problems: summary.problems, compact: true };
}

/** An extract result held in memory (a saved one, another stage's), held as the audit holds its own. */
export function compactExtract(extracted: ExtractResult): ExtractResult {
  const papers = new PaperStore();
  for (const p of extracted.papers) papers.add(p);
  return { papers: papers.view(), repos: extracted.repos.map((r) => compactRepo({ ...r })) };
}

/** Its lists at their exact size (pushed one by one, they have room for more); in place: the index is the run's own. */
function compactRepo(r: RepoRef): RepoRef {
  r.paths = r.paths.slice();
  r.papers = r.papers.slice();
  return r;
}
