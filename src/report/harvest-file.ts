// The file `repo-audit harvest --out` writes: the extract result plus one RepoFacts per target.
// Deterministic (input order, fixed key order) so that two runs diff cleanly.
import type { ExtractResult, RepoFacts } from '../types.js';
import type { HarvestRun } from '../harvest/index.js';

export interface HarvestFile {
  schemaVersion: 1;
  kind: 'harvest';
  generatedAt: string;
  tool: { name: 'repo-audit'; version: string };
  incomplete: { reason: string } | null;
  stats: HarvestRun['stats'];
  notices: string[];
  papers: ExtractResult['papers'];
  repos: ExtractResult['repos'];
  facts: RepoFacts[];
}

export function harvestFile(extracted: ExtractResult, run: HarvestRun, version: string, generatedAt: string): HarvestFile {
  return {
    schemaVersion: 1,
    kind: 'harvest',
    generatedAt,
    tool: { name: 'repo-audit', version },
    incomplete: run.incomplete,
    stats: run.stats,
    notices: run.notices,
    papers: extracted.papers,
    repos: extracted.repos,
    facts: run.facts,
  };
}

/** One line per outcome for the end of a run: `122 checked: 97 found, 9 not-found, 2 blocked, 14 unknown`. */
export function outcomeLine(facts: RepoFacts[]): string {
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(f.outcome, (counts.get(f.outcome) ?? 0) + 1);
  const order = ['found', 'not-found', 'blocked', 'unknown'];
  const parts = order.filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${o}`);
  return `${facts.length} checked: ${parts.join(', ') || 'nothing to check'}`;
}
