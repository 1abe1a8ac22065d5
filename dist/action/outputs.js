// The action's outputs: counted from the snapshot, written to $GITHUB_OUTPUT in the runner's file
// format (`name=value`, or a heredoc with a random delimiter for a value that spans lines).
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
const DEAD = new Set(['not-found', 'blocked']);
const EMPTY = new Set(['empty', 'placeholder']);
export function countStatuses(snapshot) {
    let dead = 0;
    let empty = 0;
    for (const repo of snapshot.repos) {
        if (DEAD.has(repo.status))
            dead++;
        if (EMPTY.has(repo.status))
            empty++;
    }
    return { dead, empty };
}
export function reportPath(written, outDir) {
    return written.find((f) => /(^|[\\/])health\.md$/.test(f)) ?? written[0] ?? outDir;
}
/** The lines to append to $GITHUB_OUTPUT for these outputs. */
export function formatOutputs(outputs) {
    return Object.entries(outputs)
        .map(([name, raw]) => {
        const value = String(raw);
        if (!/[\r\n]/.test(value))
            return `${name}=${value}\n`;
        const delimiter = `ghadelimiter_${randomUUID()}`;
        return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
        .join('');
}
/** Append to the $GITHUB_OUTPUT file; outside a runner (no file) print them instead. */
export function writeOutputs(file, outputs, print) {
    const text = formatOutputs(outputs);
    if (file)
        appendFileSync(file, text, 'utf8');
    else
        print(text);
}
//# sourceMappingURL=outputs.js.map