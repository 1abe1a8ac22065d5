// `repo-audit harvest <inputs..|extract.json>`: ask GitHub (and other forges, and the web) what
// became of every repository the inputs link to, and write the facts as JSON.
import { writeFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import { shardRepos } from '../../extract/shard.js';
import { describeError } from '../../util/redact.js';
import { DEFAULTS, resolveOptions, splitTokens, type Options } from '../../options.js';
import { VERSION } from '../../version.js';
import { checkWritableFile } from '../writable-out.js';
import { exitCodeOf } from '../../errors.js';
import { exitCodesHelp, ExitCode } from '../exit-codes.js';
import { configFileOptions } from '../config-options.js';
import { createProgress } from '../progress.js';
import { inputsWithStdin } from '../stdin-inputs.js';
import { HARVEST_VALUED_FLAGS, harvestFlagsToOptions, withHarvestFlags, type HarvestFlags } from '../harvest-flags.js';

interface HarvestCommandFlags extends HarvestFlags {
  out?: string;
  quiet?: boolean;
  /** The global --config file (cli/main.ts). */
  config?: string;
}

/** Options of `harvest` that take a value (so a lone `-` after them is not mistaken for stdin). */
const VALUED = new Set(['--out', '-o', ...HARVEST_VALUED_FLAGS]);

function builder(y: Argv): Argv<HarvestCommandFlags> {
  return withHarvestFlags(
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Files, directories, globs, - for stdin, or a saved extract.json' })
      .option('out', { alias: 'o', type: 'string', describe: 'Write the facts here (JSON) [default: standard output]' })
      .option('quiet', { alias: 'q', type: 'boolean', describe: `No progress or notices, only errors [default: ${DEFAULTS.quiet}]` }),
  )
    .example('$0 harvest examples/hf-papers/ --out facts.json', 'Check every linked repository (token from $GITHUB_TOKEN)')
    .example('$0 harvest extract.json --max-age 24h --wait', 'Nightly: reuse answers under a day old, wait out rate limits')
    .example("printf 'https://github.com/o/r\\n' | $0 harvest -", 'Read the links from stdin')
    .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput, ExitCode.Incomplete], 'every input read and every target checked')) as unknown as Argv<HarvestCommandFlags>;
}

export function harvestOptionsFrom(argv: HarvestCommandFlags): Options {
  return { ...harvestFlagsToOptions(argv), quiet: argv.quiet };
}

async function run(argv: HarvestCommandFlags): Promise<void> {
  // Loaded here, not at the top: only this command needs the harvester (and with it Octokit).
  const [{ extractInputs }, { harvest, targetsToCheck }, { harvestFile, outcomeLine }, { nowIso, realClock }] = await Promise.all([
    import('../../extract/index.js'),
    import('../../harvest/index.js'),
    import('../../report/harvest-file.js'),
    import('../../harvest/clock.js'),
  ]);
  const options = resolveOptions(harvestOptionsFrom(argv), await configFileOptions(argv.config));
  // yargs drops a lone `-` (stdin) from the positionals; ../stdin-inputs.ts restores it.
  const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? [], 'harvest', VALUED);
  if (argv.out) checkWritableFile(argv.out);
  const read = await extractInputs(inputs, { inputFormat: options.inputFormat });
  const extracted = { ...read, repos: shardRepos(read.repos, options.shard) };
  for (const p of extracted.problems) process.stderr.write(`repo-audit: ${p.message}\n`);
  const progress = createProgress({ quiet: options.quiet, label: 'harvest' });
  const controller = new AbortController();
  const onSigint = (): void => controller.abort(); // Ctrl-C: stop cleanly; the cache keeps every answer
  process.once('SIGINT', onSigint);
  try {
    const targets = targetsToCheck(extracted.repos, options); // papers' own links only with --check-paper-links
    const clock = realClock; // the run's one source of time: the harvest's answers and the file's date
    const result = await harvest(targets, options, { clock, onProgress: progress.update, onNotice: progress.notice, signal: controller.signal });
    progress.done();
    const text = JSON.stringify(harvestFile({ papers: extracted.papers, repos: targets }, result, VERSION, nowIso(clock)), null, 2) + '\n';
    if (argv.out) await writeFile(argv.out, text);
    else process.stdout.write(text);
    if (!options.quiet) process.stderr.write(`harvest: ${outcomeLine(result.facts)}${argv.out ? ` → ${argv.out}` : ''}\n`);
    if (result.incomplete) process.stderr.write(`repo-audit: the run could not finish: ${result.incomplete.reason}\n`);
    process.exitCode = result.incomplete ? ExitCode.Incomplete : extracted.problems.length ? ExitCode.UsageOrInput : ExitCode.Ok;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export const harvestCommand: CommandModule<object, HarvestCommandFlags> = {
  command: 'harvest <inputs..>',
  describe: 'Ask GitHub and the other forges what became of every linked repository; write the facts as JSON',
  builder,
  handler: async (argv) => {
    try {
      await run(argv);
    } catch (err) {
      // A bug reaches the top (stack and a bug report); what the user can fix is one line here.
      if (exitCodeOf(err) === ExitCode.Internal) throw err;
      // The token the run used: resolveOptions skips an empty GITHUB_TOKEN for GH_TOKEN, and so must this.
      const token = [argv.token ?? [], splitTokens(process.env.GITHUB_TOKENS ?? ''), process.env.GITHUB_TOKEN ?? [], process.env.GH_TOKEN ?? []].flat().filter(Boolean);
      process.stderr.write(`repo-audit harvest: ${describeError(err, token)}\n`);
      process.exitCode = exitCodeOf(err);
    }
  },
};
