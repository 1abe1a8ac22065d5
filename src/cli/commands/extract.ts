// `repo-audit extract <inputs..>`: print the papers and code links found in the inputs.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Argv, CommandModule } from 'yargs';
import { EXTRACT_FORMATS, type ExtractFormat } from '../../extract/output/formatter.js';
import { writeExtract } from '../../extract/output/write.js';
import { resolveOptions } from '../../options.js';
import { INPUT_FORMATS } from '../../read/index.js';
import type { InputFormat } from '../../types.js';
import { ExitCode } from '../exit-codes.js';

interface ExtractArgs {
  inputs: string[];
  format?: ExtractFormat;
  inputFormat?: InputFormat;
  out?: string;
}

/** Options of this command that take a value (so their value is not an input). */
const VALUED = new Set(['--format', '--input-format', '--out']);

/**
 * yargs drops a lone `-` from positionals (yargs/yargs#1312, yargs-parser#381), so the inputs are
 * re-read from the raw arguments after `command`, keeping `-` in its place. `valued`: the
 * command's options that take a value (their values are not inputs). Usable by any command.
 */
export function inputsWithStdin(raw: string[], parsed: string[], command = 'extract', valued: ReadonlySet<string> = VALUED): string[] {
  const at = raw.indexOf(command);
  if (at === -1 || !raw.includes('-')) return parsed;
  const inputs: string[] = [];
  for (let i = at + 1; i < raw.length; i++) {
    const a = raw[i]!;
    if (a === '--') return [...inputs, ...raw.slice(i + 1)];
    if (valued.has(a)) i++;
    else if (a === '-' || !a.startsWith('-')) inputs.push(a);
  }
  // Trust the reconstruction only when it agrees with yargs on everything but the dashes.
  const same = inputs.filter((x) => x !== '-');
  return same.length === parsed.length && same.every((x, i) => x === String(parsed[i])) ? inputs : parsed;
}

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
      .positional('inputs', { type: 'string', array: true, describe: 'Files, directories, globs, or - for stdin (at least one)' })
      .option('format', {
        choices: EXTRACT_FORMATS,
        describe: 'Output: json (design.md contract), jsonl (one paper per line), csv (one row per link), table [default: table on a terminal, json otherwise]',
      })
      .option('input-format', {
        choices: INPUT_FORMATS,
        describe: 'Read every input as this format [default: detected from each name and content]',
      })
      .option('out', { type: 'string', describe: 'Write the output to this file instead of stdout' })
      .example('$0 extract examples/hf-papers', 'a table of the links in the sample corpus')
      .example('$0 extract papers.jsonl --format csv --out links.csv', 'one CSV row per link')
      .example("cat list.md | $0 extract - --input-format markdown --format json", 'read stdin') as unknown as Argv<ExtractArgs>,
  handler: async (argv) => {
    const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? []);
    if (inputs.length === 0) {
      process.stderr.write('repo-audit: extract needs at least one input (a file, directory, glob, or - for stdin)\n');
      process.exitCode = ExitCode.UsageOrInput;
      return;
    }
    const { inputFormat } = resolveOptions({ inputFormat: argv.inputFormat });
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
      { format, inputFormat, onProblem: (p) => process.stderr.write(`repo-audit: ${p.message}\n`) },
      out,
    );
    if (argv.out) await closeOut(out);
    process.exitCode = result.problems.length > 0 ? ExitCode.UsageOrInput : ExitCode.Ok;
  },
};
