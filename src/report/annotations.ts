// GitHub Actions workflow commands: one `::error file=…,line=…::…` per input that could not be read,
// then one `::warning file=…,line=…::…` per dead or blocked link (not accepted), at the input file
// and line where it was written (escaped by util/workflow-commands.ts).
import { workflowCommand } from '../util/workflow-commands.js';
import type { Snapshot } from '../types.js';
import { deadLinks } from './dead-links.js';
import { STATUS_LABEL } from './labels.js';

/** One warning for a dead or blocked link, at the input file and line where it was written. */
export interface Annotation {
  file?: string;
  line?: number;
  title: string;
  message: string;
}

/** The annotations as data (the Action hands them to @actions/core). */
export function annotationList(snapshot: Snapshot): Annotation[] {
  return deadLinks(snapshot).map(({ file, line, url, status, reason }) => ({
    ...(file === undefined ? {} : { file, line }),
    title: `repo-audit: ${STATUS_LABEL[status]}`,
    message: `${url} is ${STATUS_LABEL[status]}: ${reason}`,
  }));
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
