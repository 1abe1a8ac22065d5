// The GitHub Actions job summary: verdict, status counts, changes and the problem tables, cut to
// stay under GitHub's 1 MiB per-step limit (github-api.md, "GitHub Actions").
import type { Snapshot } from '../types.js';
import { diffSnapshots } from './diff.js';
import { renderChanges } from './diff-markdown.js';
import { isAccepted } from '../accept/accept.js';
import { STATUS_LABEL, plural } from './labels.js';
import { mdTable } from './md-table.js';
import { inputsNotReadSection } from './inputs-not-read.js';
import { problemSections, sectionMarkdown } from './problems.js';
import { verdictParagraph } from './verdict.js';
import { REPO_STATUSES } from '../types.js';

/** GitHub's limit is 1 MiB per step; keep a margin for whatever else the step writes. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;

export interface JobSummaryOptions {
  previous?: Snapshot | null;
  /** Bytes this summary may use (default JOB_SUMMARY_LIMIT minus nothing). */
  maxBytes?: number;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const TRUNCATED = '\n\n_Cut short to stay within the job summary limit: see health.md for everything._\n';

export function renderJobSummary(snapshot: Snapshot, opts: JobSummaryOptions = {}): string {
  const budget = (opts.maxBytes ?? JOB_SUMMARY_LIMIT) - bytes(TRUNCATED);
  const counts = mdTable(
    ['Status', 'Repositories'],
    REPO_STATUSES.map((s) => [STATUS_LABEL[s], String(snapshot.summary.byStatus[s] ?? 0)]),
    ['left', 'right'],
  );
  const unread = inputsNotReadSection(snapshot)?.replace(/^## /, '### ');
  const head = [`## Repository health`, verdictParagraph(snapshot), counts, ...(unread ? [unread] : [])];
  const fixable = fixableLine(snapshot);
  if (fixable) head.push(fixable);
  if (opts.previous && opts.previous.generatedAt !== snapshot.generatedAt) head.push(renderChanges(diffSnapshots(opts.previous, snapshot)).replace(/^## /, '### '));
  let out = head.join('\n\n');
  if (bytes(out) > budget) return `${cutToBytes(out, budget)}${TRUNCATED}`;
  for (const section of problemSections(snapshot)) {
    const block = `\n\n${sectionMarkdown(section, '###')}`;
    if (bytes(out) + bytes(block) <= budget) {
      out += block;
      continue;
    }
    out += fitRows(block, budget - bytes(out));
    return `${out}${TRUNCATED}`;
  }
  return `${out}\n`;
}

/** `3 moved links can be fixed with …`: the repositories flagged moved and not accepted. */
export function fixableLine(snapshot: Snapshot): string | null {
  const moved = snapshot.repos.filter((r) => r.flags.includes('moved') && !isAccepted(r)).length;
  if (moved === 0) return null;
  return `**Fixable:** ${plural(moved, 'repository has', 'repositories have')} moved; \`repo-audit fix FILES…\` rewrites the links to ${moved === 1 ? 'it' : 'them'} in your files.`;
}

/** As many whole table rows of `block` as fit in `room` bytes (the header rows always go together). */
function fitRows(block: string, room: number): string {
  const lines = block.split('\n');
  const headerEnd = lines.findIndex((l) => /^\| (---:?|:?---)/.test(l));
  if (headerEnd < 0) return '';
  let kept = lines.slice(0, headerEnd + 1).join('\n');
  if (bytes(kept) > room) return '';
  for (const line of lines.slice(headerEnd + 1)) {
    if (bytes(kept) + bytes(line) + 1 > room) break;
    kept += `\n${line}`;
  }
  return kept;
}

function cutToBytes(text: string, max: number): string {
  let out = text;
  while (bytes(out) > max) out = out.slice(0, Math.max(0, out.length - Math.max(1, bytes(out) - max)));
  return out.slice(0, out.lastIndexOf('\n') > 0 ? out.lastIndexOf('\n') : out.length);
}
