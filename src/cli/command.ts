// One command of the CLI: its usage line and help (positionals, examples, exit codes; its flags come
// from the options table), and what it runs. `run` returns the exit code; it is kept apart from the
// definition so a command's work can live in (and be imported from) its own module.
import type { Argv } from 'yargs';
import type { Command } from '../options.js';
import type { CommandContext } from './context.js';

/** A command's parsed arguments: positionals plus the flags of the table (see fromArgv). */
export type ParsedArgs = Record<string, unknown> & { config?: string };

export interface CommandSpec {
  name: Command;
  command: string;
  describe: string;
  /** Positionals, examples and the exit-code epilogue; the flags are added from the table. */
  builder(y: Argv): Argv;
  run(argv: ParsedArgs, ctx: CommandContext): Promise<number>;
}
