// The repo-audit command line as a function: run(argv, io) parses, runs one command and returns its
// exit code. The bin (main.ts) only calls it and sets process.exitCode; tests call it in-process
// with their own streams and environment. Start-up matters (bench/startup): yargs and the command
// definitions load when run() is called; each command's handler imports its own heavy modules.
import { createRequire } from 'node:module';
import type Yargs from 'yargs';
import type { Argv, CommandModule } from 'yargs';
import { describeFailure, exitCodeOf, ExitCode, UsageError } from '../errors.js';
import { REPEATABLE_FLAGS } from '../options.js';
import { redact } from '../util/redact.js';
import { VERSION } from '../version.js';
import { processIO, type CliIO, type CommandContext } from './context.js';
import { EXIT_CODES_HELP } from './exit-codes.js';
import { withOptions } from './flags.js';
import { setAsideInputs } from './many-inputs.js';
import { givenTokens } from './tokens.js';

const ABOUT = 'Keeps research code links honest: finds the code links in papers, asks GitHub what became of each repository, and writes health reports.';

/**
 * An option that takes one value, given twice (`--out a --out b`), is a usage error naming it:
 * yargs would otherwise pass on an array that fails later with an unrelated message.
 */
function refuseRepeatedValues(argv: Record<string, unknown>, y: object): void {
  // getOptions() is yargs' own (untyped) view of the options the running command declared.
  const options = (y as { getOptions(): { string: string[]; number: string[]; array: string[] } }).getOptions();
  const repeated = [...options.string, ...options.number].filter((name) => name.length > 1 && !options.array.includes(name) && !REPEATABLE_FLAGS.has(name) && Array.isArray(argv[name]));
  if (repeated.length > 0) {
    const name = repeated[0]!;
    throw new UsageError(`--${name} was given more than once (${(argv[name] as unknown[]).join(', ')}); give it once`);
  }
}

/**
 * yargs' "Not enough non-option arguments: got 0, need at least 1" says nothing a user can act on:
 * name the command and what it needs, as its usage line does (`audit <inputs..>` → "inputs").
 */
function missingPositional(msg: string, argv: readonly string[], commands: readonly { name: string; command: string }[]): string | null {
  if (!/^Not enough non-option arguments: got 0\b/.test(msg)) return null;
  const spec = commands.find((c) => c.name === argv[0]);
  const wanted = spec ? /<(\w+)(\.\.)?>/.exec(spec.command) : null;
  if (!spec || !wanted) return null;
  return `${spec.name} needs ${wanted[2] ? 'at least one' : 'its'} ${wanted[2] ? wanted[1]!.replace(/s$/, '') : wanted[1]}`;
}

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  // yargs' CommonJS build: its help wraps at word boundaries (the ESM build's cliui cuts words in two).
  const yargs = createRequire(import.meta.url)('yargs') as typeof Yargs;
  const { commands } = await import('./commands/index.js');
  const ctx: CommandContext = { io, argv };
  /** yargs' own complaints (unknown flag, missing argument): they get a pointer to --help. */
  const fromParser = new WeakSet<Error>();
  let exitCode: number = ExitCode.Ok;
  let cli: Argv = yargs()
    .scriptName('repo-audit')
    .usage(`repo-audit <command> [options]\n\n${ABOUT}`)
    .version(VERSION)
    .alias('V', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    // Read by each command through loadConfigFile() (src/config-file.ts), under its command line.
    .option('config', { type: 'string', global: true, describe: 'A JSON file of options, long names in camelCase, e.g. {"staleDays": 180, "failOn": "not-found,blocked,empty"}' })
    .demandCommand(1, 'Name a command (see the list above).')
    .recommendCommands()
    .epilogue(EXIT_CODES_HELP)
    .middleware((args): void => refuseRepeatedValues(args, cli), true)
    // The terminal's width (at most 120); 80 off a terminal.
    .wrap(Math.min(120, (io.stdout.isTTY && io.stdout.columns) || 80))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      const usage = new UsageError(missingPositional(msg, argv, commands) ?? msg);
      fromParser.add(usage);
      throw usage;
    });
  // Tens of thousands of inputs skip yargs' copying of the list (many-inputs.ts).
  const aside = setAsideInputs(argv, commands);
  for (const spec of commands) {
    const module: CommandModule = {
      command: spec.command,
      describe: spec.describe,
      builder: (y) => withOptions(spec.builder(y), spec.name),
      handler: async (parsed) => {
        if (aside?.command === spec.name) parsed[aside.key] = aside.inputs;
        exitCode = await spec.run(parsed as never, ctx);
      },
    };
    cli = cli.command(module);
  }
  // `repo-audit completion >> ~/.bashrc` (or ~/.zshrc): yargs' script asks the CLI itself
  // (`--get-yargs-completions`) for the commands and options that fit the words typed so far.
  cli = cli.completion('completion', 'Print a shell completion script (bash, zsh): repo-audit completion >> ~/.bashrc');
  try {
    // A bare `repo-audit` prints the command list (and succeeds: asking what there is is not an error).
    if (argv.length === 0) {
      io.stdout.write(`${await cli.getHelp()}\n`);
      return ExitCode.Ok;
    }
    let output = '';
    await cli.parseAsync(aside ? aside.argv : [...argv], {}, (_err, _parsed, text) => void (output = text));
    if (output) io.stdout.write(`${output}\n`); // --help, --version
    return exitCode;
  } catch (err) {
    // One line for what repo-audit expected (usage, input, a file it cannot write), the stack for a
    // bug; the token is hidden either way (an error from a library may quote a request).
    let text = describeFailure(err);
    for (const token of givenTokens(argv, io.env)) text = redact(text, token);
    io.stderr.write(`repo-audit: ${text}\n${err instanceof Error && fromParser.has(err) ? 'Run `repo-audit --help` for usage.\n' : ''}`);
    return exitCodeOf(err);
  }
}
