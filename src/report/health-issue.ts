// The nightly workflow's one "Repository health" issue: what is a problem (a repository whose
// status or flag is in fail-on, or a paper verdict in fail-on that has no repository to carry it,
// as in classify/fail-on.ts), which problems are new since the previous snapshot, and the issue body.
// Pure; the workflow creates, edits or closes the issue with `gh` from what this returns.
import { paperMatchesFailOn } from '../classify/fail-on.js';
import type { PaperRecord, Snapshot, SnapshotRepo } from '../types.js';
import { mdText, mdUrl } from './escape.js';
import { mdTable } from './md-table.js';
import { cmp } from '../util/cmp.js';
import { unchecked } from './unchecked.js';

export const HEALTH_ISSUE_TITLE = 'Repository health';
/** Hidden marker so a human-edited title does not lose the issue. */
export const HEALTH_ISSUE_MARKER = '<!-- repo-audit:health-issue -->';
/** Rows in the issue body; the rest are in the report (an issue body holds at most 65,536 characters). */
const MAX_ROWS = 100;

/** One row of the issue: a repository, or a paper whose problem has no repository. */
export interface HealthProblem {
  key: string;
  url: string | null;
  status: string;
  flags: string[];
  reason: string;
  citedAt: string[];
}

export interface HealthIssuePlan {
  problems: HealthProblem[];
  /** Repositories whose check failed this run (not those skipped on purpose): the issue must not be closed. */
  unchecked: number;
  /** Why the run did not finish, or null. */
  incomplete: string | null;
  /** Problems that were not problems (or not there) in the previous snapshot. */
  newProblems: HealthProblem[];
  title: string;
  body: string;
}

type SnapshotPart = Pick<Snapshot, 'repos'> & { papers?: readonly PaperRecord[]; incomplete?: Snapshot['incomplete'] };

function repoProblem(r: SnapshotRepo): HealthProblem {
  return {
    key: r.key,
    url: r.url,
    status: r.status,
    flags: r.flags,
    reason: r.reasons.status ?? r.error ?? '',
    citedAt: r.papers.map((p) => `${p.source}:${p.line}`),
  };
}

/** Papers whose verdict is in fail-on but that no repository row shows (a promise with no link at all). */
function paperProblems(papers: readonly PaperRecord[], failOn: readonly string[]): HealthProblem[] {
  return papers
    .filter((p) => paperMatchesFailOn(p, failOn))
    .map((p) => ({
      key: `paper:${p.source}:${p.line}`,
      url: null,
      status: p.health?.status ?? '',
      flags: [],
      reason: [p.title, p.health?.reason].filter(Boolean).join(' — '),
      citedAt: [`${p.source}:${p.line}`],
    }));
}

export function findProblems(snapshot: SnapshotPart, failOn: readonly string[]): HealthProblem[] {
  const repos = snapshot.repos.filter((r) => failOn.includes(r.status) || r.flags.some((f) => failOn.includes(f)));
  return [...repos.map(repoProblem), ...paperProblems(snapshot.papers ?? [], failOn)];
}

/** `key status` of each problem, lower-cased: what the issue body records (see recordedProblems). */
export function problemEntries(problems: readonly HealthProblem[]): string[] {
  return problems.map((p) => `${p.key} ${p.status}${p.flags.length ? `+${p.flags.join('+')}` : ''}`.toLowerCase()).sort(cmp);
}

const RECORD = /<!-- repo-audit:problems (\[.*?\]) -->/;

/** The problems an issue body written by planHealthIssue records, or null for a body without a record. */
export function recordedProblems(body: string | null | undefined): string[] | null {
  const m = RECORD.exec(body ?? '');
  if (!m) return null;
  try {
    const list = JSON.parse(m[1]!) as unknown;
    return Array.isArray(list) && list.every((e) => typeof e === 'string') ? list : null;
  } catch {
    return null;
  }
}

/**
 * `previous`: the previous run's snapshot, or the problems an open issue records (its body is the
 * memory when a workflow keeps no snapshot between runs); null: every problem is new.
 */
export function planHealthIssue(
  current: SnapshotPart & Pick<Snapshot, 'generatedAt'>,
  previous: SnapshotPart | readonly string[] | null,
  failOn: readonly string[],
  reportUrl: string | null = null,
): HealthIssuePlan {
  const problems = findProblems(current, failOn);
  const before = new Set(
    previous === null ? [] : Array.isArray(previous) ? previous.map((e) => String(e).split(' ')[0]) : findProblems(previous as SnapshotPart, failOn).map((p) => p.key.toLowerCase()),
  );
  const newProblems = problems.filter((p) => !before.has(p.key.toLowerCase()));
  const notChecked = unchecked(current).failedTotal;
  const incomplete = current.incomplete?.reason ?? null;
  const body = issueBody(problems, newProblems, current.generatedAt, failOn, reportUrl, { unchecked: notChecked, incomplete });
  return { problems, newProblems, unchecked: notChecked, incomplete, title: HEALTH_ISSUE_TITLE, body };
}

function issueBody(
  problems: readonly HealthProblem[],
  newProblems: readonly HealthProblem[],
  generatedAt: string,
  failOn: readonly string[],
  reportUrl: string | null,
  gaps: { unchecked: number; incomplete: string | null },
): string {
  const fresh = new Set(newProblems.map((p) => p.key));
  const report = reportUrl ? `Full report: ${mdUrl(reportUrl, 120)}.` : 'Full report: `reports/health.md`.';
  // The record is JSON in an HTML comment; `>` is escaped so no key can end the comment early.
  const record = `<!-- repo-audit:problems ${JSON.stringify(problemEntries(problems)).replace(/>/g, '\\u003e')} -->`;
  const head = [
    HEALTH_ISSUE_MARKER,
    record,
    problems.length === 0
      ? `repo-audit found no problems on ${mdText(generatedAt)}.`
      : `repo-audit found **${problems.length}** problem${problems.length === 1 ? '' : 's'} on ${mdText(generatedAt)} ` +
        `(${newProblems.length} new since the previous run). A problem is a status, flag or paper verdict listed in ` +
        `\`fail-on\` (${failOn.map((f) => mdText(f)).join(', ')}).`,
    '',
    report,
    'This issue is updated by the nightly workflow and closed when everything is healthy again.',
  ];
  // Said before the table: a run that did not look cannot say the links are fine, so the issue stays open.
  if (gaps.incomplete) head.splice(1, 0, `**This run did not finish** (${mdText(gaps.incomplete, 200)}): the issue stays open until a complete run.`, '');
  if (gaps.unchecked > 0) head.splice(1, 0, `**${gaps.unchecked} linked ${gaps.unchecked === 1 ? 'repository' : 'repositories'} could not be checked** this run; the issue is not closed until they are.`, '');
  if (problems.length === 0) return head.join('\n') + '\n';
  const sorted = [...problems].sort((a, b) => Number(fresh.has(b.key)) - Number(fresh.has(a.key)) || cmp(a.key, b.key));
  const rows = sorted.slice(0, MAX_ROWS).map((p) => [
    fresh.has(p.key) ? '**new**' : '',
    p.url ? mdUrl(p.url) : 'no link',
    mdText(p.status),
    mdText(p.flags.join(', ')),
    mdText(p.reason, 120),
    mdText(p.citedAt.join(', '), 120),
  ]);
  const table = mdTable(['', 'Link', 'Status', 'Flags', 'Reason', 'Cited at'], rows);
  const more = sorted.length > MAX_ROWS ? [`…and ${sorted.length - MAX_ROWS} more in the report.`] : [];
  return [...head, '', table, ...more].join('\n') + '\n';
}
