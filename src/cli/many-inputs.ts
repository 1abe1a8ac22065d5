// Tens of thousands of inputs on the command line (`repo-audit extract papers/*.md`, expanded by
// the shell). yargs re-reads a variadic positional's values as `--inputs value` pairs and copies
// the list so far at each one (yargs-parser's setKey, still so in yargs-parser 22): 50,000 paths
// took it 44 s before any work began. Past MANY_INPUTS, all the inputs but the first are set
// aside before yargs parses, and handed to the command afterwards (program.ts).
import { createRequire } from 'node:module';
import { GLOBAL_VALUED_FLAGS, optionsOf, valuedFlags, type Command } from '../options.js';
import { inputPositions } from './stdin-inputs.js';

/** Below this many arguments yargs' copying costs little (20,000 cost 2 s, 1,000 nothing measurable). */
export const MANY_INPUTS = 1000;

export interface SetAside {
  command: Command;
  /** The positional the command collects them in (`inputs`, `snapshots`). */
  key: string;
  /** The arguments yargs is given: the same, but only the first input. */
  argv: string[];
  /** Every input, in order. */
  inputs: string[];
}

/**
 * The inputs of `argv` (the arguments after the program name) set aside, or null when they are
 * few, the command takes no list, or the arguments are not plain enough to be sure which words
 * are inputs: the command's own flags and `--config` are the only ones with a value, and
 * yargs-parser, given the command's flags, finds the same inputs in the same order.
 */
export function setAsideInputs(argv: readonly string[], commands: readonly { name: Command; command: string }[]): SetAside | null {
  if (argv.length <= MANY_INPUTS) return null;
  const at = argv.findIndex((a) => commands.some((c) => c.name === a));
  const spec = at === -1 ? undefined : commands.find((c) => c.name === argv[at]);
  const key = spec && /[<[](\w+)\.\.[>\]]/.exec(spec.command)?.[1];
  if (!spec || !key || argv.slice(0, at).some((a) => a.startsWith('-') && !GLOBAL_VALUED_FLAGS.includes(a))) return null;
  // The words after the command that are inputs, as the commands' readers of `-` find them.
  const positions = inputPositions(argv, at + 1, valuedFlags(spec.name));
  if (positions.length <= MANY_INPUTS) return null;
  const inputs = positions.map((i) => argv[i]!);
  if (!sameAsParser(argv.slice(at + 1), inputs, spec.name)) return null;
  const dropped = new Set(positions.slice(1));
  return { command: spec.name, key, argv: argv.filter((_, i) => !dropped.has(i)), inputs };
}

/** Does yargs-parser, given the command's flags and their types, find exactly `inputs`? */
function sameAsParser(args: string[], inputs: readonly string[], command: Command): boolean {
  const { Parser } = createRequire(import.meta.url)('yargs/helpers') as typeof import('yargs/helpers');
  const specs = optionsOf(command);
  const ofType = (type: string) => specs.filter((s) => s.type === type).map((s) => s.flag!);
  const alias = Object.fromEntries(specs.filter((s) => s.alias).map((s) => [s.flag!, s.alias!]));
  const parsed = Parser(args, {
    string: [...ofType('string'), ...GLOBAL_VALUED_FLAGS.map((f) => f.replace(/^--/, ''))],
    number: ofType('number'),
    boolean: [...ofType('boolean'), 'help', 'version'],
    alias,
    configuration: { 'parse-positional-numbers': false },
  });
  return parsed._.length === inputs.length && parsed._.every((x, i) => String(x) === inputs[i]);
}
