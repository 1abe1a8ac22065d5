#!/usr/bin/env node
// The repo-audit command line: a thin client of the library. Each command lives in commands/<name>.ts.
// Start-up matters (bench/startup): only what every command needs is imported here; each command's
// handler imports its own heavy modules (the harvester and Octokit, the simulator, zod, jsdiff).
import { createRequire } from 'node:module';
import type Yargs from 'yargs';
import type { Argv } from 'yargs';
import { EXIT_CODES_HELP, ExitCode } from './exit-codes.js';
import { VERSION } from '../version.js';
import { UsageError, describeFailure, exitCodeOf } from '../errors.js';
import { redact } from '../util/redact.js';
import { splitTokens } from '../options.js';

export async function main(argv: string[]): Promise<void> {
  // `repo-audit --version` alone answers before yargs loads: loading it would be most of the call.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // yargs' CommonJS build: its help wraps at word boundaries (the ESM build's cliui cuts words in two).
  const yargs = createRequire(import.meta.url)('yargs') as typeof Yargs;
  const { commands } = await import('./commands/index.js');
  let cli: Argv = yargs(argv)
    .scriptName('repo-audit')
    .usage('repo-audit <command> [options]\n\nKeeps research code links honest: finds the code links in papers, asks GitHub what became of each repository, and writes health reports.')
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
    .wrap(Math.min(120, process.stdout.columns || 80)) // the terminal's width; 80 off a terminal
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`repo-audit: ${msg}\nRun \`repo-audit --help\` for usage.\n`);
      process.exit(ExitCode.UsageOrInput);
    });
  for (const command of commands) cli = cli.command(command);
  // A bare `repo-audit` prints the command list (and succeeds: asking what there is is not an error).
  if (argv.length === 0) {
    cli.showHelp('log');
    return;
  }
  await cli.parseAsync();
}

/** Options meant to be given more than once: `--token` twice is a pool of tokens (docs/scale.md). */
const REPEATABLE = new Set(['token']);

/**
 * An option that takes one value, given twice (`--out a --out b`), is a usage error naming it:
 * yargs would otherwise pass on an array that fails later with an unrelated message.
 */
function refuseRepeatedValues(argv: Record<string, unknown>, y: object): void {
  // getOptions() is yargs' own (untyped) view of the options the running command declared.
  const options = (y as { getOptions(): { string: string[]; number: string[]; array: string[] } }).getOptions();
  const repeated = [...options.string, ...options.number].filter((name) => name.length > 1 && !options.array.includes(name) && !REPEATABLE.has(name) && Array.isArray(argv[name]));
  if (repeated.length > 0) {
    const name = repeated[0]!;
    throw new UsageError(`--${name} was given more than once (${(argv[name] as unknown[]).join(', ')}); give it once`);
  }
}

/** Every token this run may hold: each --token's value, GITHUB_TOKENS, GITHUB_TOKEN, GH_TOKEN. */
function givenTokens(argv: readonly string[]): string[] {
  const fromFlags = argv.flatMap((a, i) => (a === '--token' ? [argv[i + 1] ?? ''] : a.startsWith('--token=') ? [a.slice('--token='.length)] : []));
  return [...fromFlags.flatMap(splitTokens), ...splitTokens(process.env.GITHUB_TOKENS ?? ''), process.env.GITHUB_TOKEN, process.env.GH_TOKEN].filter((t): t is string => !!t);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // One line for what repo-audit expected (usage, input, a file it cannot write), the stack for a
  // bug; the token is hidden either way (an error from a library may quote a request).
  let text = describeFailure(err);
  for (const token of givenTokens(process.argv)) text = redact(text, token);
  process.stderr.write(`repo-audit: ${text}\n`);
  process.exitCode = exitCodeOf(err);
});
