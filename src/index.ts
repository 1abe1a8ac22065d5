// The public API of repo-audit: every stage of the pipeline as a library call
// (inputs → extract → harvest → classify → report). The CLI and the GitHub Action are thin clients of these.
export * from './types.js';
export { DEFAULTS, resolveOptions, graphqlUrlFor, parseDuration, type Options, type ResolvedOptions, type OutputFormat } from './options.js';
export { VERSION } from './version.js';

// errors: what a call throws on purpose carries its exit code (src/errors.ts); anything else is a bug
export {
  ExitCode,
  exitCodeOf,
  RepoAuditError,
  UsageError,
  OptionError,
  ConfigFileError,
  InputError,
  SnapshotFileError,
  MergeError,
  IncompleteRunError,
  BudgetExhausted,
  BadCredentials,
  GitHubUnreachable,
  Aborted,
  InternalError,
  isRepoAuditError,
  isUsageError,
  isInputError,
  isIncompleteRunError,
} from './errors.js';

// extract
export {
  extractInputs,
  extractText,
  parseCodeLink,
  findLinks,
  mentionsPromise,
  mentionsClaim,
  reposOf,
  type InputProblem,
  type ExtractRun,
} from './extract/index.js';

// harvest
export { harvest, type HarvestRun, type HarvestProgress, type HarvestHooks } from './harvest/index.js';
// The one source of time of a run (HarvestHooks.clock, AuditHooks.clock): real, or stopped for stable output.
export { realClock, fixedClock, type Clock } from './harvest/clock.js';

// classify
export { classifyRepo, type ClassifyContext } from './classify/classify.js';
export { classifyPaper } from './classify/paper.js';

// report
export { renderMarkdown } from './report/markdown.js';
export { renderSnapshotJson } from './report/json.js';
export { renderCsv } from './report/csv.js';
export { renderJobSummary } from './report/summary.js';
export { diffSnapshots, type SnapshotDiff } from './report/diff.js';
export { annotations } from './report/annotations.js';

// the whole audit
export { runAudit, type AuditResult, type AuditHooks } from './audit/run-audit.js';
export { readSnapshot } from './audit/snapshot-file.js';

// the GitHub simulator (tests, benchmarks, the offline demo)
export { startSimulator, loadScenario, generateScenario, type Scenario, type RunningSimulator, type SimulatorOptions } from './sim/index.js';
