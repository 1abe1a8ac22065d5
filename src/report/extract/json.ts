// `--format json`: the design.md contract `{ papers: [...], repos: [...] }`, one element per line.
import type { ExtractFormatter } from './formatter.js';

export function jsonFormatter(): ExtractFormatter {
  let first = true;
  return {
    needsRepos: true,
    begin: () => '{\n  "papers": [',
    paper(record) {
      const sep = first ? '\n' : ',\n';
      first = false;
      return `${sep}    ${JSON.stringify(record)}`;
    },
    end(repos) {
      const items = repos.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
      return `${first ? '' : '\n  '}],\n  "repos": [${items ? `\n${items}\n  ` : ''}]\n}\n`;
    },
  };
}
