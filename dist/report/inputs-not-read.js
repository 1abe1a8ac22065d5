import { mdCode, mdText } from './escape.js';
import { plural } from './labels.js';
import { mdTable } from './md-table.js';
import { sourceRef } from './occurrences.js';
/** The section, or null when every input was read. `sourceBase`: see sourceRef. */
export function inputsNotReadSection(snapshot, sourceBase = null) {
    const problems = snapshot.problems ?? [];
    if (problems.length === 0)
        return null;
    const rows = problems.map((p) => [
        p.line === null ? mdCode(p.source === '-' ? 'standard input' : p.source) : sourceRef(p.source, p.line, sourceBase),
        p.line === null ? 'whole input' : String(p.line),
        mdText(p.reason, 160),
    ]);
    const intro = `${plural(problems.length, 'input or part of an input', 'inputs or parts of inputs')} could not be read; the papers in them are missing from every count above and below.`;
    return `## Inputs not read\n\n${intro}\n\n${mdTable(['File', 'Line', 'Reason'], rows, ['left', 'right', 'left'])}`;
}
/** One sentence for the verdict, or null. */
export function inputsNotReadSentence(snapshot) {
    const n = snapshot.problems?.length ?? 0;
    return n === 0 ? null : `${plural(n, 'input problem')} left papers unread (see "Inputs not read").`;
}
//# sourceMappingURL=inputs-not-read.js.map