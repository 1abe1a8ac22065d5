// `repo-audit extract <inputs..>`: print the papers and code links found in the inputs.
import { createWriteStream } from 'node:fs';
import { EXTRACT_FORMATS } from '../../extract/output/formatter.js';
import { writeExtract } from '../../extract/output/write.js';
import { loadConfigFile } from '../../config-file.js';
import { parseShard } from '../../extract/shard.js';
import { resolveOptions } from '../../options.js';
import { INPUT_FORMATS } from '../../read/index.js';
import { ExitCode } from '../exit-codes.js';
import { inputsWithStdin as withStdin } from '../stdin-inputs.js';
/** Options of this command that take a value (so their value is not an input). */
const VALUED = new Set(['--format', '--input-format', '--out', '--shard']);
/** extract's inputs with a lone `-` (stdin) kept: yargs drops it (see ../stdin-inputs.ts). */
export const inputsWithStdin = (raw, parsed) => withStdin(raw, parsed, 'extract', VALUED);
function openOut(path) {
    return new Promise((resolve, reject) => {
        const stream = createWriteStream(path);
        stream.once('open', () => resolve(stream)).once('error', reject);
    });
}
function closeOut(stream) {
    return new Promise((resolve) => stream.end(resolve));
}
export const extractCommand = {
    command: 'extract [inputs..]',
    describe: 'Find every code link in papers: files, directories (recursive), globs, - for stdin',
    builder: (yargs) => yargs
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
        .example("cat list.md | $0 extract - --input-format markdown --format json", 'read stdin'),
    handler: async (argv) => {
        const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? []);
        if (inputs.length === 0) {
            process.stderr.write('repo-audit: extract needs at least one input (a file, directory, glob, or - for stdin)\n');
            process.exitCode = ExitCode.UsageOrInput;
            return;
        }
        const { inputFormat, shard } = resolveOptions({ inputFormat: argv.inputFormat, shard: argv.shard === undefined ? undefined : parseShard(argv.shard) }, loadConfigFile(argv.config));
        const format = argv.format ?? (process.stdout.isTTY && !argv.out ? 'table' : 'json');
        let out = process.stdout;
        if (argv.out) {
            try {
                out = await openOut(argv.out);
            }
            catch (err) {
                process.stderr.write(`repo-audit: cannot write ${argv.out} (${err.code ?? 'error'})\n`);
                process.exitCode = ExitCode.UsageOrInput;
                return;
            }
        }
        else {
            // A closed pipe (`| head`) ends the output quietly.
            process.stdout.on('error', (err) => {
                if (err.code !== 'EPIPE')
                    throw err;
            });
        }
        const result = await writeExtract(inputs, { format, inputFormat, shard, onProblem: (p) => process.stderr.write(`repo-audit: ${p.message}\n`) }, out);
        if (argv.out)
            await closeOut(out);
        process.exitCode = result.problems.length > 0 ? ExitCode.UsageOrInput : ExitCode.Ok;
    },
};
//# sourceMappingURL=extract.js.map