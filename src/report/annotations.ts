// GitHub Actions workflow commands: one `::error file=…,line=…::…` per input that could not be read,
// then one `::warning file=…,line=…::…` per dead or blocked link (not accepted), at the input file
// and line where it was written (escaped by action/workflow-commands.ts).
import { isAccepted } from '../accept/accept.js';
import { workflowCommand } from '../action/workflow-commands.js';
import type { RepoStatus, Snapshot } from '../types.js';
import { STATUS_LABEL } from './labels.js';
import { cmp } from './sort.js';

const ANNOTATED: readonly RepoStatus[] = ['not-found', 'blocked'];

/** One warning for a dead or blocked link, at the input file and line where it was written. */
export interface Annotation {
  file?: string;
  line?: number;
  title: string;
  message: string;
}

/** The annotations as data (the Action hands them to @actions/core). */
export function annotationList(snapshot: Snapshot): Annotation[] {
  const byKey = new Map(snapshot.repos.map((r) => [r.key.toLowerCase(), r]));
  const list: Annotation[] = [];
  const papers = [...snapshot.papers].sort((a, b) => cmp(a.source, b.source) || a.line - b.line);
  for (const paper of papers) {
    for (const link of paper.links) {
      const repo = byKey.get(link.key.toLowerCase());
      if (!repo || !ANNOTATED.includes(repo.status) || isAccepted(repo)) continue;
      const place = paper.source && paper.source !== '-' ? { file: paper.source, line: link.line } : {};
      const message = `${link.url} is ${STATUS_LABEL[repo.status]}: ${repo.reasons.status ?? repo.status}`;
      list.push({ ...place, title: `repo-audit: ${STATUS_LABEL[repo.status]}`, message });
    }
  }
  return list;
}

/** One error per input not read (snapshot `problems`), at its file and line. */
function problemAnnotations(snapshot: Snapshot): Annotation[] {
  return (snapshot.problems ?? []).map((p) => {
    const place = p.source && p.source !== '-' ? { file: p.source, ...(p.line === null ? {} : { line: p.line }) } : {};
    const where = `${p.source === '-' ? 'standard input' : p.source}${p.line === null ? '' : `:${p.line}`}`;
    return { ...place, title: 'repo-audit: input not read', message: `${where}: ${p.reason}` };
  });
}

/**
 * The annotations as lines for the CLI to print under Actions: `::error file=…,line=…::…` per input
 * not read, then `::warning file=…,line=…::…` per dead or blocked link. (The Action reports its
 * input problems through @actions/core itself.)
 */
export function annotations(snapshot: Snapshot): string[] {
  // workflowCommand ends the line with a newline; the callers add their own.
  const line = (kind: string) => ({ file, line, title, message }: Annotation) => workflowCommand(kind, { file, line, title }, message).slice(0, -1);
  return [...problemAnnotations(snapshot).map(line('error')), ...annotationList(snapshot).map(line('warning'))];
}
