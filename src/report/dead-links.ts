// The dead and blocked links of a run, at the input file and line where each was written (accepted
// problems left out). The Actions annotations and the end-of-run list on the console share them.
import { isAccepted } from '../accept/accept.js';
import type { RepoStatus, Snapshot } from '../types.js';
import { cmp } from '../util/cmp.js';
import { papersInOrder } from './paper-order.js';
import { repoFinder } from './repo-order.js';

const DEAD: readonly RepoStatus[] = ['not-found', 'blocked'];

export interface DeadLink {
  /** The input file, or undefined for standard input. */
  file?: string;
  line: number;
  url: string;
  status: RepoStatus;
  reason: string;
}

export function deadLinks(snapshot: Snapshot): DeadLink[] {
  const repoOf = repoFinder(snapshot);
  const list: DeadLink[] = [];
  const papers = papersInOrder(snapshot.papers);
  for (const paper of papers) {
    for (const link of paper.links) {
      const repo = repoOf(link.key);
      if (!repo || !DEAD.includes(repo.status) || isAccepted(repo)) continue;
      const file = paper.source && paper.source !== '-' ? { file: paper.source } : {};
      list.push({ ...file, line: link.line, url: link.url, status: repo.status, reason: repo.reasons.status ?? repo.status });
    }
  }
  return list;
}
