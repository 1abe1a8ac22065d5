// `repo-audit fix` as one library call: read the files, learn where moved repositories live now
// (a harvest, or a saved snapshot without network), plan every file's rewrite, then show the diff
// (dry run) or write each changed file. The CLI and the GitHub Action are thin clients of this.
import { isExpired, loadIgnoreFile } from '../accept/ignore-file.js';
import { realClock, type Clock } from '../harvest/clock.js';
import type { HarvestHooks } from '../harvest/index.js';
import { redact } from '../util/redact.js';
import type { ResolvedOptions } from '../options.js';
import { detectFormat, expandInputs } from '../read/index.js';
import { loadParserFor } from '../read/parser-modules.js';
import type { RepoRef } from '../types.js';
import { archiveRewriter, copiesFromFacts, type ArchivedCopies } from './archive-links.js';
import { movesFromFacts, movesFromFile } from './moves.js';
import type { MovedRepos } from './github-links.js';
import { findOccurrences } from './occurrences.js';
import { planFile, type FilePlan, type PlanOptions } from './plan.js';
import { FileChangedError, isIncompleteRunError, isSystemError } from '../errors.js';
import { isGzip, notText } from '../read/gzip.js';
import { readUserFile, replaceUserFile, type UserFile } from './user-file.js';

export interface FixProblem {
  source: string;
  line: number | null;
  message: string;
}

export interface FixRequest extends PlanOptions {
  inputs: string[];
  /** Show what would change; write nothing. */
  dryRun: boolean;
  /** Take the moves from this saved snapshot or harvest file instead of asking GitHub. */
  fromSnapshot: string | null;
  /** Or the moves themselves (from an audit just run: see movesFromSnapshot). */
  moved?: MovedRepos;
  /** Also replace links to dead repositories by their archived copies (`--archive`; looks archives up). */
  archive?: boolean;
}

export interface FixResult {
  /** Every file read, with what was (or would be) done to it. */
  plans: FilePlan[];
  /** Paths written (empty in a dry run). */
  written: string[];
  /** Files or inputs that could not be read or written: one line each; the others were still fixed. */
  problems: FixProblem[];
  /** Set when the harvest could not finish: links of repositories left unanswered were not touched. */
  incomplete: { reason: string } | null;
}

export interface FixHooks {
  /** The one source of time: expiry of ignore entries, and the harvest. */
  clock?: Clock;
  onProgress?: HarvestHooks['onProgress'];
  onNotice?(line: string): void;
  signal?: AbortSignal;
}

export async function runFix(request: FixRequest, options: ResolvedOptions, hooks: FixHooks = {}): Promise<FixResult> {
  // Links the ignore file accepts are left as they are (an expired entry no longer protects them).
  const ignore = await loadIgnoreFile(options.ignoreFile);
  const clock = hooks.clock ?? realClock;
  const today = new Date(clock.now());
  const acceptedAt = request.acceptedAt ?? ((key: string, url: string) => ignore.entries.find((e) => !isExpired(e.until, today) && e.matches(key, url))?.at ?? null);
  const { files, problems } = await readInputs(request.inputs);
  problems.unshift(...ignore.problems);
  const { moved, copies, incomplete } = request.moved
    ? { moved: request.moved, copies: new Map<string, string>(), incomplete: null }
    : request.fromSnapshot
      ? { ...(await movesFromFile(request.fromSnapshot)), incomplete: null }
      : await harvestMoves(files, request.archive ? { ...options, archives: true } : options, { ...hooks, clock });
  // --archive: dead links whose archived copy is known become that copy (accepted ones stay).
  const skip = (key: string): boolean => acceptedAt(key, `https://github.com/${key.replace(/^github\//, '')}`) !== null;
  const rewriters = [...(request.rewriters ?? []), ...(request.archive ? [archiveRewriter(copies, skip)] : [])];
  // Planning reads each file synchronously (extractText): a YAML or CSV file's parser is loaded first.
  for (const file of files) await loadParserFor(detectFormat(file.path, file.text.slice(0, 64 * 1024)));
  const plans = files.map((file) => planFile(file, moved, { ...request, acceptedAt, rewriters }));
  const written: string[] = [];
  if (!request.dryRun) {
    for (const plan of plans) {
      if (!plan.next) continue;
      try {
        await replaceUserFile(plan.file, plan.next);
        written.push(plan.file.path);
      } catch (err) {
        // One line for this file, the others go on; anything but a changed or unwritable file is a bug.
        if (!(err instanceof FileChangedError) && !isSystemError(err)) throw err;
        const message = err instanceof FileChangedError ? err.message : `${plan.file.path}: cannot be written (${err.code})`;
        problems.push({ source: plan.file.path, line: null, message });
      }
    }
  }
  return { plans, written, problems, incomplete };
}

/** The files named by the inputs (files, directories, globs), read whole; stdin cannot be rewritten. */
async function readInputs(inputs: string[]): Promise<{ files: UserFile[]; problems: FixProblem[] }> {
  const expanded = await expandInputs(inputs);
  const problems: FixProblem[] = expanded.problems.map((p) => ({ source: p.source, line: null, message: `${p.source}: ${p.message}` }));
  const files: UserFile[] = [];
  const seen = new Set<string>();
  for (const { source, pipe } of expanded.files) {
    if (source === '-') {
      problems.push({ source, line: null, message: '-: fix rewrites files in place; standard input cannot be rewritten' });
      continue;
    }
    if (seen.has(source)) continue;
    seen.add(source);
    if (pipe) {
      problems.push({ source, line: null, message: `${source}: fix rewrites files in place; a named pipe cannot be rewritten` });
      continue;
    }
    try {
      const file = await readUserFile(source);
      // Compressed or binary bytes are not text to rewrite (a URL changed inside a zip or a PDF
      // breaks it): said, not silently "nothing to change".
      const binary = notText(file.bytes.subarray(0, 8192));
      if (isGzip(file.bytes)) problems.push({ source, line: null, message: `${source}: gzip-compressed; fix rewrites plain text files only (decompress it, fix, compress again)` });
      else if (binary) problems.push({ source, line: null, message: `${source}: ${binary.what}; fix rewrites plain text files only` });
      else files.push(file);
    } catch (err) {
      problems.push({ source, line: null, message: `${source}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files, problems };
}

/** The GitHub repositories the files link to, once each. */
export function linkedRepos(files: readonly UserFile[]): RepoRef[] {
  const byKey = new Map<string, RepoRef>();
  for (const file of files) {
    for (const { target } of findOccurrences(file.text)) {
      if (target.forge !== 'github' || target.kind !== 'repo' || !target.repo || byKey.has(target.key)) continue;
      byKey.set(target.key, { key: target.key, forge: 'github', kind: 'repo', repo: target.repo, url: `https://github.com/${target.repo}`, paths: [], papers: [] });
    }
  }
  return [...byKey.values()];
}

async function harvestMoves(files: readonly UserFile[], options: ResolvedOptions, hooks: FixHooks): Promise<{ moved: MovedRepos; copies: ArchivedCopies; incomplete: { reason: string } | null }> {
  const repos = linkedRepos(files);
  if (repos.length === 0) return { moved: new Map(), copies: new Map(), incomplete: null };
  try {
    // Loaded only when GitHub is asked: `fix --from-snapshot` needs neither the harvester nor Octokit.
    const { harvest } = await import('../harvest/index.js');
    const run = await harvest(repos, options, hooks);
    return { moved: movesFromFacts(run.facts), copies: copiesFromFacts(run.facts), incomplete: run.incomplete };
  } catch (err) {
    // A stopped run: nothing learnt, nothing rewritten; the token never reaches the message. Any
    // other error is a bug and reaches the top.
    if (!isIncompleteRunError(err)) throw err;
    return { moved: new Map(), copies: new Map(), incomplete: { reason: redact(err.reason, options.tokens) } };
  }
}
