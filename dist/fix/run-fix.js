// `repo-audit fix` as one library call: read the files, learn where moved repositories live now
// (a harvest, or a saved snapshot without network), plan every file's rewrite, then show the diff
// (dry run) or write each changed file. The CLI and the GitHub Action are thin clients of this.
import { isExpired, loadIgnoreFile } from '../accept/ignore-file.js';
import { harvest } from '../harvest/index.js';
import { redact } from '../harvest/redact.js';
import { expandInputs } from '../read/index.js';
import { movesFromFacts, movesFromFile } from './moves.js';
import { findOccurrences } from './occurrences.js';
import { planFile } from './plan.js';
import { FileChangedError, readUserFile, replaceUserFile } from './user-file.js';
export async function runFix(request, options, hooks = {}) {
    // Links the ignore file accepts are left as they are (an expired entry no longer protects them).
    const ignore = await loadIgnoreFile(options.ignoreFile);
    const today = new Date();
    const acceptedAt = request.acceptedAt ?? ((key, url) => ignore.entries.find((e) => !isExpired(e.until, today) && e.matches(key, url))?.at ?? null);
    const { files, problems } = await readInputs(request.inputs);
    problems.unshift(...ignore.problems);
    const { moved, incomplete } = request.moved
        ? { moved: request.moved, incomplete: null }
        : request.fromSnapshot
            ? { ...(await movesFromFile(request.fromSnapshot)), incomplete: null }
            : await harvestMoves(files, options, hooks);
    const plans = files.map((file) => planFile(file, moved, { ...request, acceptedAt }));
    const written = [];
    if (!request.dryRun) {
        for (const plan of plans) {
            if (!plan.next)
                continue;
            try {
                await replaceUserFile(plan.file, plan.next);
                written.push(plan.file.path);
            }
            catch (err) {
                const message = err instanceof FileChangedError ? err.message : `${plan.file.path}: cannot be written (${err.code ?? err.message})`;
                problems.push({ source: plan.file.path, line: null, message });
            }
        }
    }
    return { plans, written, problems, incomplete };
}
/** The files named by the inputs (files, directories, globs), read whole; stdin cannot be rewritten. */
async function readInputs(inputs) {
    const expanded = await expandInputs(inputs);
    const problems = expanded.problems.map((p) => ({ source: p.source, line: null, message: `${p.source}: ${p.message}` }));
    const files = [];
    const seen = new Set();
    for (const { source } of expanded.files) {
        if (source === '-') {
            problems.push({ source, line: null, message: '-: fix rewrites files in place; standard input cannot be rewritten' });
            continue;
        }
        if (seen.has(source))
            continue;
        seen.add(source);
        try {
            files.push(await readUserFile(source));
        }
        catch (err) {
            problems.push({ source, line: null, message: `${source}: cannot be read (${err.code ?? 'error'})` });
        }
    }
    return { files, problems };
}
/** The GitHub repositories the files link to, once each. */
export function linkedRepos(files) {
    const byKey = new Map();
    for (const file of files) {
        for (const { target } of findOccurrences(file.text)) {
            if (target.forge !== 'github' || target.kind !== 'repo' || !target.repo || byKey.has(target.key))
                continue;
            byKey.set(target.key, { key: target.key, forge: 'github', kind: 'repo', repo: target.repo, url: `https://github.com/${target.repo}`, paths: [], papers: [] });
        }
    }
    return [...byKey.values()];
}
async function harvestMoves(files, options, hooks) {
    const repos = linkedRepos(files);
    if (repos.length === 0)
        return { moved: new Map(), incomplete: null };
    try {
        const run = await harvest(repos, options, hooks);
        return { moved: movesFromFacts(run.facts), incomplete: run.incomplete };
    }
    catch (err) {
        // Nothing learnt, nothing rewritten; the token never reaches the message.
        return { moved: new Map(), incomplete: { reason: `harvest failed: ${redact(err instanceof Error ? err.message : String(err), options.token)}` } };
    }
}
//# sourceMappingURL=run-fix.js.map