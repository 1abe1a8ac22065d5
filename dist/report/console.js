export function renderConsoleSummary(o, quiet = false) {
    const lines = [];
    if (!quiet)
        lines.push(o.written.length ? `Reports: ${o.written.join(', ')}` : 'No reports written (no --format chosen).');
    lines.push(o.verdict);
    const matched = Object.entries(o.failOnMatches).map(([name, n]) => `${name} ${n}`);
    if (matched.length)
        lines.push(`Found what --fail-on lists: ${matched.join(', ')}.`);
    if (o.incomplete)
        lines.push(`The run could not finish: ${o.incomplete.reason}. The reports cover what was checked.`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=console.js.map