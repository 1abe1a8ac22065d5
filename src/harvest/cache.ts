// The cache directory (`--cache-dir`, default .repo-audit/): each answer is written as it arrives,
// atomically (temporary file + rename), so a run killed at any moment leaves only whole answers.
//   facts/<sha1(key)>.json   one decided RepoFacts per target (unknown or incomplete ones are not kept)
//   http/<sha1(url)>.json    ETag + body of REST answers, for conditional requests (304s are free)
//   archive/<sha1(key)>.json archive answers (Software Heritage, Wayback), kept much longer: a copy does not go away
//   run.json                 { startedAt, finishedAt }: an unfinished run is resumed by the next one
//   graphql.json             { batchSize, learntAt, why }: the batch size GitHub last accepted after refusing a larger one
// Nothing here ever holds the token: facts and API bodies only.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../write-atomic.js';
import type { RepoFacts } from '../types.js';

export interface CachedHttp {
  url: string;
  etag: string;
  status: number;
  data: unknown;
  savedAt: number;
}

/** The batch size GitHub accepted after refusing a larger one (`graphql.json`). */
export interface BatchLimit {
  batchSize: number;
  /** Epoch ms of the refusal. */
  learntAt: number;
  /** The refusal, e.g. `RESOURCE_LIMITS_EXCEEDED`. */
  why: string;
}

interface RunMarker {
  startedAt: number;
  finishedAt: number | null;
}

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null; // missing or half-written by a foreign tool: treat as absent
  }
}


export class HarvestCache {
  /** Answers saved at or after this moment are reused (an unfinished run's start, or now − max-age). */
  private freshSince = Infinity;
  /** This run's start as written to run.json (an interrupted run's first start when resuming). */
  private startedAt: number | null = null;
  resumedFrom: number | null = null;

  constructor(readonly dir: string) {}

  /** Create the directories, read the run marker, and mark this run as started. */
  async begin(now: number, maxAgeMs: number): Promise<void> {
    await mkdir(join(this.dir, 'facts'), { recursive: true });
    await mkdir(join(this.dir, 'http'), { recursive: true });
    await mkdir(join(this.dir, 'archive'), { recursive: true });
    const marker = await readJson<RunMarker>(join(this.dir, 'run.json'));
    const unfinished = marker && marker.finishedAt === null && typeof marker.startedAt === 'number' ? marker.startedAt : null;
    this.resumedFrom = unfinished;
    const byAge = maxAgeMs > 0 ? now - maxAgeMs : Infinity;
    this.freshSince = Math.min(byAge, unfinished ?? Infinity);
    // Keep the first start of a run interrupted several times, so every part of it is reused.
    this.startedAt = unfinished ?? now;
    await this.writeMarker({ startedAt: this.startedAt, finishedAt: null });
  }

  async finish(now: number): Promise<void> {
    await this.writeMarker({ startedAt: this.startedAt ?? now, finishedAt: now });
  }

  private writeMarker(marker: RunMarker): Promise<void> {
    return writeAtomic(join(this.dir, 'run.json'), JSON.stringify(marker) + '\n');
  }

  /** A fresh decided answer for `key`, or null. */
  async getFacts(key: string): Promise<RepoFacts | null> {
    const entry = await readJson<{ key: string; savedAt: number; facts: RepoFacts }>(join(this.dir, 'facts', `${sha1(key)}.json`));
    if (!entry || entry.key !== key || !(entry.savedAt >= this.freshSince)) return null;
    return entry.facts;
  }

  async putFacts(facts: RepoFacts, now: number): Promise<void> {
    // Never reuse an undecided answer, nor a found one whose details are missing (it has an error).
    if (facts.outcome === 'unknown' || (facts.outcome === 'found' && facts.error !== null)) return;
    const file = join(this.dir, 'facts', `${sha1(facts.key)}.json`);
    await writeAtomic(file, JSON.stringify({ key: facts.key, savedAt: now, facts }) + '\n');
  }

  /** An archive answer saved less than `maxAgeMs` before `now` (its own age, not --max-age), or null. */
  async getArchive<T>(key: string, now: number, maxAgeMs: number): Promise<T | null> {
    const entry = await readJson<{ key: string; savedAt: number; answer: T }>(join(this.dir, 'archive', `${sha1(key)}.json`));
    if (!entry || entry.key !== key || !(now - entry.savedAt < maxAgeMs)) return null;
    return entry.answer;
  }

  async putArchive(key: string, answer: unknown, now: number): Promise<void> {
    await writeAtomic(join(this.dir, 'archive', `${sha1(key)}.json`), JSON.stringify({ key, savedAt: now, answer }) + '\n');
  }

  /** The GraphQL batch size a past run learnt (GitHub refused larger ones), or null. */
  async getBatchLimit(): Promise<BatchLimit | null> {
    const entry = await readJson<BatchLimit>(join(this.dir, 'graphql.json'));
    return entry && Number.isInteger(entry.batchSize) && entry.batchSize >= 1 && typeof entry.learntAt === 'number' ? entry : null;
  }

  async putBatchLimit(limit: BatchLimit): Promise<void> {
    await writeAtomic(join(this.dir, 'graphql.json'), JSON.stringify(limit) + '\n');
  }

  async getHttp(url: string): Promise<CachedHttp | null> {
    const entry = await readJson<CachedHttp>(join(this.dir, 'http', `${sha1(url)}.json`));
    return entry && entry.url === url ? entry : null;
  }

  async putHttp(entry: CachedHttp): Promise<void> {
    await writeAtomic(join(this.dir, 'http', `${sha1(entry.url)}.json`), JSON.stringify(entry) + '\n');
  }
}
