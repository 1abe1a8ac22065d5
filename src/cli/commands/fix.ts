// `repo-audit fix <files..>`: rewrite links to moved repositories in the user's own files (or,
// with --dry-run, show the diff and exit 1 when something would change: a CI check).
import type { FixResult } from '../../fix/run-fix.js';
import { fromArgv, ownOption } from '../../options.js';
import { plural } from '../../report/labels.js';
import type { CommandSpec } from '../command.js';
import type { CliIO } from '../context.js';
import { ExitCode } from '../../errors.js';
import { commandOptions } from '../flags.js';
import { INTERNAL_ERROR_LINE } from '../exit-codes.js';
import { inputsWithStdin } from '../stdin-inputs.js';
import { withProgress } from '../with-progress.js';

export const FIX_EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  done (with --dry-run: nothing would change)',
  '  1  with --dry-run: something would change',
  '  2  usage error, or a file could not be read or written (changed during the run); the others were still fixed',
  '  3  the check could not finish (authentication failed, rate-limit budget exhausted); links of unanswered',
  '     repositories were left as they are',
  INTERNAL_ERROR_LINE,
].join('\n');

/** 3 when the check could not finish, then 2 for unreadable/unwritable files, then 1 for a dry run that would change something. */
export function fixExitCode(result: FixResult, dryRun: boolean): ExitCode {
  if (result.incomplete) return ExitCode.Incomplete;
  if (result.problems.length > 0) return ExitCode.UsageOrInput;
  return dryRun && result.plans.some((p) => p.next) ? ExitCode.Flagged : ExitCode.Ok;
}

async function printResult(io: CliIO, result: FixResult, dryRun: boolean, quiet: boolean): Promise<void> {
  const { unifiedDiff } = await import('../../fix/diff.js'); // jsdiff, only when there is a diff to print
  const changed = result.plans.filter((p) => p.next);
  const links = changed.reduce((n, p) => n + p.changes.length, 0);
  if (dryRun) for (const plan of changed) io.stdout.write(unifiedDiff(plan));
  else {
    for (const plan of changed) {
      if (!result.written.includes(plan.file.path)) continue;
      for (const c of plan.changes) io.stdout.write(`${plan.file.path}:${c.line}: ${c.old} → ${c.new}\n`);
    }
  }
  for (const p of result.problems) io.stderr.write(`repo-audit: ${p.message}\n`);
  if (result.incomplete) io.stderr.write(`repo-audit: the check could not finish: ${result.incomplete.reason}\n`);
  if (quiet) return;
  for (const plan of result.plans) for (const n of plan.notices) io.stderr.write(`fix: ${n}\n`);
  const files = plural(changed.length, 'file');
  if (links === 0) io.stderr.write(`fix: nothing to change in ${plural(result.plans.length, 'file')}\n`);
  else if (dryRun) io.stderr.write(`fix: would rewrite ${plural(links, 'link')} in ${files} (dry run: nothing written)\n`);
  else io.stderr.write(`fix: rewrote ${plural(links, 'link')} in ${plural(result.written.length, 'file')}\n`);
}

export const fixCommand: CommandSpec = {
  name: 'fix',
  command: 'fix <inputs..>',
  describe: 'Rewrite links to renamed or transferred repositories in your files (--dry-run: show the diff)',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Files, directories or globs to rewrite in place' })
      .example('$0 fix README.md papers.bib --dry-run', 'Show the diff that would update links to renamed or transferred repositories')
      .example('$0 fix docs/ --from-snapshot reports/snapshot.json', "Rewrite from the last audit's findings, without asking GitHub again")
      .example('$0 fix README.md --archive --dry-run', 'Also show dead links replaced by their Software Heritage or Wayback copy')
      .epilogue(FIX_EXIT_CODES_HELP),
  run: async (argv, { io, argv: raw }) => {
    // Loaded here, not at the top: a command definition stays light (see cli/main.ts).
    const { runFix } = await import('../../fix/run-fix.js');
    const options = await commandOptions(argv, 'fix', io.env);
    const own = fromArgv(argv, 'fix');
    const dryRun = ownOption<boolean>(own, 'own:dryRun', 'fix') ?? false;
    // yargs drops a lone `-` from the positionals; restored so runFix can say it cannot be rewritten.
    const inputs = inputsWithStdin(raw, (argv.inputs as string[] | undefined) ?? [], 'fix');
    const request = {
      inputs,
      dryRun,
      normalize: ownOption<boolean>(own, 'own:normalize', 'fix') ?? false,
      archive: ownOption<boolean>(own, 'own:archive', 'fix') ?? false,
      fromSnapshot: ownOption<string>(own, 'own:fromSnapshot', 'fix') ?? null,
    };
    const result = await withProgress(io, 'fix', options.quiet, (hooks) => runFix(request, options, hooks));
    await printResult(io, result, dryRun, options.quiet);
    return fixExitCode(result, dryRun);
  },
};
