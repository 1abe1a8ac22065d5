// A scenario for the repositories a corpus links to (used for examples/scenarios/hf-papers.json).
// Deterministic: each repository's fate comes from a hash of its name, with hand-picked overrides
// so that every status and flag of design.md shows up. All of it is SIMULATED data.
import { cmp } from '../util/cmp.js';
import type { ExtractResult, RepoRef } from '../types.js';
import { isoSeconds } from './clock.js';
import { corpusArchives } from './corpus-archives.js';
import { withParents } from './fork-parents.js';
import { hashUnit } from './random.js';
import type { Scenario, ScenarioRepo } from './scenario.js';

type Entry = Partial<ScenarioRepo> & { repo: string };
export type Fate = 'ok' | 'empty' | 'placeholder' | 'not-found' | 'dmca' | 'blocked' | 'disabled' | 'renamed' | 'transferred' | 'subpath-missing';

export interface CorpusScenarioOptions {
  /** `owner/name` (any case) → fate, applied before the hash-based choice. */
  overrides?: Record<string, Fate>;
  /** Reference date for "recent" and "stale" pushes. */
  now?: string;
  token?: { token: string; login: string };
}

const DAY = 86_400_000;
const LANGS = ['Python', 'Python', 'Python', 'Python', 'Jupyter Notebook', 'C++', 'Cuda', 'MATLAB'];
const LICENSES = ['MIT', 'MIT', 'MIT', 'Apache-2.0', 'Apache-2.0', 'BSD-3-Clause', 'GPL-3.0', 'CC-BY-NC-4.0'];

/** Fates by hash band for repositories without an override (shares roughly as in the wild). */
function hashedFate(u: number): Fate {
  if (u < 0.08) return 'not-found';
  if (u < 0.11) return 'renamed';
  if (u < 0.13) return 'transferred';
  if (u < 0.16) return 'placeholder';
  if (u < 0.18) return 'empty';
  return 'ok';
}

/** `tree/<ref>/<path>` or `blob/<ref>/<path>` → ref and path. */
function splitLinkPath(p: string): { ref: string; path: string } | null {
  const m = /^(?:tree|blob)\/([^/]+)\/?(.*)$/.exec(p);
  return m ? { ref: m[1]!, path: m[2]! } : null;
}

function metadata(ref: RepoRef, name: string, nowMs: number): Entry {
  const u = (salt: string): number => hashUnit(`${name.toLowerCase()}#${salt}`);
  const created = nowMs - (400 + u('created') * 1800) * DAY;
  // About a third untouched for over a year (stale), the rest pushed in the last ten months.
  const pushed = u('stale') < 0.33 ? created + u('pushed') * Math.max(0, nowMs - 400 * DAY - created) : nowMs - u('pushed') * 300 * DAY;
  const lic = u('license');
  const linked = ref.paths.map(splitLinkPath).filter((x): x is { ref: string; path: string } => x !== null);
  const defaultBranch = linked[0]?.ref ?? (u('branch') < 0.5 ? 'main' : 'master');
  const license = lic < 0.25 ? null : lic < 0.3 ? 'NOASSERTION' : LICENSES[Math.floor(u('spdx') * LICENSES.length)]!;
  const root = [
    { name: 'README.md', type: 'blob' as const },
    ...(license ? [{ name: 'LICENSE', type: 'blob' as const }] : []),
    { name: 'requirements.txt', type: 'blob' as const },
    { name: u('layout') < 0.5 ? 'src' : 'models', type: 'tree' as const },
    { name: 'train.py', type: 'blob' as const },
  ];
  return {
    repo: name,
    stars: Math.floor(u('stars') ** 3 * 4000),
    forks: Math.floor(u('forks') ** 3 * 600),
    openIssues: Math.floor(u('issues') * 25),
    license,
    archived: u('archived') < 0.1,
    fork: u('fork') < 0.04,
    createdAt: isoSeconds(created),
    pushedAt: isoSeconds(Math.max(created, pushed)),
    commitCount: 1 + Math.floor(u('commits') * 150),
    language: LANGS[Math.floor(u('lang') * LANGS.length)]!,
    description: `Simulated repository standing in for ${name}`,
    defaultBranch,
    rootEntries: root,
    paths: linked.filter((l) => l.ref === defaultBranch && l.path).map((l) => l.path),
    refs: Object.fromEntries(linked.filter((l) => l.ref !== defaultBranch).map((l) => [l.ref, l.path ? [l.path] : []])),
  };
}

function shape(base: Entry, fate: Fate): Entry[] {
  const [owner, name] = base.repo.split('/') as [string, string];
  switch (fate) {
    case 'ok':
      return [base];
    case 'subpath-missing':
      return [{ ...base, paths: [], refs: {} }];
    case 'empty':
      return [{ ...base, empty: true, rootEntries: [], paths: [], refs: {}, language: null, commitCount: 0, license: null }];
    case 'placeholder':
      return [{ ...base, rootEntries: [{ name: 'README.md', type: 'blob' }, { name: 'assets', type: 'tree' }, { name: 'framework.png', type: 'blob' }], paths: [], refs: {}, language: null }];
    case 'not-found':
      return [{ repo: base.repo, state: 'not-found' }];
    case 'renamed': {
      const to = `${owner}/${name}-official`;
      return [{ repo: base.repo, state: 'renamed', movedTo: to }, { ...base, repo: to }];
    }
    case 'transferred': {
      const to = `${owner}-lab/${name}`;
      return [{ repo: base.repo, state: 'transferred', movedTo: to }, { ...base, repo: to }];
    }
    default:
      return [{ ...base, state: fate }];
  }
}

export function corpusScenario(extract: ExtractResult, opts: CorpusScenarioOptions = {}): Scenario {
  const nowMs = Date.parse(opts.now ?? '2026-11-01T00:00:00Z');
  const overrides = new Map(Object.entries(opts.overrides ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const seen = new Set<string>();
  const repos: Entry[] = [];
  for (const ref of extract.repos) {
    if (ref.forge !== 'github' || (ref.kind !== 'repo' && ref.kind !== 'pages') || !ref.repo || !ref.repo.includes('/')) continue;
    const name = ref.repo.split('/').slice(0, 2).join('/');
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const fate = overrides.get(name.toLowerCase()) ?? hashedFate(hashUnit(name.toLowerCase()));
    for (const e of shape(metadata(ref, name, nowMs), fate)) {
      if (!seen.has(e.repo.toLowerCase()) || e.repo.toLowerCase() === name.toLowerCase()) repos.push(e);
      seen.add(e.repo.toLowerCase());
    }
  }
  return {
    $schema: './scenario.schema.json',
    comment: 'SIMULATED DATA. Not real GitHub, Software Heritage or Wayback answers: states, metadata and archived copies are invented (seeded hash + hand-picked overrides) by scripts/make-hf-scenario.ts so that the demo shows every status and flag.',
    seed: 2026,
    tokens: [{ token: opts.token?.token ?? 'sim_token_demo_hf_papers', login: opts.token?.login ?? 'demo-user', rest: 5000, graphql: 5000 }],
    repos: withParents(repos).sort((a, b) => cmp(a.repo.toLowerCase(), b.repo.toLowerCase())) as Scenario['repos'],
    archives: corpusArchives([...repos].sort((a, b) => cmp(a.repo.toLowerCase(), b.repo.toLowerCase())), nowMs),
  };
}
