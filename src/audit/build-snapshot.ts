// Extracted papers + harvested facts → the Snapshot (design.md contract, extended with paper
// health and run history). Pure: the clock (read once) and the version come in as arguments.
import { classifyRepo } from '../classify/classify.js';
import type { Clock } from '../harvest/clock.js';
import { classifyPaper } from '../classify/paper.js';
import type { ExtractResult, InputProblemEntry, PaperHealth, PaperRecord, RepoFacts, RepoFlag, RepoRef, Snapshot, SnapshotRepo } from '../types.js';
import { REPO_FLAGS, REPO_STATUSES } from '../types.js';
import { healthyShare, nextHistory } from '../report/history.js';
import { repoFinder } from '../report/repo-order.js';
import { cmp } from '../util/cmp.js';
import { interner } from '../util/text.js';
import { snapshotChanged } from '../action/snapshot-changed.js';
import { paperStoreOf } from './paper-store.js';
import { RepoStore } from './repo-store.js';
import type { FactsReader } from './facts-spill.js';
import { acceptRepo } from '../accept/accept.js';
import type { IgnoreEntry } from '../accept/ignore-file.js';

export interface BuildSnapshotInput {
  extract: ExtractResult;
  facts: readonly RepoFacts[];
  /** The run's clock: the snapshot's time is read from it once. */
  clock: Pick<Clock, 'now'>;
  staleDays: number;
  version: string;
  previous?: Snapshot | null;
  /** Why the harvest stopped early, if it did: given as the reason for every repository left unanswered. */
  incompleteReason?: string | null;
  /** Inputs that could not be read (they reach the reports: health.md "Inputs not read", annotations). */
  problems?: readonly InputProblemEntry[];
}

const PAPER_HEALTHS = ['healthy', 'unchecked', 'some-broken', 'promise-unkept', 'no-code-link'] as const;

export function buildSnapshot(input: BuildSnapshotInput): Snapshot {
  const factsByKey = new Map(input.facts.map((f) => [f.key.toLowerCase(), f]));
  return classifyAndAssemble(input, (ref, now) => factsByKey.get(ref.key.toLowerCase()) ?? notChecked(ref, now, input.incompleteReason ?? null), true);
}

/**
 * buildSnapshot for the audit, whose facts are in a spill (facts-spill.ts) and whose
 * repositories would not fit in memory: each target, in key order, has its facts read back,
 * is classified, marked accepted (`ignore`) and written to a RepoStore (repo-store.ts) with its
 * facts. The snapshot's `repos` is the store's view (read as used, without `facts`; the store's
 * `withFacts` gives snapshot.json's entries). The same snapshot as buildSnapshot + markAccepted.
 */
export function buildSnapshotIntoStore(input: Omit<BuildSnapshotInput, 'facts'> & { spill: FactsReader; ignore?: readonly IgnoreEntry[] }): { snapshot: Snapshot; store: RepoStore } {
  const { extract, spill } = input;
  const now = new Date(input.clock.now());
  const acceptedAt = new Date(snapshotTime(now));
  const promised = promisedKeys(extract.papers);
  // Each repository is written to the store at once: sharing equal strings and health objects
  // (as classifyAndAssemble does for repositories it holds) would only keep a map of them all.
  const same = (s: string | null): string | null => s;
  const sameHealth = (h: ReturnType<typeof classifyRepo>): ReturnType<typeof classifyRepo> => h;
  const before = input.previous ? repoFinder(input.previous) : null;
  const store = new RepoStore();
  const tally = new StoreTally();
  // In key order, reading the targets one at a time (the audit's are in a file: ref-store.ts).
  const keys = extract.repos.map((r) => r.key);
  const order = Uint32Array.from(keys.keys()).sort((a, b) => cmp(keys[a]!, keys[b]!) || a - b);
  keys.length = 0;
  for (const i of order) {
    const ref = extract.repos[i]!;
    const f = spill.get(ref.key) ?? notChecked(ref, now, input.incompleteReason ?? null);
    const health = sameHealth(classifyRepo(f, { now, staleDays: input.staleDays, promised: promised.has(ref.key.toLowerCase()) }));
    const classified = toSnapshotRepo(ref, f, health, extract.papers, true, same);
    const carried = before ? carryOne(classified, before) : classified;
    const repo = input.ignore?.length ? acceptRepo(carried, input.ignore, acceptedAt) : carried;
    store.add(repo, repo.facts);
    tally.count(repo);
  }
  return { snapshot: snapshotFromStore(store, tally, assemblyOf(input, now)), store };
}

/** What the summary counts of the repositories, counted as they are added to a RepoStore. */
export class StoreTally {
  readonly byStatus: Record<string, number> = Object.fromEntries(REPO_STATUSES.map((n) => [n, 0]));
  readonly byFlag: Record<string, number> = Object.fromEntries(REPO_FLAGS.map((n) => [n, 0]));
  private decided = 0;
  private ok = 0;

  count(repo: SnapshotRepo): void {
    this.byStatus[repo.status] = (this.byStatus[repo.status] ?? 0) + 1;
    for (const flag of repo.flags) this.byFlag[flag] = (this.byFlag[flag] ?? 0) + 1;
    if (repo.status !== 'unknown') this.decided++;
    if (repo.status === 'ok') this.ok++;
  }

  /** As report/history.ts healthyShare computes it from the repositories. */
  get healthyShare(): number {
    return this.decided === 0 ? 0 : Math.round((this.ok / this.decided) * 10_000) / 10_000;
  }
}

/**
 * The snapshot of repositories classified into `store` in key order (counted by `tally`):
 * assembleSnapshot's papers' verdicts, summary and history, with the repositories read from the
 * store instead of held (the audit's build, and `merge`).
 */
export function snapshotFromStore(store: RepoStore, tally: StoreTally, input: Omit<AssembleInput, 'repos' | 'facts'>): Snapshot {
  const health = sharedPaperHealth();
  const verdict = (p: PaperRecord): NonNullable<PaperRecord['health']> => {
    const v = classifyPaper(p, (k) => store.healthOf(k));
    return health(v.health, v.reason);
  };
  const paperStore = paperStoreOf(input.papers);
  const papers = paperStore
    ? paperStore.inOrderWithHealth(verdict).view()
    : input.papers.map((p) => withHealth(p, verdict(p))).sort((a, b) => cmp(a.source, b.source) || a.line - b.line);
  let links = 0;
  const byPaperHealth: Record<string, number> = Object.fromEntries(PAPER_HEALTHS.map((n) => [n, 0]));
  for (const p of papers) {
    for (const l of p.links) if (store.indexOf(l.key) !== undefined) links++;
    if (p.health) byPaperHealth[p.health.status] = (byPaperHealth[p.health.status] ?? 0) + 1;
  }
  const snapshot: Snapshot = {
    schemaVersion: 1,
    generatedAt: snapshotTime(input.now),
    tool: { name: 'repo-audit', version: input.version },
    summary: { papers: papers.length, links, repos: store.length, byStatus: tally.byStatus, byFlag: tally.byFlag, byPaperHealth },
    repos: store.view(),
    papers,
  };
  finishSnapshot(snapshot, input.problems ?? [], input.incompleteReason, input.previous, tally.healthyShare);
  return snapshot;
}

function classifyAndAssemble(input: Omit<BuildSnapshotInput, 'facts'>, factsOf: (ref: RepoRef, now: Date) => RepoFacts, keepFacts: boolean, store?: FactsStore): Snapshot {
  const { extract } = input;
  const now = new Date(input.clock.now());
  const promised = promisedKeys(extract.papers);
  const same = sharedStrings();
  const sameHealth = sharedHealth();
  const repos: SnapshotRepo[] = extract.repos.map((ref) => {
    const f = factsOf(ref, now);
    const health = sameHealth(classifyRepo(f, { now, staleDays: input.staleDays, promised: promised.has(ref.key.toLowerCase()) }));
    return toSnapshotRepo(ref, f, health, extract.papers, keepFacts, same);
  });
  return assembleSnapshot({ repos, ...assemblyOf(input, now), ...(store ? { facts: store } : {}) });
}

/** What the assembly takes from a build's input besides the repositories (both builds). */
function assemblyOf(input: Omit<BuildSnapshotInput, 'facts'>, now: Date): Omit<AssembleInput, 'repos' | 'facts'> {
  return {
    papers: input.extract.papers,
    now,
    version: input.version,
    previous: input.previous ?? null,
    incompleteReason: input.incompleteReason ?? null,
    problems: input.problems ?? [],
  };
}

/** Where repositories' facts are kept when the snapshot's repositories do not hold them (facts-spill.ts). */
export interface FactsStore {
  get(key: string): RepoFacts | undefined;
  put(facts: RepoFacts): void;
}

export interface AssembleInput {
  /** Classified repositories, in any order. */
  repos: SnapshotRepo[];
  /** Every paper read (their health is computed here, from `repos`). */
  papers: readonly PaperRecord[];
  now: Date;
  version: string;
  previous: Snapshot | null;
  incompleteReason: string | null;
  /** Inputs that could not be read (snapshot `problems`). */
  problems?: readonly InputProblemEntry[];
  /** The facts of repositories that do not hold them (`repos[].facts` absent), for carrying `checkedAt` over. */
  facts?: FactsStore;
}

/** Classified repositories + papers → the Snapshot: paper health, summary and history (shared with `merge`). */
export function assembleSnapshot(input: AssembleInput): Snapshot {
  const { now } = input;
  const repos = carryCheckedAt([...input.repos], input.previous, input.facts).sort((a, b) => cmp(a.key, b.key));
  const byKey = new Map(repos.map((r) => [r.key.toLowerCase(), r]));
  const health = sharedPaperHealth();
  const verdict = (p: PaperRecord): NonNullable<PaperRecord['health']> => {
    const v = classifyPaper(p, (k) => byKey.get(k.toLowerCase()));
    return health(v.health, v.reason);
  };
  // The audit's papers are in a PaperStore (outside the heap): the same bytes in the snapshot's order, with their verdicts.
  const store = paperStoreOf(input.papers);
  const papers = store
    ? store.inOrderWithHealth(verdict).view()
    : input.papers.map((p) => withHealth(p, verdict(p))).sort((a, b) => cmp(a.source, b.source) || a.line - b.line);
  const snapshot: Snapshot = {
    schemaVersion: 1,
    generatedAt: snapshotTime(now),
    tool: { name: 'repo-audit', version: input.version },
    summary: {
      papers: papers.length,
      // Links to what was checked: a paper's own arXiv/DOI link only with --check-paper-links.
      links: papers.reduce((n, p) => n + p.links.filter((l) => byKey.has(l.key.toLowerCase())).length, 0),
      repos: repos.length,
      byStatus: count(REPO_STATUSES, repos.map((r) => [r.status])),
      byFlag: count(REPO_FLAGS, repos.map((r) => r.flags)),
      byPaperHealth: count(PAPER_HEALTHS, papers.map((p) => (p.health ? [p.health.status] : []))),
    },
    repos,
    papers,
  };
  finishSnapshot(snapshot, input.problems ?? [], input.incompleteReason, input.previous, healthyShare(snapshot));
  return snapshot;
}

/** The snapshot's time: the run's, to the second. */
const snapshotTime = (now: Date): string => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The input problems, the reason the run stopped early, and the history, in the snapshot's order of fields. */
function finishSnapshot(snapshot: Snapshot, problems: readonly InputProblemEntry[], incompleteReason: string | null, previous: Snapshot | null, share: number): void {
  if (problems.length) {
    snapshot.problems = problems
      .map(({ source, line, reason }) => ({ source, line, reason }))
      .sort((a, b) => cmp(a.source, b.source) || (a.line ?? 0) - (b.line ?? 0));
  }
  if (incompleteReason) snapshot.incomplete = { reason: incompleteReason };
  snapshot.history = nextHistory(previous, { generatedAt: snapshot.generatedAt, healthyShare: share });
}

/**
 * The paper with its health, as a literal of one shape: a spread (`{ ...p, health }`) gives every
 * copy a hidden class of its own in V8 — ~300 bytes a paper more, 15 MB for 50,000.
 */
function withHealth(p: PaperRecord, health: NonNullable<PaperRecord['health']>): PaperRecord {
  const { source, line, title, date, promised, claimsCodeWithoutLink, links } = p;
  return p.id === undefined
    ? { source, line, title, date, promised, claimsCodeWithoutLink, links, health }
    : { source, line, title, date, promised, claimsCodeWithoutLink, links, id: p.id, health };
}

/**
 * `checkedAt` says when a repository's facts last changed, not when they were last asked: when
 * the previous snapshot holds the same facts (ignoring the times and which path answered), its
 * time is kept, so a re-run against an unchanged world rewrites no per-repository line.
 */
function carryCheckedAt(repos: SnapshotRepo[], previous: Snapshot | null, store?: FactsStore): SnapshotRepo[] {
  if (!previous) return repos;
  const before = repoFinder(previous);
  return repos.map((repo) => carryOne(repo, before, store));
}

/** carryCheckedAt for one repository; `before` finds the previous snapshot's repository by key (without case). */
export function carryOne(repo: SnapshotRepo, before: (key: string) => SnapshotRepo | undefined, store?: FactsStore): SnapshotRepo {
  const old = before(repo.key);
  if (!old || old.checkedAt === null) return repo;
  const stored = repo.facts ? undefined : store?.get(repo.key);
  if (factsChanged(old, stored ? { ...repo, facts: stored } : repo)) return repo;
  const facts = repo.facts ?? stored;
  const carried = facts ? { ...facts, checkedAt: old.facts?.checkedAt ?? old.checkedAt } : undefined;
  if (stored && carried) store?.put(carried);
  return { ...repo, checkedAt: old.checkedAt, ...(repo.facts && carried ? { facts: carried } : {}) };
}

/** Whether two runs' entries for a repository differ beyond times, answer path (snapshotChanged ignores those) and ignore-file acceptance (applied later). */
function factsChanged(old: SnapshotRepo, repo: SnapshotRepo): boolean {
  return snapshotChanged({ ...old, accepted: undefined }, { ...repo, accepted: undefined });
}

/**
 * One string for equal values of the fields many repositories share (licences, answer times,
 * errors): facts read back from the spill bring a fresh copy of each. A run's snapshot holds 4
 * of them per repository.
 */
function sharedStrings(): (s: string | null) => string | null {
  const one = interner();
  return (s) => (s === null ? null : one(s));
}

/** One flags array and one reasons object for repositories classified alike (most of a big collection). */
function sharedHealth(): (h: ReturnType<typeof classifyRepo>) => ReturnType<typeof classifyRepo> {
  const flags = new Map<string, RepoFlag[]>();
  const reasons = new Map<string, SnapshotRepo['reasons']>();
  return (h) => {
    const f = h.flags.join(',');
    const r = JSON.stringify(h.reasons);
    if (!flags.has(f)) flags.set(f, h.flags);
    if (!reasons.has(r)) reasons.set(r, h.reasons);
    return { status: h.status, flags: flags.get(f)!, reasons: reasons.get(r)! };
  };
}

/** One `{ status, reason }` object per distinct paper verdict. */
function sharedPaperHealth(): (status: PaperHealth, reason: string) => NonNullable<PaperRecord['health']> {
  const seen = new Map<string, NonNullable<PaperRecord['health']>>();
  return (status, reason) => {
    const id = `${status}\n${reason}`;
    let h = seen.get(id);
    if (!h) seen.set(id, (h = { status, reason }));
    return h;
  };
}

function toSnapshotRepo(ref: RepoRef, f: RepoFacts, health: ReturnType<typeof classifyRepo>, papers: readonly PaperRecord[], keepFacts: boolean, same: (s: string | null) => string | null): SnapshotRepo {
  const pushedAt = same(f.pushedAt);
  return {
    key: ref.key,
    url: ref.url,
    forge: ref.forge,
    kind: ref.kind,
    status: health.status,
    flags: health.flags,
    reasons: health.reasons,
    canonicalUrl: f.canonicalUrl === ref.url ? ref.url : f.canonicalUrl,
    stars: f.stars,
    forks: f.forks,
    license: same(f.license),
    archived: f.archived,
    pushedAt,
    lastCommitAt: f.lastCommitAt === pushedAt ? pushedAt : f.lastCommitAt,
    checkedAt: same(f.checkedAt) as string,
    error: same(f.error),
    papers: ref.papers
      .map((i) => papers[i])
      .filter((p): p is PaperRecord => p !== undefined)
      .map((p) => ({ source: p.source, line: p.line, title: p.title })),
    ...(f.archive ? { archive: f.archive } : {}),
    ...(keepFacts ? { facts: f } : {}),
  };
}

function promisedKeys(papers: readonly PaperRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const p of papers) if (p.promised) for (const l of p.links) keys.add(l.key.toLowerCase());
  return keys;
}

/** A repository the harvester gave no answer for is `unknown`, never dead. */
export function notChecked(ref: RepoRef, now: Date, reason: string | null = null): RepoFacts {
  return {
    key: ref.key, forge: ref.forge, kind: ref.kind, url: ref.url, outcome: 'unknown', httpStatus: null, blockReason: null,
    canonicalRepo: null, canonicalUrl: null, moved: false, stars: null, forks: null, openIssues: null, license: null,
    archived: null, private: null, disabled: null, fork: null, empty: null, createdAt: null, pushedAt: null, updatedAt: null,
    lastCommitAt: null, description: null, homepage: null, topics: [], language: null, latestRelease: null,
    defaultBranch: null, rootEntries: null, subpaths: {}, error: reason ?? 'not checked in this run', checkedAt: now.toISOString(), via: 'none',
  };
}

function count(names: readonly string[], values: readonly (readonly string[])[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (const list of values) for (const v of list) out[v] = (out[v] ?? 0) + 1;
  return out;
}
