// `repo-audit audit <inputs..>`: the whole pipeline (extract → harvest → classify → reports), then
// the exit code from what the library reports (see exit-codes.ts).
import type { AuditResult } from '../../audit/run-audit.js';
import type { ResolvedOptions } from '../../options.js';
import { UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import type { CliIO } from '../context.js';
import { EXIT_CODES_HELP } from '../exit-codes.js';
import { auditExitCode } from '../../audit/exit-code.js';
import { commandOptions } from '../flags.js';
import { inputsWithStdin } from '../stdin-inputs.js';
import { withProgress } from '../with-progress.js';
import { checkWritableDir } from '../writable-out.js';
import { boundHeapGrowth } from '../../util/heap-growth.js';

/** Print what a finished audit has to say: problems and notices on stderr, annotations and the summary on stdout. */
export async function printAuditResult(io: CliIO, result: AuditResult, quiet: boolean): Promise<void> {
  const { renderConsoleSummary } = await import('../../report/console.js');
  for (const p of result.problems) io.stderr.write(`repo-audit: ${p.message}\n`);
  // One line on stderr naming what stopped the run (`cannot reach http://… (ECONNREFUSED)`).
  if (result.incomplete) io.stderr.write(`repo-audit: the run could not finish: ${result.incomplete.reason}\n`);
  for (const line of result.annotations) io.stdout.write(`${line}\n`);
  io.stdout.write(renderConsoleSummary(result, quiet));
}

/** runAudit inside the shared progress + Ctrl-C wrapper; prints the outcome. */
export async function auditWithProgress(io: CliIO, inputs: string[], options: ResolvedOptions, label: string): Promise<AuditResult> {
  const { runAudit } = await import('../../audit/run-audit.js'); // the pipeline, loaded only when it runs
  boundHeapGrowth(); // a big collection's peak memory follows V8's heap growth, not its data
  checkWritableDir(options.outDir); // before any request: a long run must not end in EACCES
  const result = await withProgress(io, label, options.quiet, (hooks) => runAudit(inputs, options, { ...hooks, stdin: io.stdin }));
  await printAuditResult(io, result, options.quiet);
  return result;
}

export const auditCommand: CommandSpec = {
  name: 'audit',
  command: 'audit <inputs..>',
  describe: 'Extract code links, ask GitHub about every repository, classify and write health reports',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Files, directories, globs, or - for stdin' })
      .example('$0 audit examples/hf-papers/', 'Audit the bundled papers (token from $GITHUB_TOKEN), reports in reports/')
      .example('$0 audit papers.bib --fail-on not-found,blocked,empty,placeholder,promise-unkept', 'Fail CI on any broken or unkept promise')
      .epilogue(EXIT_CODES_HELP),
  run: async (argv, { io, argv: raw }) => {
    const options = await commandOptions(argv, 'audit', io.env);
    // yargs drops a lone `-` (stdin) from the positionals; ../stdin-inputs.ts restores it.
    const inputs = inputsWithStdin(raw, (argv.inputs as string[] | undefined) ?? [], 'audit');
    if (inputs.length === 0) throw new UsageError('audit needs at least one input (a file, directory, glob, or - for stdin)');
    return auditExitCode(await auditWithProgress(io, inputs, options, 'audit'));
  },
};
