// `--format json`: the design.md contract `{ papers: [...], repos: [...] }`, one element per line.
import { jsonInParts, type ExtractFormatter } from './formatter.js';

export function jsonFormatter(): ExtractFormatter {
  let first = true;
  /** What comes before the next paper's text. */
  const separator = () => {
    const sep = first ? '\n    ' : ',\n    ';
    first = false;
    return sep;
  };
  return {
    needsRepos: true,
    begin: () => '{\n  "papers": [',
    paper: (record) => `${separator()}${JSON.stringify(record)}`,
    paperParts: (record) => jsonInParts(record, separator(), ''),
    end(repos) {
      const items = repos.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
      return `${first ? '' : '\n  '}],\n  "repos": [${items ? `\n${items}\n  ` : ''}]\n}\n`;
    },
  };
}
