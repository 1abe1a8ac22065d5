// `repo-audit extract <inputs..>`: print the papers and code links found in the inputs.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Argv, CommandModule } from 'yargs';
import { EXTRACT_FORMATS, type ExtractFormat } from '../../report/extract/formatter.js';
import { parseShard } from '../../extract/shard.js';
import { resolveOptions } from '../../options.js';
import { INPUT_FORMATS, type InputFormat } from '../../types.js';
import { ExitCode, exitCodesHelp } from '../exit-codes.js';
import { configFileOptions } from '../config-options.js';
import { inputsWithStdin as withStdin } from '../stdin-inputs.js';

interface ExtractArgs {
  inputs: string[];
  format?: ExtractFormat;
  inputFormat?: InputFormat;
  out?: string;
  shard?: string;
  /** The global --config file (cli/main.ts). */
  config?: string;
}

/** Options of this command that take a value (so their value is not an input). */
const VALUED = new Set(['--format', '--input-format', '--out', '--shard']);

/** extract's inputs with a lone `-` (stdin) kept: yargs drops it (see ../stdin-inputs.ts). */
export const inputsWithStdin = (raw: string[], parsed: string[]): string[] => withStdin(raw, parsed, 'extract', VALUED);

function openOut(path: string): Promise<Writable> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.once('open', () => resolve(stream)).once('error', reject);
  });
}

function closeOut(stream: Writable): Promise<void> {
  return new Promise((resolve) => stream.end(resolve));
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract [inputs..]',
  describe: 'Find every code link in papers: files, directories (recursive), globs, - for stdin',
  builder: (yargs: Argv) =>
    yargs
      .positional('inputs', { type: 'string', array: true, default: undefined, describe: 'Files, directories, globs, or - for stdin (at least one)' })
      .option('format', {
        choices: EXTRACT_FORMATS,
        describe: 'Output: json (design.md contract), jsonl (one paper per line), csv (one row per link), table [default: table on a terminal, json otherwise]',
      })
      .option('input-format', {
        choices: INPUT_FORMATS,
        describe: 'Read every input as this format [default: detected from each name and content]',
      })
      .option('out', { type: 'string', describe: 'Write the output to this file instead of stdout' })
      .option('shard', { type: 'string', describe: 'Keep only shard I of N of the targets (I/N, e.g. 2/4); every paper is still read [default: all]' })
      .example('$0 extract examples/hf-papers', 'a table of the links in the sample corpus')
      .example('$0 extract papers.jsonl --format csv --out links.csv', 'one CSV row per link')
      .example("cat list.md | $0 extract - --input-format markdown --format json", 'read stdin')
      .example("$0 extract 'papers/**/*.md' '!papers/drafts/**'", 'every Markdown file under papers/ but the drafts (quoted: the shell leaves globs alone)')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput], 'every input was read')) as unknown as Argv<ExtractArgs>,
  handler: async (argv) => {
    // yargs hands an optional array positional over as `[undefined]` when none is given.
    const given = (argv.inputs ?? []).filter((x): x is string => typeof x === 'string');
    const inputs = inputsWithStdin(process.argv.slice(2), given);
    if (inputs.length === 0) {
      process.stderr.write('repo-audit: extract needs at least one input (a file, directory, glob, or - for stdin)\n');
      process.exitCode = ExitCode.UsageOrInput;
      return;
    }
    // Loaded here, not at the top: a command definition stays light (`--version`, `--help`, other commands).
    const { writeExtract } = await import('../../audit/write-extract.js');
    const { inputFormat, shard } = resolveOptions({ inputFormat: argv.inputFormat, shard: argv.shard === undefined ? undefined : parseShard(argv.shard) }, await configFileOptions(argv.config));
    const format: ExtractFormat = argv.format ?? (process.stdout.isTTY && !argv.out ? 'table' : 'json');
    let out: Writable = process.stdout;
    if (argv.out) {
      try {
        out = await openOut(argv.out);
      } catch (err) {
        process.stderr.write(`repo-audit: cannot write ${argv.out} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`);
        process.exitCode = ExitCode.UsageOrInput;
        return;
      }
    } else {
      // A closed pipe (`| head`) ends the output quietly.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
      });
    }
    const result = await writeExtract(
      inputs,
      { format, inputFormat, shard, onProblem: (p) => process.stderr.write(`repo-audit: ${p.message}\n`) },
      out,
    );
    if (argv.out) await closeOut(out);
    process.exitCode = result.problems.length > 0 ? ExitCode.UsageOrInput : ExitCode.Ok;
  },
};
