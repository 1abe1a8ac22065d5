// The extraction stage: inputs → paper records with their code links, and the deduplicated
// targets (`repos[]`). Never throws for bad input: problems are collected, the rest is read.
import { createReadStream } from 'node:fs';
import { READERS, detectFormat, expandInputs } from '../read/index.js';
import { streamLines } from '../read/lines.js';
import { redactCredentials } from './clean.js';
import { RepoIndex } from './repos.js';
export { parseCodeLink, classifyUrl } from './classify.js';
export { findLinks } from './links.js';
export { findUrlCandidates, MAY_HOLD_URL } from './find-urls.js';
export { mentionsClaim, mentionsPromise } from './promises.js';
export { RepoIndex, reposOf } from './repos.js';
function problemOf(source, line, message) {
    // An input named like a URL with credentials (`https://user:token@…`) is not echoed with them.
    const shown = redactCredentials(source);
    return { source: shown, line, message: `${shown}${line === null ? '' : `:${line}`}: ${message}` };
}
/** Bytes read before deciding an input's format. */
const HEAD_BYTES = 64 * 1024;
async function* withHead(first, rest) {
    if (first)
        yield first;
    for (let r = await rest.next(); !r.done; r = await rest.next())
        yield r.value;
}
/** Read one input through the reader its format needs. */
async function readOne(source, opts, sink, ready) {
    const stream = source === '-' ? (opts.stdin ?? process.stdin) : createReadStream(source, { highWaterMark: 256 * 1024 });
    const it = stream[Symbol.asyncIterator]();
    try {
        const first = await it.next();
        const head = first.done ? null : typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
        const name = source === '-' ? '' : source;
        const format = opts.inputFormat ?? detectFormat(name, head ? head.subarray(0, HEAD_BYTES).toString('utf8') : '');
        const reader = READERS[format](source, sink);
        const read = await streamLines(withHead(head, it), {
            lines(lines, firstNo) {
                for (let i = 0; i < lines.length; i++)
                    reader.line(lines[i], firstNo + i);
            },
            problem: (line, message) => sink.problem(line, message),
            after: () => ready?.() ?? null,
        });
        if (read)
            reader.end();
    }
    catch (err) {
        const code = err.code;
        sink.problem(null, code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'error'})`);
    }
    finally {
        if ('destroy' in stream && typeof stream.destroy === 'function' && source !== '-')
            stream.destroy();
    }
}
/**
 * Stream every input's records to `handlers.record` without keeping them: memory stays bounded
 * by the distinct targets, not by the size of the inputs.
 */
export async function streamInputs(inputs, opts, handlers) {
    const problems = [];
    const report = (p) => {
        problems.push(p);
        handlers.problem?.(p);
    };
    const expanded = await expandInputs(inputs);
    for (const p of expanded.problems)
        report(problemOf(p.source, null, p.message));
    const repos = new RepoIndex();
    const collect = handlers.collectRepos !== false;
    let papers = 0;
    let passthrough = null;
    const only = expanded.files.length === 1 && inputs.length === 1;
    for (const file of expanded.files) {
        const sink = {
            record(record) {
                if (collect)
                    repos.add(record, papers);
                handlers.record(record, papers++);
            },
            problem: (line, message) => report(problemOf(file.source, line, message)),
        };
        if (only)
            sink.extractResult = (result) => void (passthrough = result);
        await readOne(file.source, opts, sink, handlers.ready);
    }
    return { papers, repos: passthrough ? passthrough.repos : repos.list(), problems, passthrough };
}
/**
 * Read files, directories (recursively), globs and `-` (stdin). If the only input is a JSON file
 * that already holds an extract result (`{papers, repos}`), it is returned as it is. Never throws
 * for bad input: problems are collected and everything readable is still returned.
 */
export async function extractInputs(inputs, opts = {}) {
    const papers = [];
    const summary = await streamInputs(inputs, opts, { record: (r) => void papers.push(r) });
    if (summary.passthrough)
        return { ...summary.passthrough, problems: summary.problems };
    return { papers, repos: summary.repos, problems: summary.problems };
}
/** Extract from one in-memory text (tests, the GitHub Action). Synchronous. */
export function extractText(text, source, format) {
    const papers = [];
    const repos = new RepoIndex();
    let passthrough = null;
    const sink = {
        record(record) {
            repos.add(record, papers.length);
            papers.push(record);
        },
        problem() { },
        extractResult: (result) => void (passthrough = result),
    };
    const reader = READERS[format ?? detectFormat(source, text.slice(0, HEAD_BYTES))](source, sink);
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((line, i) => reader.line(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1));
    reader.end();
    return passthrough ?? { papers, repos: repos.list() };
}
//# sourceMappingURL=index.js.map