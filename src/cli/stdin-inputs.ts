// A lone `-` (stdin) among a command's inputs. yargs drops it from positionals
// (yargs/yargs#1312, yargs-parser#381), so `extract`, `harvest`, `audit` and `fix` re-read their
// inputs from the raw arguments with this helper; which flags take a value comes from the options
// table (valuedFlags in src/options.ts).
import { valuedFlags, type Command } from '../options.js';

/**
 * The inputs after `command` in `raw` (the arguments after the program name), `-` kept in its
 * place. Falls back to yargs' `parsed` list unless the reconstruction agrees with it on everything
 * but the dashes.
 */
export function inputsWithStdin(raw: readonly string[], parsed: readonly string[], command: Command, valued: ReadonlySet<string> = valuedFlags(command)): string[] {
  const at = raw.indexOf(command);
  if (at === -1 || !raw.includes('-')) return [...parsed];
  const inputs: string[] = [];
  for (let i = at + 1; i < raw.length; i++) {
    const a = raw[i]!;
    if (a === '--') return [...inputs, ...raw.slice(i + 1)];
    if (valued.has(a)) i++;
    else if (a === '-' || !a.startsWith('-')) inputs.push(a);
  }
  const same = inputs.filter((x) => x !== '-');
  return same.length === parsed.length && same.every((x, i) => x === String(parsed[i])) ? inputs : [...parsed];
}
