import { STATUS_LABEL } from './labels.js';
export function statusPie(snapshot) {
    const slices = Object.keys(STATUS_LABEL)
        .map((s) => [STATUS_LABEL[s], snapshot.summary.byStatus[s] ?? 0])
        .filter(([, n]) => n > 0);
    if (slices.length === 0)
        return null;
    return ['```mermaid', 'pie showData', '    title Repositories by status', ...slices.map(([l, n]) => `    "${l}" : ${n}`), '```'].join('\n');
}
export function historyChart(snapshot) {
    const history = snapshot.history ?? [];
    if (history.length < 2)
        return null;
    // Dates for nightly runs; when a day holds several runs, month-day and time tell them apart.
    const days = history.map((h) => h.generatedAt.slice(0, 10));
    const sameDay = new Set(days).size < days.length;
    const labels = history.map((h) => `"${sameDay ? `${h.generatedAt.slice(5, 10)} ${h.generatedAt.slice(11, 16)}` : h.generatedAt.slice(0, 10)}"`).join(', ');
    const values = history.map((h) => Math.round(h.healthyShare * 1000) / 10).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Healthy share of checked repositories (%)"',
        `    x-axis [${labels}]`,
        '    y-axis "healthy %" 0 --> 100',
        `    line [${values}]`,
        '```',
    ].join('\n');
}
//# sourceMappingURL=charts.js.map