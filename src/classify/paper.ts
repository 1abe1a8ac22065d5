// A paper's health follows from its links' repositories: every link healthy, some broken,
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
  /** Days between the paper's date and `now`, for promises; null when the date is not known. */
  daysSincePaper: number | null;
}

/** Statuses that mean a reader following the link does not find the code. */
export const BROKEN_STATUSES: readonly RepoStatus[] = ['not-found', 'blocked', 'empty', 'placeholder'];

export function classifyPaper(
  paper: PaperRecord,
  healthOf: (key: string) => LinkedRepoHealth | undefined,
  now: Date,
): PaperVerdict {
  const dated = parsePaperDate(paper.date);
  const daysSincePaper = dated === null ? null : Math.max(0, Math.floor((now.getTime() - dated) / 86_400_000));
  const since = daysSincePaper === null ? '' : ` (${daysSincePaper} days since the paper)`;
  // A link to the paper itself (arXiv, DOI…) says nothing about its code.
  const keys = [...new Set(paper.links.filter(isCodeLink).map((l) => l.key))];
  if (keys.length === 0) {
    if (paper.promised) return { health: 'promise-unkept', reason: `code promised, no link given${since}`, daysSincePaper };
    return { health: 'no-code-link', reason: paper.claimsCodeWithoutLink ? 'says code is available but gives no link' : 'no code link', daysSincePaper };
  }
  const linked = keys.map((k) => healthOf(k));
  if (linked.some((h) => h?.flags.includes('promise-unkept'))) {
    return { health: 'promise-unkept', reason: `code promised, repository still empty or a placeholder${since}`, daysSincePaper };
  }
  const broken = linked.filter((h) => h && BROKEN_STATUSES.includes(h.status)).length;
  if (broken > 0) return { health: 'some-broken', reason: `${broken} of ${keys.length} links broken`, daysSincePaper };
  const unknown = linked.filter((h) => !h || h.status === 'unknown').length;
  const reason = unknown > 0 ? `no broken link (${unknown} of ${keys.length} not checked)` : 'every link healthy';
  return { health: 'healthy', reason, daysSincePaper };
}
