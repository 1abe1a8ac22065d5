// The whole pipeline as one library call: extract → harvest → classify → reports. The CLI
// (`repo-audit audit`, `demo`) and the GitHub Action are thin clients of this; they choose the
// exit code from the facts returned here (flagged? incomplete? input problems?).
import { join } from 'node:path';
import { loadIgnoreFile } from '../accept/ignore-file.js';
import { inputsDigest, shardRepos } from '../extract/shard.js';
import { realClock, type Clock } from '../harvest/clock.js';
import { harvestEach, targetsToCheck, type HarvestHooks } from '../harvest/index.js';
import { redact } from '../util/redact.js';
import { collectGarbage } from '../util/heap-growth.js';
import type { ResolvedOptions } from '../options.js';
import { annotations } from '../report/annotations.js';
import { verdictLine } from '../report/verdict.js';
import type { ExtractResult, InputFormat, RepoFacts, RepoRef, Snapshot } from '../types.js';
import { VERSION } from '../version.js';
import { buildSnapshotIntoStore } from './build-snapshot.js';
import type { RepoStore } from './repo-store.js';
import { FactsSpill } from './facts-spill.js';
import { compactExtract, extractCompactly } from './compact-extract.js';
import { failOnMatches, parseFailOn } from '../classify/fail-on.js';
import { readPrevious } from './previous-snapshot.js';
import { SnapshotFileError, isIncompleteRunError } from '../errors.js';
import { REPORT_FILES, appendJobSummary, writeReports } from './write-reports.js';

export interface AuditProblem {
  source: string;
  line: number | null;
  /** Why, without the file and line. */
  reason: string;
  /** One line naming the file (and line) and the reason. */
  message: string;
}

export interface AuditResult {
  /**
   * The snapshot as written, but for each repository's `facts` (they are in snapshot.json): a big
   * collection's facts are never all held in memory at once. Its `repos` and `papers` are
   * read-only arrays read as they are used (audit/repo-store.ts, audit/paper-store.ts).
   */
  snapshot: Snapshot;
  /** Paths of the reports written. */
  written: string[];
  /** One line, e.g. `122 repositories from 376 papers: 95 ok, 5 not found, …`. */
  verdict: string;
  /** Something listed in `failOn` was found. */
  flagged: boolean;
  /** What matched `failOn`, as `name: count`. */
  failOnMatches: Record<string, number>;
  /** Set when the run could not finish (authentication failed, budget exhausted without --wait). */
  incomplete: { reason: string } | null;
  /** Inputs that could not be read (one line each; the rest was still processed). */
  problems: AuditProblem[];
  /** `::warning file=…,line=…::…` lines for dead/blocked links (empty unless options.annotations). */
  annotations: string[];
}

export interface AuditHooks {
  onProgress?: HarvestHooks['onProgress'];
  /** Lines for the user as they happen (budget plan, resume, waits, an ignored previous snapshot). */
  onNotice?(line: string): void;
  /** Abort the harvest (Ctrl-C): what was answered is kept in the cache and reported. */
  signal?: AbortSignal;
  /** The one source of time of the run, for the harvest and the snapshot (tests pin it for stable reports). */
  clock?: Clock;
  /** What a `-` input reads (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** What the pipeline needs from the harvester (src/harvest/index.ts's harvestEach fits it); the facts go to `onFacts`. */
export interface HarvestOutcome {
  incomplete: { reason: string } | null;
}

/** The stages, replaceable so the pipeline's own logic can be tested without a network. */
export interface AuditStages {
  /** `compact`: the result is already held compactly (compact-extract.ts), as the run's own stage makes it. */
  extract(inputs: string[], opts: { inputFormat?: InputFormat | null; stdin?: NodeJS.ReadableStream }): Promise<ExtractResult & { problems: AuditProblem[]; compact?: boolean }>;
  harvest(repos: RepoRef[], options: ResolvedOptions, hooks: HarvestHooks, onFacts: (facts: RepoFacts) => void): Promise<HarvestOutcome>;
}

const STAGES: AuditStages = { extract: extractCompactly, harvest: harvestEach };

export async function runAudit(inputs: string[], options: ResolvedOptions, hooks: AuditHooks = {}): Promise<AuditResult> {
  return runAuditWith(STAGES, inputs, options, hooks);
}

export async function runAuditWith(stages: AuditStages, inputs: string[], options: ResolvedOptions, hooks: AuditHooks = {}): Promise<AuditResult> {
  const failOn = parseFailOn(options.failOn); // a typo in --fail-on is a usage error, before any work
  const clock = hooks.clock ?? realClock;
  const ignore = await loadIgnoreFile(options.ignoreFile); // a named file that cannot be read stops the run here
  // Every answer goes to a file as it arrives and is read back one at a time: memory does not grow with the facts.
  const spill = new FactsSpill();
  try {
    const { snapshot, store, previous, incomplete, problems } = await auditSnapshot(stages, inputs, options, { ...hooks, clock }, ignore, spill);
    spill.dispose(); // every answer is in the store now, with its repository
    collectGarbage(); // classification's garbage and the extract result, before the reports are rendered
    const written = await writeReports(snapshot, previous, options.outDir, options.formats, (r) => store.withFacts(r));
    if (options.stepSummary) await appendJobSummary(options.stepSummary, snapshot, previous);
    const matches = failOnMatches(snapshot, failOn);
    return {
      snapshot,
      written,
      verdict: verdictLine(snapshot),
      flagged: Object.keys(matches).length > 0,
      failOnMatches: matches,
      incomplete,
      problems: problems.map(({ source, line, reason, message }) => ({ source, line, reason, message })),
      annotations: options.annotations ? annotations(snapshot) : [],
    };
  } finally {
    spill.dispose();
  }
}

/**
 * Extract, harvest (the facts into the spill) and classify: the snapshot, without the facts. A
 * function of its own so that the extract result and the targets are not held while the reports
 * are written (the snapshot has what they need).
 */
async function auditSnapshot(
  stages: AuditStages,
  inputs: string[],
  options: ResolvedOptions,
  hooks: AuditHooks & { clock: Clock },
  ignore: Awaited<ReturnType<typeof loadIgnoreFile>>,
  spill: FactsSpill,
): Promise<{ snapshot: Snapshot; store: RepoStore; previous: Snapshot | null; incomplete: { reason: string } | null; problems: AuditProblem[] }> {
  const { clock } = hooks;
  const { extracted, problems } = await extractCompact(stages, inputs, options, hooks);
  collectGarbage(); // the readers' garbage, before the harvest makes its own
  const allProblems = [...ignore.problems, ...problems];
  const previous = await previousSnapshot(options, (line) => hooks.onNotice?.(line));
  // Links to the papers themselves are not code: left out unless --check-paper-links.
  const repos = shardRepos(targetsToCheck(extracted.repos, options), options.shard);
  const run = await harvestSafely(stages, repos, options, hooks, spill); // its notices arrive live through hooks
  collectGarbage(); // the answers' bodies, before the snapshot is built
  // Acceptances are judged at the snapshot's time (an `until` date that has passed counts again).
  const { snapshot, store } = buildSnapshotIntoStore({
    extract: { papers: extracted.papers, repos },
    spill,
    ignore: ignore.entries,
    clock,
    staleDays: options.staleDays,
    version: VERSION,
    previous,
    incompleteReason: run.incomplete?.reason ?? null,
    problems: allProblems,
  });
  if (options.shard) snapshot.shard = { ...options.shard, inputs: inputsDigest(extracted.papers) };
  return { snapshot, store, previous, incomplete: run.incomplete, problems: allProblems };
}

/**
 * The extract result as the run holds it until the reports are written: compacted (about half
 * the readers' memory). The run's own stage compacts each record as it is read; another stage's
 * result (tests) is compacted whole. A function of its own so that nothing keeps the readers' records alive.
 */
async function extractCompact(stages: AuditStages, inputs: string[], options: ResolvedOptions, hooks: AuditHooks): Promise<{ extracted: ExtractResult; problems: AuditProblem[] }> {
  const read = await stages.extract(inputs, { inputFormat: options.inputFormat, ...(hooks.stdin ? { stdin: hooks.stdin } : {}) });
  const extracted = read.compact ? { papers: read.papers, repos: read.repos } : compactExtract(read);
  return { extracted, problems: read.problems };
}

/** `--previous FILE` must be readable; the default (the snapshot in the output directory) may be absent or stale. */
async function previousSnapshot(options: ResolvedOptions, notice: (line: string) => void): Promise<Snapshot | null> {
  const fallback = join(options.outDir, REPORT_FILES.json);
  if (options.previous) return readPrevious(options.previous, fallback);
  try {
    return await readPrevious(null, fallback);
  } catch (err) {
    if (!(err instanceof SnapshotFileError)) throw err;
    notice(`ignoring the previous snapshot: ${err.message}`);
    return null;
  }
}

/**
 * A run that could not finish (IncompleteRunError: auth, budget, unreachable, interrupted) still
 * yields reports: everything unchecked is `unknown`. Any other error is a bug and reaches the top.
 */
async function harvestSafely(stages: AuditStages, repos: RepoRef[], options: ResolvedOptions, hooks: AuditHooks & { clock: Clock }, spill: FactsSpill): Promise<HarvestOutcome> {
  if (repos.length === 0) return { incomplete: null };
  const { onProgress, onNotice, signal, clock } = hooks;
  try {
    return await stages.harvest(repos, options, { clock, ...(onProgress ? { onProgress } : {}), ...(onNotice ? { onNotice } : {}), ...(signal ? { signal } : {}) }, (f) => spill.put(f));
  } catch (err) {
    if (!isIncompleteRunError(err)) throw err;
    spill.forget(); // a harvest that threw answered nothing: every repository is `unknown`, with its reason
    // The token must never reach a report or a log, even through someone else's error message.
    return { incomplete: { reason: redact(err.reason, options.tokens) } };
  }
}
