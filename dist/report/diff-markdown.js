// The "Changes since <date>" section of health.md.
import { mdText, mdUrl } from './escape.js';
import { isQuiet } from './diff.js';
import { STATUS_LABEL, humanTime, plural } from './labels.js';
const MAX_ITEMS = 50;
function items(list, line) {
    const shown = list.slice(0, MAX_ITEMS).map((c) => `- ${line(c)}`);
    if (list.length > MAX_ITEMS)
        shown.push(`- and ${list.length - MAX_ITEMS} more (see snapshot.json)`);
    return shown.join('\n');
}
const was = (c) => (c.was ? `was ${STATUS_LABEL[c.was]}` : 'new in this run');
export function renderChanges(d) {
    const out = [`## Changes since ${humanTime(d.since)}`];
    if (isQuiet(d)) {
        out.push('Nothing changed.');
        return out.join('\n\n');
    }
    const counts = [];
    if (d.added)
        counts.push(`${plural(d.added, 'repository', 'repositories')} added`);
    if (d.removed)
        counts.push(`${plural(d.removed, 'repository', 'repositories')} no longer linked`);
    if (counts.length)
        out.push(`${counts.join(', ')}.`);
    const section = (title, list, line) => {
        if (list.length)
            out.push(`### ${title} (${list.length})\n\n${items(list, line)}`);
    };
    section('Newly dead', d.newlyDead, (c) => `${mdUrl(c.url)}: ${STATUS_LABEL[c.now]} (${was(c)}): ${mdText(c.reason, 120)}`);
    section('Recovered', d.recovered, (c) => `${mdUrl(c.url)}: ok again (${was(c)})`);
    section('Newly empty or placeholder', d.newlyEmpty, (c) => `${mdUrl(c.url)}: ${STATUS_LABEL[c.now]} (${was(c)}): ${mdText(c.reason, 120)}`);
    section('Renamed', d.renamed, (c) => {
        const target = 'canonicalUrl' in c && typeof c.canonicalUrl === 'string' ? mdUrl(c.canonicalUrl) : mdText(c.reason, 80);
        return `${mdUrl(c.url)} is now ${target}`;
    });
    section('Promises kept', d.promisesKept, (c) => `${mdUrl(c.url)}: the promised code is there now`);
    if (d.starGains.length) {
        const lines = d.starGains.map((g) => `- ${mdUrl(g.url)}: +${g.gain} stars (${g.from} → ${g.to})`);
        out.push(`### Biggest star gains\n\n${lines.join('\n')}`);
    }
    return out.join('\n\n');
}
//# sourceMappingURL=diff-markdown.js.map