// GitHub Actions workflow commands: one `::warning file=…,line=…::…` per dead or blocked link, at
// the input file and line where it was written. Escaping follows @actions/core (command.ts):
// data escapes % CR LF; properties also escape : and ,.
import type { RepoStatus, Snapshot } from '../types.js';
import { STATUS_LABEL } from './labels.js';
import { cmp } from './sort.js';

const ANNOTATED: readonly RepoStatus[] = ['not-found', 'blocked'];

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotations(snapshot: Snapshot): string[] {
  const byKey = new Map(snapshot.repos.map((r) => [r.key.toLowerCase(), r]));
  const lines: string[] = [];
  const papers = [...snapshot.papers].sort((a, b) => cmp(a.source, b.source) || a.line - b.line);
  for (const paper of papers) {
    for (const link of paper.links) {
      const repo = byKey.get(link.key.toLowerCase());
      if (!repo || !ANNOTATED.includes(repo.status)) continue;
      const props = [
        ...(paper.source && paper.source !== '-' ? [`file=${escapeProperty(paper.source)}`, `line=${link.line}`] : []),
        `title=${escapeProperty(`repo-audit: ${STATUS_LABEL[repo.status]}`)}`,
      ];
      const message = `${link.url} is ${STATUS_LABEL[repo.status]}: ${repo.reasons.status ?? repo.status}`;
      lines.push(`::warning ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines;
}
