import { streamInputs } from '../index.js';
import { inShard, shardRepos } from '../shard.js';
import { csvFormatter } from './csv.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { tableFormatter } from './table.js';
const FORMATTERS = {
    json: jsonFormatter,
    jsonl: jsonlFormatter,
    csv: csvFormatter,
    table: tableFormatter,
};
const FLUSH_AT = 64 * 1024;
function drained(out) {
    return new Promise((resolve) => {
        const done = () => {
            out.off('drain', done);
            out.off('close', done);
            out.off('error', done);
            resolve();
        };
        out.once('drain', done).once('close', done).once('error', done);
    });
}
export async function writeExtract(inputs, opts, out) {
    const formatter = FORMATTERS[opts.format]();
    const shard = opts.shard ?? null;
    // csv and table print a row per link: a shard keeps the rows of its own targets. json and jsonl
    // print every paper whole (a paper belongs to no shard); json's repos[] is the shard's.
    const perLink = opts.format === 'csv' || opts.format === 'table';
    const ofShard = (record) => (shard && perLink ? { ...record, links: record.links.filter((l) => inShard(l.key, shard)) } : record);
    let pending = [];
    let size = 0;
    let waiting = null;
    const push = (text) => {
        if (!text)
            return;
        pending.push(text);
        size += text.length;
        if (size >= FLUSH_AT)
            flush();
    };
    const flush = () => {
        const text = pending.join('');
        pending = [];
        size = 0;
        // A closed output (`| head`) drops the text; it must not keep every later push flushing.
        if (text && !out.destroyed && !out.write(text))
            waiting = drained(out);
    };
    push(formatter.begin());
    const summary = await streamInputs(inputs, { inputFormat: opts.inputFormat ?? null, stdin: opts.stdin }, {
        record(record, index) {
            push(formatter.paper(ofShard(record), index));
        },
        problem: opts.onProblem,
        collectRepos: formatter.needsRepos,
        // Reading pauses while the output catches up.
        ready: () => {
            const w = waiting;
            waiting = null;
            return w;
        },
    });
    if (summary.passthrough)
        summary.passthrough.papers.forEach((p, i) => push(formatter.paper(ofShard(p), i)));
    const repos = shardRepos(summary.repos, shard);
    push(formatter.end(repos));
    flush();
    if (waiting)
        await waiting;
    return { papers: summary.passthrough?.papers.length ?? summary.papers, repos: repos.length, problems: summary.problems };
}
//# sourceMappingURL=write.js.map