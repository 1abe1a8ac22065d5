// `--format table` (the default on a terminal): one row per link, papers that promised code
// without a link, then totals.
import { cleanText, truncate } from '../../util/text.js';
import type { PaperRecord, RepoRef } from '../../types.js';
import type { ExtractFormatter } from './formatter.js';

const TITLE_WIDTH = 48;

/** A title from the input on one terminal line: controls (escape sequences) dropped, cut like report titles. */
function fit(text: string, width: number): string {
  return truncate(cleanText(text), width).padEnd(width);
}

function targetName(l: PaperRecord['links'][number]): string {
  if (l.kind === 'web') return l.url;
  if (l.kind === 'paper') return `paper ${l.url}`;
  const name = `${l.forge ?? 'web'} ${l.kind === 'repo' ? '' : `${l.kind} `}${l.repo ?? ''}`;
  return l.path ? `${name} (${l.path})` : name;
}

export function tableFormatter(): ExtractFormatter {
  let source: string | null = null;
  const totals = { papers: 0, withLinks: 0, links: 0, promised: 0, promisedNoLink: 0, claims: 0 };
  /** A paper's rows, one line each (a source's first paper after its name). */
  function* paperParts(p: PaperRecord): Generator<string> {
    totals.papers++;
    totals.links += p.links.length;
    if (p.links.length > 0) totals.withLinks++;
    if (p.promised) totals.promised++;
    if (p.promised && p.links.length === 0) totals.promisedNoLink++;
    if (p.claimsCodeWithoutLink) totals.claims++;
    const note = p.promised ? 'promised' : p.claimsCodeWithoutLink ? 'claims code' : '';
    if (p.links.length === 0 && !note) return;
    if (p.source !== source) yield `${source === null ? '' : '\n'}${p.source}\n`;
    source = p.source;
    const title = fit(p.title ?? '(untitled)', TITLE_WIDTH);
    if (p.links.length === 0) yield `  ${String(p.line).padStart(6)}  ${title}  — ${note}, no link\n`;
    for (const l of p.links) yield `  ${String(l.line).padStart(6)}  ${title}  ${targetName(l)}${note ? `  [${note}]` : ''}\n`;
  }
  return {
    needsRepos: true,
    begin: () => '',
    paper: (p) => [...paperParts(p)].join(''),
    paperParts,
    end(repos: RepoRef[]) {
      // Counted, not filtered: repos[] may be read from a file (audit/write-extract.ts), one target at a time.
      let github = 0;
      for (const r of repos) if (r.forge === 'github' && r.kind === 'repo') github++;
      return [
        `\n${totals.papers} papers: ${totals.withLinks} with links, ${totals.promised} promised code ` +
          `(${totals.promisedNoLink} without a link), ${totals.claims} claim code without a link.\n` +
          `${totals.links} links to ${repos.length} distinct targets, ${github} of them GitHub repositories.\n`,
      ];
    },
  };
}
