// `repo-audit audit <inputs..>`: the whole pipeline (extract → harvest → classify → reports), then
// the exit code from what the library reports (see exit-codes.ts).
import type { Argv, CommandModule } from 'yargs';
import type { AuditResult } from '../../audit/run-audit.js';
import { DEFAULTS, NUMERIC_LIMITS, resolveOptions, wholeNumber, type Options, type ResolvedOptions } from '../../options.js';
import { UsageError } from '../../errors.js';
import { EXIT_CODES_HELP, auditExitCode } from '../exit-codes.js';
import { configFileOptions } from '../config-options.js';
import { createProgress } from '../progress.js';
import { checkWritableDir } from '../writable-out.js';
import { inputsWithStdin } from '../stdin-inputs.js';
import { HARVEST_VALUED_FLAGS, harvestFlagsToOptions, withHarvestFlags, type HarvestFlags } from '../harvest-flags.js';
import { reportOptionsFrom, withReportOptions, type ReportFlags } from './report.js';

interface AuditFlags extends ReportFlags, HarvestFlags {
  'stale-days'?: string;
  ignore?: string;
}

/** Options of `audit` that take a value (so a lone `-` after them is not mistaken for stdin). */
const VALUED = new Set(['--out', '--format', '--previous', '--fail-on', '--stale-days', '--ignore', ...HARVEST_VALUED_FLAGS]);

function withAuditFlags<T>(y: Argv<T>): Argv<T & AuditFlags> {
  return withHarvestFlags(y)
    .option('stale-days', { type: 'string', requiresArg: true, describe: `Flag repositories without a push for this many days as stale [default: ${DEFAULTS.staleDays}]` })
    .option('ignore', { type: 'string', describe: 'Ignore file of accepted problems (entry, optional "until YYYY-MM-DD", optional "# reason") [default: .repo-audit-ignore if present]' }) as Argv<T & AuditFlags>;
}

/** The command line as Options: only what was given, so resolveOptions applies file, env and defaults. */
export function auditOptionsFrom(argv: AuditFlags): Options {
  return {
    ...reportOptionsFrom(argv),
    ...harvestFlagsToOptions(argv),
    staleDays: argv['stale-days'] === undefined ? undefined : wholeNumber('--stale-days', argv['stale-days'], NUMERIC_LIMITS.staleDays),
    ignoreFile: argv.ignore,
  };
}

/** Print what a finished audit has to say: problems and notices on stderr, annotations and the summary on stdout. */
export async function printAuditResult(result: AuditResult, quiet: boolean): Promise<void> {
  const { renderConsoleSummary } = await import('../../report/console.js');
  for (const p of result.problems) process.stderr.write(`repo-audit: ${p.message}\n`);
  // One line on stderr naming what stopped the run (`cannot reach http://… (ECONNREFUSED)`).
  if (result.incomplete) process.stderr.write(`repo-audit: the run could not finish: ${result.incomplete.reason}\n`);
  for (const line of result.annotations) process.stdout.write(`${line}\n`);
  process.stdout.write(renderConsoleSummary(result, quiet));
}

export const auditCommand: CommandModule<object, AuditFlags> = {
  command: 'audit <inputs..>',
  describe: 'Extract code links, ask GitHub about every repository, classify and write health reports',
  builder: (y) =>
    withAuditFlags(withReportOptions(y.positional('inputs', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Files, directories, globs, or - for stdin' })))
      .example('$0 audit examples/hf-papers/', 'Audit the bundled papers (token from $GITHUB_TOKEN), reports in reports/')
      .example('$0 audit papers.bib --fail-on not-found,blocked,empty,placeholder,promise-unkept', 'Fail CI on any broken or unkept promise')
      .epilogue(EXIT_CODES_HELP) as Argv<AuditFlags>,
  handler: async (argv) => {
    const options = resolveOptions(auditOptionsFrom(argv), await configFileOptions(argv.config));
    // yargs drops a lone `-` (stdin) from the positionals; ../stdin-inputs.ts restores it.
    const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? [], 'audit', VALUED);
    if (inputs.length === 0) throw new UsageError('audit needs at least one input (a file, directory, glob, or - for stdin)');
    process.exitCode = auditExitCode(await auditWithProgress(inputs, options, 'audit'));
  },
};

/** runAudit with a progress line on stderr and Ctrl-C stopping the harvest cleanly; prints the outcome. */
export async function auditWithProgress(inputs: string[], options: ResolvedOptions, label: string): Promise<AuditResult> {
  const { runAudit } = await import('../../audit/run-audit.js'); // the pipeline, loaded only when it runs
  checkWritableDir(options.outDir); // before any request: a long run must not end in EACCES
  const progress = createProgress({ quiet: options.quiet, label });
  const controller = new AbortController();
  const onSigint = (): void => controller.abort(); // the cache keeps every answer; reports cover what was checked
  process.once('SIGINT', onSigint);
  try {
    const result = await runAudit(inputs, options, { onProgress: progress.update, onNotice: progress.notice, signal: controller.signal });
    progress.done();
    await printAuditResult(result, options.quiet);
    return result;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
