// The cache directory (`--cache-dir`, default .repo-audit/): each answer is written as it arrives,
// atomically (temporary file + rename), so a run killed at any moment leaves only whole answers.
//   facts/<sha1(key)>.json   one decided RepoFacts per target (unknown or incomplete ones are not kept)
//   http/<sha1(url)>.json    ETag + body of REST answers, for conditional requests (304s are free)
//   archive/<sha1(key)>.json archive answers (Software Heritage, Wayback), kept much longer: a copy does not go away
//   run.json                 { startedAt, finishedAt }: an unfinished run is resumed by the next one
// Nothing here ever holds the token: facts and API bodies only.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../write-atomic.js';
const sha1 = (s) => createHash('sha1').update(s).digest('hex');
async function readJson(file) {
    try {
        return JSON.parse(await readFile(file, 'utf8'));
    }
    catch {
        return null; // missing or half-written by a foreign tool: treat as absent
    }
}
export class HarvestCache {
    dir;
    /** Answers saved at or after this moment are reused (an unfinished run's start, or now − max-age). */
    freshSince = Infinity;
    /** This run's start as written to run.json (an interrupted run's first start when resuming). */
    startedAt = null;
    resumedFrom = null;
    constructor(dir) {
        this.dir = dir;
    }
    /** Create the directories, read the run marker, and mark this run as started. */
    async begin(now, maxAgeMs) {
        await mkdir(join(this.dir, 'facts'), { recursive: true });
        await mkdir(join(this.dir, 'http'), { recursive: true });
        await mkdir(join(this.dir, 'archive'), { recursive: true });
        const marker = await readJson(join(this.dir, 'run.json'));
        const unfinished = marker && marker.finishedAt === null && typeof marker.startedAt === 'number' ? marker.startedAt : null;
        this.resumedFrom = unfinished;
        const byAge = maxAgeMs > 0 ? now - maxAgeMs : Infinity;
        this.freshSince = Math.min(byAge, unfinished ?? Infinity);
        // Keep the first start of a run interrupted several times, so every part of it is reused.
        this.startedAt = unfinished ?? now;
        await this.writeMarker({ startedAt: this.startedAt, finishedAt: null });
    }
    async finish(now) {
        await this.writeMarker({ startedAt: this.startedAt ?? now, finishedAt: now });
    }
    writeMarker(marker) {
        return writeAtomic(join(this.dir, 'run.json'), JSON.stringify(marker) + '\n');
    }
    /** A fresh decided answer for `key`, or null. */
    async getFacts(key) {
        const entry = await readJson(join(this.dir, 'facts', `${sha1(key)}.json`));
        if (!entry || entry.key !== key || !(entry.savedAt >= this.freshSince))
            return null;
        return entry.facts;
    }
    async putFacts(facts, now) {
        // Never reuse an undecided answer, nor a found one whose details are missing (it has an error).
        if (facts.outcome === 'unknown' || (facts.outcome === 'found' && facts.error !== null))
            return;
        const file = join(this.dir, 'facts', `${sha1(facts.key)}.json`);
        await writeAtomic(file, JSON.stringify({ key: facts.key, savedAt: now, facts }) + '\n');
    }
    /** An archive answer saved less than `maxAgeMs` before `now` (its own age, not --max-age), or null. */
    async getArchive(key, now, maxAgeMs) {
        const entry = await readJson(join(this.dir, 'archive', `${sha1(key)}.json`));
        if (!entry || entry.key !== key || !(now - entry.savedAt < maxAgeMs))
            return null;
        return entry.answer;
    }
    async putArchive(key, answer, now) {
        await writeAtomic(join(this.dir, 'archive', `${sha1(key)}.json`), JSON.stringify({ key, savedAt: now, answer }) + '\n');
    }
    async getHttp(url) {
        const entry = await readJson(join(this.dir, 'http', `${sha1(url)}.json`));
        return entry && entry.url === url ? entry : null;
    }
    async putHttp(entry) {
        await writeAtomic(join(this.dir, 'http', `${sha1(entry.url)}.json`), JSON.stringify(entry) + '\n');
    }
}
//# sourceMappingURL=cache.js.map