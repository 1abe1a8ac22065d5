// A paper's health follows from its links' repositories: every link healthy, some not checked, some broken,
// promised but not delivered, or no code link at all (issue 5, "Classification").
import type { PaperHealth, PaperRecord, RepoFlag, RepoStatus } from '../types.js';
import { isCodeLink } from '../extract/paper-sites.js';
import { parsePaperDate } from './paper-date.js';

/** What classifyPaper needs to know about each repository a link points at. */
export interface LinkedRepoHealth {
  status: RepoStatus;
  flags: readonly RepoFlag[];
}

export interface PaperVerdict {
  health: PaperHealth;
  reason: string;
}

/** Statuses that mean a reader following the link does not find the code. */
export const BROKEN_STATUSES: readonly RepoStatus[] = ['not-found', 'blocked', 'empty', 'placeholder'];

/**
 * The verdict depends only on the paper and its repositories, never on the day it is asked: the
 * reason names the paper's date, not the days since it, so an unchanged world gives unchanged
 * snapshots (reports count the days when they render).
 */
export function classifyPaper(paper: PaperRecord, healthOf: (key: string) => LinkedRepoHealth | undefined): PaperVerdict {
  const dated = parsePaperDate(paper.date);
  const since = dated === null ? '' : ` (paper dated ${new Date(dated).toISOString().slice(0, 10)})`;
  // A link to the paper itself (arXiv, DOI…) says nothing about its code.
  const keys = [...new Set(paper.links.filter(isCodeLink).map((l) => l.key))];
  if (keys.length === 0) {
    if (paper.promised) return { health: 'promise-unkept', reason: `code promised, no link given${since}` };
    return { health: 'no-code-link', reason: paper.claimsCodeWithoutLink ? 'says code is available but gives no link' : 'no code link' };
  }
  const linked = keys.map((k) => healthOf(k));
  if (linked.some((h) => h?.flags.includes('promise-unkept'))) {
    return { health: 'promise-unkept', reason: `code promised, repository still empty or a placeholder${since}` };
  }
  const broken = linked.filter((h) => h && BROKEN_STATUSES.includes(h.status)).length;
  if (broken > 0) return { health: 'some-broken', reason: `${broken} of ${keys.length} links broken` };
  // A link that could not be checked is not a healthy one: such a paper is told apart, never counted healthy.
  const unknown = linked.filter((h) => !h || h.status === 'unknown').length;
  if (unknown > 0) return { health: 'unchecked', reason: `${unknown} of ${keys.length} ${keys.length === 1 ? 'link' : 'links'} not checked, none broken` };
  return { health: 'healthy', reason: 'every link healthy' };
}
