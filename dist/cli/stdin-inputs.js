// A lone `-` (stdin) among a command's inputs. yargs drops it from positionals
// (yargs/yargs#1312, yargs-parser#381), so `extract`, `harvest` and `audit` re-read their inputs
// from the raw arguments with this helper.
/**
 * The inputs after `command` in `raw` (process.argv.slice(2)), `-` kept in its place. `valued`:
 * the command's options that take a value (their values are not inputs). Falls back to yargs'
 * `parsed` list unless the reconstruction agrees with it on everything but the dashes.
 */
/** Global options (cli/main.ts) that take a value: every command must skip their values too. */
const GLOBAL_VALUED = new Set(['--config']);
export function inputsWithStdin(raw, parsed, command, valued) {
    const at = raw.indexOf(command);
    if (at === -1 || !raw.includes('-'))
        return parsed;
    const inputs = [];
    for (let i = at + 1; i < raw.length; i++) {
        const a = raw[i];
        if (a === '--')
            return [...inputs, ...raw.slice(i + 1)];
        if (valued.has(a) || GLOBAL_VALUED.has(a))
            i++;
        else if (a === '-' || !a.startsWith('-'))
            inputs.push(a);
    }
    const same = inputs.filter((x) => x !== '-');
    return same.length === parsed.length && same.every((x, i) => x === String(parsed[i])) ? inputs : parsed;
}
//# sourceMappingURL=stdin-inputs.js.map