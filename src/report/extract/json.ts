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
    *end(repos) {
      yield `${first ? '' : '\n  '}],\n  "repos": [`;
      for (let i = 0; i < repos.length; i++) yield `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(repos[i])}`;
      yield `${repos.length > 0 ? '\n  ' : ''}]\n}\n`;
    },
  };
}
