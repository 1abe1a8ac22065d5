// `repo-audit audit <inputs..>`: the whole pipeline (extract → harvest → classify → reports), then
// the exit code from what the library reports (see exit-codes.ts).
import type { Argv, CommandModule } from 'yargs';
import { runAudit, type AuditResult } from '../../audit/run-audit.js';
import { DEFAULTS, parseDuration, resolveOptions, type Options, type ResolvedOptions } from '../../options.js';
import { renderConsoleSummary } from '../../report/console.js';
import type { InputFormat } from '../../types.js';
import { EXIT_CODES_HELP, auditExitCode } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { inputsWithStdin } from '../stdin-inputs.js';
import { reportOptionsFrom, withReportOptions, type ReportFlags } from './report.js';

interface AuditFlags extends ReportFlags {
  inputs: string[];
  token?: string;
  'api-url'?: string;
  'graphql-url'?: string;
  'cache-dir'?: string;
  'max-age'?: string;
  wait?: boolean;
  concurrency?: number;
  'batch-size'?: number;
  'allow-private-hosts'?: boolean;
  web?: boolean;
  'stale-days'?: number;
  'input-format'?: string;
}

const INPUT_FORMATS: readonly InputFormat[] = ['hf-papers', 'markdown', 'jsonl', 'json', 'bibtex', 'text'];

/** Options of `audit` that take a value (so a lone `-` after them is not mistaken for stdin). */
const VALUED = new Set(['--out', '--format', '--previous', '--fail-on', '--token', '--api-url', '--graphql-url', '--cache-dir', '--max-age', '--concurrency', '--batch-size', '--stale-days', '--input-format']);

function withHarvestOptions<T>(y: Argv<T>): Argv<T & AuditFlags> {
  return y
    .option('token', { type: 'string', describe: 'GitHub token [default: $GITHUB_TOKEN or $GH_TOKEN; without one, REST at 60 requests/hour]' })
    .option('api-url', { type: 'string', describe: `GitHub REST base [default: $GITHUB_API_URL or ${DEFAULTS.apiUrl}]` })
    .option('graphql-url', { type: 'string', describe: 'GitHub GraphQL endpoint [default: $GITHUB_GRAPHQL_URL, or derived from --api-url]' })
    .option('cache-dir', { type: 'string', describe: `Where answers are kept so an interrupted run resumes [default: ${DEFAULTS.cacheDir}]` })
    .option('max-age', { type: 'string', describe: 'Reuse cached answers younger than this, e.g. 24h [default: 0, always ask]' })
    .option('wait', { type: 'boolean', describe: `Wait for a rate-limit reset instead of marking the rest unknown [default: ${DEFAULTS.wait}]` })
    .option('concurrency', { type: 'number', describe: `Requests in flight [default: ${DEFAULTS.concurrency}]` })
    .option('batch-size', { type: 'number', describe: `Repositories per GraphQL query [default: ${DEFAULTS.batchSize}]` })
    .option('allow-private-hosts', { type: 'boolean', describe: `Check web links on private/loopback addresses [default: ${DEFAULTS.allowPrivateHosts}]` })
    .option('web', { type: 'boolean', describe: `Check links outside GitHub (other forges, pages, web); --no-web marks them unknown [default: ${DEFAULTS.checkWeb}]` })
    .option('stale-days', { type: 'number', describe: `Flag repositories without a push for this many days as stale [default: ${DEFAULTS.staleDays}]` })
    .option('input-format', { type: 'string', choices: INPUT_FORMATS, describe: 'Force the input format [default: detected per file]' }) as Argv<T & AuditFlags>;
}

/** The command line as Options: only what was given, so resolveOptions applies file, env and defaults. */
export function auditOptionsFrom(argv: AuditFlags): Options {
  return {
    ...reportOptionsFrom(argv),
    token: argv.token,
    apiUrl: argv['api-url'],
    graphqlUrl: argv['graphql-url'],
    cacheDir: argv['cache-dir'],
    maxAgeMs: argv['max-age'] === undefined ? undefined : parseDuration(argv['max-age']),
    wait: argv.wait,
    concurrency: argv.concurrency,
    batchSize: argv['batch-size'],
    allowPrivateHosts: argv['allow-private-hosts'],
    checkWeb: argv.web,
    staleDays: argv['stale-days'],
    inputFormat: argv['input-format'] as InputFormat | undefined,
  };
}

/** Print what a finished audit has to say: problems and notices on stderr, annotations and the summary on stdout. */
export function printAuditResult(result: AuditResult, quiet: boolean): void {
  for (const p of result.problems) process.stderr.write(`repo-audit: ${p.message}\n`);
  for (const line of result.annotations) process.stdout.write(`${line}\n`);
  process.stdout.write(renderConsoleSummary(result, quiet));
}

export const auditCommand: CommandModule<object, AuditFlags> = {
  command: 'audit <inputs..>',
  describe: 'Extract code links, ask GitHub about every repository, classify and write health reports',
  builder: (y) =>
    withHarvestOptions(withReportOptions(y.positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files, directories, globs, or - for stdin' })))
      .example('$0 audit examples/hf-papers/', 'Audit the bundled papers (token from $GITHUB_TOKEN), reports in reports/')
      .example('$0 audit papers.bib --fail-on not-found,blocked,empty,placeholder,promise-unkept', 'Fail CI on any broken or unkept promise')
      .epilogue(EXIT_CODES_HELP) as Argv<AuditFlags>,
  handler: async (argv) => {
    const options = resolveOptions(auditOptionsFrom(argv));
    // yargs drops a lone `-` (stdin) from the positionals; ../stdin-inputs.ts restores it.
    const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? [], 'audit', VALUED);
    if (inputs.length === 0) throw new Error('audit needs at least one input (a file, directory, glob, or - for stdin)');
    process.exitCode = auditExitCode(await auditWithProgress(inputs, options, 'audit'));
  },
};

/** runAudit with a progress line on stderr and Ctrl-C stopping the harvest cleanly; prints the outcome. */
export async function auditWithProgress(inputs: string[], options: ResolvedOptions, label: string): Promise<AuditResult> {
  const progress = createProgress({ quiet: options.quiet, label });
  const controller = new AbortController();
  const onSigint = (): void => controller.abort(); // the cache keeps every answer; reports cover what was checked
  process.once('SIGINT', onSigint);
  try {
    const result = await runAudit(inputs, options, { onProgress: progress.update, onNotice: progress.notice, signal: controller.signal });
    progress.done();
    printAuditResult(result, options.quiet);
    return result;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
