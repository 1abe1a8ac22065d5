import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HarvestCache } from '../../src/harvest/cache.js';
import { blankFacts, unknownFacts } from '../../src/harvest/facts.js';
import type { RepoRef } from '../../src/types.js';

const ref = (name: string): RepoRef => ({ key: `github/${name}`, forge: 'github', kind: 'repo', repo: name, url: `https://github.com/${name}`, paths: [], papers: [0] });
const HOUR = 3_600_000;
let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'ra-cache-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('HarvestCache', () => {
  it('reuses answers younger than --max-age, never unknown ones, and leaves no temporary files', async () => {
    const first = new HarvestCache(dir);
    await first.begin(0, 0);
    await first.putFacts(blankFacts(ref('a/b'), 'found', 'graphql', 'x'), 1000);
    await first.putFacts(unknownFacts(ref('c/d'), 'HTTP 502', 'graphql', 'x'), 1000);
    await first.finish(2000);
    const fresh = new HarvestCache(dir);
    await fresh.begin(10 * HOUR, 24 * HOUR);
    expect((await fresh.getFacts('github/a/b'))?.outcome).toBe('found');
    expect(await fresh.getFacts('github/c/d')).toBeNull();
    const stale = new HarvestCache(dir);
    await stale.begin(30 * HOUR, 24 * HOUR);
    expect(await stale.getFacts('github/a/b')).toBeNull();
    const files = await readdir(join(dir, 'facts'));
    expect(files).toHaveLength(1);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('resumes an unfinished run with --max-age 0, keeping the first start across interruptions', async () => {
    const a = new HarvestCache(dir);
    await a.begin(5000, 0);
    await a.putFacts(blankFacts(ref('a/b'), 'not-found', 'rest', 'x'), 6000);
    // killed here: no finish()
    const b = new HarvestCache(dir);
    await b.begin(9000, 0);
    expect(b.resumedFrom).toBe(5000);
    expect((await b.getFacts('github/a/b'))?.outcome).toBe('not-found');
    expect(JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'))).toEqual({ startedAt: 5000, finishedAt: null });
    await b.finish(10_000);
    expect(JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'))).toEqual({ startedAt: 5000, finishedAt: 10_000 });
    const c = new HarvestCache(dir);
    await c.begin(11_000, 0);
    expect(c.resumedFrom).toBeNull();
    expect(await c.getFacts('github/a/b')).toBeNull();
  });

  it('keeps ETag answers per URL', async () => {
    const c = new HarvestCache(dir);
    await c.begin(0, 0);
    await c.putHttp({ url: 'http://x/repos/a/b', etag: 'W/"1"', status: 200, data: { full_name: 'a/b' }, savedAt: 1 });
    expect((await c.getHttp('http://x/repos/a/b'))?.etag).toBe('W/"1"');
    expect(await c.getHttp('http://x/repos/a/c')).toBeNull();
  });
});
