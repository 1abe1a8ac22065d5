// `repo-audit extract <inputs..>`: print the papers and code links found in the inputs.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { ExtractFormat } from '../../report/extract/formatter.js';
import { fromArgv, ownOption } from '../../options.js';
import type { CommandSpec } from '../command.js';
import { exitCodesHelp } from '../exit-codes.js';
import { ExitCode } from '../../errors.js';
import { commandOptions } from '../flags.js';
import { inputsWithStdin as withStdin } from '../stdin-inputs.js';
import { boundHeapGrowth } from '../../util/heap-growth.js';
import { batchedLines } from '../batched-lines.js';

/** extract's inputs with a lone `-` (stdin) kept: yargs drops it (see ../stdin-inputs.ts). */
export const inputsWithStdin = (raw: readonly string[], parsed: readonly string[]): string[] => withStdin(raw, parsed, 'extract');

function openOut(path: string): Promise<Writable> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.once('open', () => resolve(stream)).once('error', reject);
  });
}

function closeOut(stream: Writable): Promise<void> {
  return new Promise((resolve) => stream.end(resolve));
}

export const extractCommand: CommandSpec = {
  name: 'extract',
  command: 'extract [inputs..]',
  describe: 'Find every code link in papers: files, directories (recursive), globs, - for stdin',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, default: undefined, describe: 'Files, directories, globs, or - for stdin (at least one)' })
      .example('$0 extract examples/hf-papers', 'a table of the links in the sample corpus')
      .example('$0 extract papers.jsonl --format csv --out links.csv', 'one CSV row per link')
      .example("cat list.md | $0 extract - --input-format markdown --format json", 'read stdin')
      .example("$0 extract 'papers/**/*.md' '!papers/drafts/**'", 'every Markdown file under papers/ but the drafts (quoted: the shell leaves globs alone)')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput], 'every input was read')),
  run: async (argv, { io, argv: raw }) => {
    // yargs hands an optional array positional over as `[undefined]` when none is given.
    const given = ((argv.inputs as unknown[] | undefined) ?? []).filter((x): x is string => typeof x === 'string');
    const inputs = inputsWithStdin(raw, given);
    if (inputs.length === 0) {
      io.stderr.write('repo-audit: extract needs at least one input (a file, directory, glob, or - for stdin)\n');
      return ExitCode.UsageOrInput;
    }
    // A big list makes mostly short-lived garbage: its peak RSS follows V8's heap growth, not the
    // ~25 MiB it holds (64 MiB of Markdown: 205 → 132 MiB for ~7 % more wall time, bench/extract).
    boundHeapGrowth();
    // Loaded here, not at the top: a command definition stays light (`--version`, `--help`, other commands).
    const { writeExtract } = await import('../../audit/write-extract.js');
    const { inputFormat, shard } = await commandOptions(argv, 'extract', io.env);
    const own = fromArgv(argv, 'extract');
    const outFile = ownOption<string>(own, 'own:outFile', 'extract');
    const format = ownOption<ExtractFormat>(own, 'own:extractFormat', 'extract') ?? (io.stdout.isTTY && !outFile ? 'table' : 'json');
    let out: Writable | typeof io.stdout = io.stdout;
    if (outFile) {
      try {
        out = await openOut(outFile);
      } catch (err) {
        io.stderr.write(`repo-audit: cannot write ${outFile} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`);
        return ExitCode.UsageOrInput;
      }
    } else {
      // A closed pipe (`| head`) ends the output quietly.
      io.stdout.on?.('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
      });
    }
    // Every problem is said as it comes; the result keeps only the first tuning.problemsHeld.
    const problemLines = batchedLines(io.stderr);
    const result = await writeExtract(
      inputs,
      {
        format,
        inputFormat,
        shard,
        stdin: io.stdin,
        onProblem: (p) => problemLines.write(`repo-audit: ${p.message}\n`),
        problemsReady: problemLines.ready,
      },
      out as Writable,
    ).finally(() => problemLines.flush());
    if (outFile) await closeOut(out as Writable);
    return result.problems.length > 0 ? ExitCode.UsageOrInput : ExitCode.Ok;
  },
};
