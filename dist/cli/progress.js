const fmt = (n) => n.toLocaleString('en-US');
/** `61/122 (50%) · 12 cached · 8.1/s · GraphQL 4,990/5,000 left · REST 59/60 left` */
export function formatProgress(p, perSecond) {
    const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
    const parts = [`${fmt(p.done)}/${fmt(p.total)} (${pct}%)`];
    if (p.cached)
        parts.push(`${fmt(p.cached)} cached`);
    if (perSecond !== null && Number.isFinite(perSecond))
        parts.push(`${perSecond.toFixed(1)}/s`);
    if (p.graphql)
        parts.push(`GraphQL ${fmt(p.graphql.remaining)}/${fmt(p.graphql.limit)} left`);
    if (p.rest)
        parts.push(`REST ${fmt(p.rest.remaining)}/${fmt(p.rest.limit)} left`);
    return parts.join(' · ');
}
export function progressBar(done, total, width) {
    const filled = total ? Math.round((width * Math.min(done, total)) / total) : width;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}
export function createProgress(opts = {}) {
    const stream = opts.stream ?? process.stderr;
    const now = opts.now ?? Date.now;
    const label = opts.label ?? 'repo-audit';
    if (opts.quiet)
        return { update: () => { }, notice: () => { }, done: () => { } };
    const started = now();
    let last = null;
    let lastDraw = -Infinity; // the first update draws at once
    let drawn = false;
    const rate = (p) => {
        const s = (now() - started) / 1000;
        return s >= 1 ? (p.done - p.cached) / s : null;
    };
    const tty = stream.isTTY === true;
    const draw = (final) => {
        if (!last)
            return;
        const text = formatProgress(last, rate(last));
        if (tty) {
            const bar = progressBar(last.done, last.total, 24);
            const line = `${label}: ${bar} ${text}`.slice(0, Math.max(20, (stream.columns || 100) - 1));
            stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
            drawn = !final;
        }
        else
            stream.write(`${label}: ${text}\n`);
        lastDraw = now();
    };
    return {
        update(p) {
            last = p;
            const gap = tty ? 100 : (opts.intervalMs ?? 5000);
            if (now() - lastDraw >= gap)
                draw(false);
        },
        notice(line) {
            if (tty && drawn)
                stream.write('\r\x1b[2K');
            stream.write(`${label}: ${line}\n`);
            if (tty && drawn)
                draw(false);
        },
        done() {
            draw(true);
        },
    };
}
//# sourceMappingURL=progress.js.map