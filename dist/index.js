// The public API of repo-audit: every stage of the pipeline as a library call
// (inputs → extract → harvest → classify → report). The CLI and the GitHub Action are thin clients of these.
export * from './types.js';
export { DEFAULTS, resolveOptions, graphqlUrlFor, parseDuration } from './options.js';
export { VERSION } from './version.js';
// extract
export { extractInputs, extractText, parseCodeLink, findLinks, mentionsPromise, mentionsClaim, reposOf, } from './extract/index.js';
// harvest
export { harvest } from './harvest/index.js';
// classify
export { classifyRepo } from './classify/classify.js';
export { classifyPaper } from './classify/paper.js';
// report
export { renderMarkdown } from './report/markdown.js';
export { renderSnapshotJson } from './report/json.js';
export { renderCsv } from './report/csv.js';
export { renderJobSummary } from './report/summary.js';
export { diffSnapshots } from './report/diff.js';
export { annotations } from './report/annotations.js';
// the whole audit
export { runAudit } from './audit/run-audit.js';
export { readSnapshot } from './audit/snapshot-file.js';
// the GitHub simulator (tests, benchmarks, the offline demo)
export { startSimulator, loadScenario, generateScenario } from './sim/index.js';
//# sourceMappingURL=index.js.map