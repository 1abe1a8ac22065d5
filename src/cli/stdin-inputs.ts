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
  const inputs = inputPositions(raw, at + 1, valued).map((i) => raw[i]!);
  const same = inputs.filter((x) => x !== '-');
  return same.length === parsed.length && same.every((x, i) => x === String(parsed[i])) ? inputs : [...parsed];
}

/**
 * Where the inputs stand in `raw` from `from` on (the words after the command): every word not
 * led by `-`, a lone `-`, and everything after `--`; the word after a flag in `valued` is its value.
 */
export function inputPositions(raw: readonly string[], from: number, valued: ReadonlySet<string>): number[] {
  const positions: number[] = [];
  for (let i = from; i < raw.length; i++) {
    const a = raw[i]!;
    if (a === '--') {
      for (let j = i + 1; j < raw.length; j++) positions.push(j);
      break;
    }
    if (valued.has(a)) i++;
    else if (a === '-' || !a.startsWith('-')) positions.push(i);
  }
  return positions;
}
