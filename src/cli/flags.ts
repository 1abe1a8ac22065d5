// A command's yargs flags, generated from the options table (src/options.ts). Values that need
// checking (numbers, durations, lists, URLs) are read as text so an error can quote what was typed;
// resolveOptions() checks them.
import type { Argv, Options as YargsOption } from 'yargs';
import { fromArgv, helpOf, optionsOf, resolveOptions, type Command, type ResolvedOptions } from '../options.js';
import type { ParsedArgs } from './command.js';
import { configFileOptions } from './config-options.js';

export function withOptions<T>(y: Argv<T>, command: Command): Argv<T> {
  let out = y;
  for (const spec of optionsOf(command)) {
    const option: YargsOption = { type: spec.type, describe: helpOf(spec, command) };
    if (spec.alias) option.alias = spec.alias;
    if (spec.choices) option.choices = [...spec.choices];
    if (spec.requiresArg) option.requiresArg = true;
    out = out.option(spec.flag!, option);
  }
  return out;
}

/** A command's options: its flags over the --config file over the environment, checked once (resolveOptions). */
export async function commandOptions(argv: ParsedArgs, command: Command, env: NodeJS.ProcessEnv): Promise<ResolvedOptions> {
  return resolveOptions(fromArgv(argv, command), await configFileOptions(argv.config), env);
}
