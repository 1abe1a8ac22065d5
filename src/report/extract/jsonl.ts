// `--format jsonl`: one paper record per line (the elements of `papers[]`); `repos[]` is not
// repeated — rebuild it with `reposOf()` or use `--format json`.
import { jsonInParts, type ExtractFormatter } from './formatter.js';

export function jsonlFormatter(): ExtractFormatter {
  return {
    needsRepos: false,
    begin: () => '',
    paper: (record) => `${JSON.stringify(record)}\n`,
    paperParts: (record) => jsonInParts(record, '', '\n'),
    end: () => [],
  };
}
