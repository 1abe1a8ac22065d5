// `repo-audit fix <files..>`: rewrite links to moved repositories in the user's own files (or,
// with --dry-run, show the diff and exit 1 when something would change: a CI check).
import type { Argv, CommandModule } from 'yargs';
import type { FixResult } from '../../fix/run-fix.js';
import { DEFAULTS, resolveOptions, type ResolvedOptions } from '../../options.js';
import { plural } from '../../report/labels.js';
import { ExitCode } from '../exit-codes.js';
import { configFileOptions } from '../config-options.js';
import { createProgress } from '../progress.js';
import { HARVEST_VALUED_FLAGS, harvestFlagsToOptions, withHarvestFlags, type HarvestFlags } from '../harvest-flags.js';
import { inputsWithStdin } from '../stdin-inputs.js';

interface FixFlags extends HarvestFlags {
  'dry-run'?: boolean;
  normalize?: boolean;
  archive?: boolean;
  'from-snapshot'?: string;
  ignore?: string;
  quiet?: boolean;
  config?: string;
}

export const FIX_EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  done (with --dry-run: nothing would change)',
  '  1  with --dry-run: something would change',
  '  2  usage error, or a file could not be read or written (changed during the run); the others were still fixed',
  '  3  the check could not finish (authentication failed, rate-limit budget exhausted); links of unanswered',
  '     repositories were left as they are',
].join('\n');

/** Options of `fix` that take a value (so a lone `-` after one is not mistaken for an input). */
const VALUED = new Set(['--from-snapshot', '--ignore', ...HARVEST_VALUED_FLAGS]);

function builder(y: Argv): Argv<FixFlags> {
  return withHarvestFlags(
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Files, directories or globs to rewrite in place' })
      .option('dry-run', { type: 'boolean', describe: 'Print a unified diff of what would change and write nothing; exit 1 if anything would [default: false]' })
      .option('normalize', { type: 'boolean', describe: 'Also rewrite http://github.com to https:// and www.github.com to github.com [default: false]' })
      .option('archive', { type: 'boolean', describe: 'Also replace links to dead repositories (not found, blocked, empty) by their archived copy: Software Heritage, else the Wayback Machine (looks archives up; see --swh-api-url) [default: false]' })
      .option('from-snapshot', { type: 'string', describe: 'Take the moves from a saved snapshot.json (or harvest --out file): no network' })
      .option('ignore', { type: 'string', describe: 'Ignore file of accepted problems; links it accepts are left alone [default: .repo-audit-ignore if present]' })
      .option('quiet', { alias: 'q', type: 'boolean', describe: `No progress or notices, only the changes and errors [default: ${DEFAULTS.quiet}]` }),
  )
    .example('$0 fix README.md papers.bib --dry-run', 'Show the diff that would update links to renamed or transferred repositories')
    .example('$0 fix docs/ --from-snapshot reports/snapshot.json', "Rewrite from the last audit's findings, without asking GitHub again")
    .example('$0 fix README.md --archive --dry-run', 'Also show dead links replaced by their Software Heritage or Wayback copy')
    .epilogue(FIX_EXIT_CODES_HELP) as unknown as Argv<FixFlags>;
}

/** 3 when the check could not finish, then 2 for unreadable/unwritable files, then 1 for a dry run that would change something. */
export function fixExitCode(result: FixResult, dryRun: boolean): ExitCode {
  if (result.incomplete) return ExitCode.Incomplete;
  if (result.problems.length > 0) return ExitCode.UsageOrInput;
  return dryRun && result.plans.some((p) => p.next) ? ExitCode.Flagged : ExitCode.Ok;
}

async function printResult(result: FixResult, dryRun: boolean, quiet: boolean): Promise<void> {
  const { unifiedDiff } = await import('../../fix/diff.js'); // jsdiff, only when there is a diff to print
  const changed = result.plans.filter((p) => p.next);
  const links = changed.reduce((n, p) => n + p.changes.length, 0);
  if (dryRun) for (const plan of changed) process.stdout.write(unifiedDiff(plan));
  else {
    for (const plan of changed) {
      if (!result.written.includes(plan.file.path)) continue;
      for (const c of plan.changes) process.stdout.write(`${plan.file.path}:${c.line}: ${c.old} → ${c.new}\n`);
    }
  }
  for (const p of result.problems) process.stderr.write(`repo-audit: ${p.message}\n`);
  if (result.incomplete) process.stderr.write(`repo-audit: the check could not finish: ${result.incomplete.reason}\n`);
  if (quiet) return;
  for (const plan of result.plans) for (const n of plan.notices) process.stderr.write(`fix: ${n}\n`);
  const files = plural(changed.length, 'file');
  if (links === 0) process.stderr.write(`fix: nothing to change in ${plural(result.plans.length, 'file')}\n`);
  else if (dryRun) process.stderr.write(`fix: would rewrite ${plural(links, 'link')} in ${files} (dry run: nothing written)\n`);
  else process.stderr.write(`fix: rewrote ${plural(links, 'link')} in ${plural(result.written.length, 'file')}\n`);
}

async function run(argv: FixFlags): Promise<void> {
  // Loaded here, not at the top: a command definition stays light (see cli/main.ts).
  const { runFix } = await import('../../fix/run-fix.js');
  const options: ResolvedOptions = resolveOptions({ ...harvestFlagsToOptions(argv), quiet: argv.quiet, ignoreFile: argv.ignore }, await configFileOptions(argv.config));
  const dryRun = argv['dry-run'] ?? false;
  const progress = createProgress({ quiet: options.quiet, label: 'fix' });
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    // yargs drops a lone `-` from the positionals; restored so runFix can say it cannot be rewritten.
    const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? [], 'fix', VALUED);
    const result = await runFix(
      { inputs, dryRun, normalize: argv.normalize ?? false, archive: argv.archive ?? false, fromSnapshot: argv['from-snapshot'] ?? null },
      options,
      { onProgress: progress.update, onNotice: progress.notice, signal: controller.signal },
    );
    progress.done();
    await printResult(result, dryRun, options.quiet);
    process.exitCode = fixExitCode(result, dryRun);
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export const fixCommand: CommandModule<object, FixFlags> = {
  command: 'fix <inputs..>',
  describe: 'Rewrite links to renamed or transferred repositories in your files (--dry-run: show the diff)',
  builder,
  handler: run,
};
