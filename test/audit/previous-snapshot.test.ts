// The previous snapshot read into temporary files (audit/previous-snapshot.ts): every reader sees
// what a whole read gives — the same head, repositories and papers, a repository found by key
// without case, the same changes since then — and a snapshot written by hand (repositories out of
// order or repeated) is read whole, as before. The audit's own use of it (carried `checkedAt`,
// health.md's changes, byte for byte) is in held-compactly.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPrevious, readSnapshotInFiles } from '../../src/audit/previous-snapshot.js';
import { readSnapshot } from '../../src/audit/snapshot-file.js';
import { SnapshotFileError } from '../../src/errors.js';
import { diffSnapshots } from '../../src/report/diff.js';
import { renderSnapshotJson } from '../../src/report/json.js';
import { repoFinder } from '../../src/report/repo-order.js';
import type { Snapshot } from '../../src/types.js';
import { lookupOf } from '../../src/util/lazy-array.js';

const dir = mkdtempSync(join(tmpdir(), 'repo-audit-previous-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = JSON.parse(readFileSync('reports/snapshot.json', 'utf8')) as Snapshot;
demo.papers[0]!.title = 'Ünïcödé — 中文 🚀';
const file = join(dir, 'snapshot.json');
writeFileSync(file, renderSnapshotJson(demo));

/** Plain JSON values, so a lazy array and an array compare alike. */
const plain = (s: Snapshot): unknown => JSON.parse(JSON.stringify({ ...s, repos: [...s.repos], papers: [...s.papers] }));

describe('readSnapshotInFiles', () => {
  it('gives what readSnapshot gives, with its lists read from files and its repositories found by key', async () => {
    const whole = await readSnapshot(file);
    const inFiles = await readSnapshotInFiles(file);
    expect(whole.repos.length).toBeGreaterThan(50);
    expect(plain(inFiles)).toEqual(plain(whole));
    expect(lookupOf(inFiles.repos)).toBeDefined(); // not an array in memory
    const find = repoFinder(inFiles);
    const some = whole.repos[17]!;
    expect(find(some.key.toUpperCase())).toEqual(some); // facts and all
    expect(find('github/nobody/nothing')).toBeUndefined();
  });

  it('the changes since a previous snapshot read from files are those of one read whole', async () => {
    const current = structuredClone(demo);
    current.generatedAt = '2099-01-01T00:00:00Z';
    // One repository gone, one new, one dead that was fine, one with more stars.
    const [gone] = current.repos.splice(3, 1);
    current.repos.push({ ...structuredClone(current.repos[0]!), key: 'github/zz/new', url: 'https://github.com/zz/new' });
    const fine = current.repos.findIndex((r) => r.status === 'ok');
    current.repos[fine] = { ...current.repos[fine]!, status: 'not-found' };
    const starred = current.repos.findIndex((r, i) => i !== fine && r.stars !== null);
    current.repos[starred] = { ...current.repos[starred]!, stars: current.repos[starred]!.stars! + 1000 };
    const fromFiles = diffSnapshots(await readSnapshotInFiles(file), current);
    expect(fromFiles).toEqual(diffSnapshots(await readSnapshot(file), current));
    expect(gone).toBeDefined();
    expect(fromFiles.removed).toBe(1);
    expect(fromFiles.added).toBe(1);
    expect(fromFiles.newlyDead.map((c) => c.key)).toContain(current.repos[fine]!.key);
    expect(fromFiles.starGains[0]?.key).toBe(current.repos[starred]!.key);
  });

  it('a snapshot whose repositories are out of key order, or repeat a key, is read whole (as before)', async () => {
    const text = renderSnapshotJson(demo);
    const first = demo.repos[0]!.key;
    const second = demo.repos[1]!.key;
    // The first repository's own key (a field at indent 6 in the repos list; its facts' key is deeper) made to sort last, or made the second's.
    const line = `\n      "key": ${JSON.stringify(first)},`;
    const at = text.indexOf(line, text.indexOf('\n  "repos": ['));
    expect(at).toBeGreaterThan(0);
    const withKey = (key: string): string => `${text.slice(0, at)}\n      "key": ${JSON.stringify(key)},${text.slice(at + line.length)}`;
    for (const [name, edited] of [
      ['unordered', withKey('zzzz/last')],
      ['repeated', withKey(second)],
    ] as const) {
      const path = join(dir, `${name}.json`);
      writeFileSync(path, edited);
      const whole = await readSnapshot(path);
      expect(whole.repos[0]!.key, name).not.toBe(first);
      const got = await readSnapshotInFiles(path);
      expect(lookupOf(got.repos), name).toBeUndefined(); // an array in memory
      expect(plain(got), name).toEqual(plain(whole));
    }
  });

  it('readPrevious: the default snapshot may be missing, an explicit one may not; a broken one says which file', async () => {
    expect(await readPrevious(null, join(dir, 'absent.json'))).toBeNull();
    await expect(readPrevious(join(dir, 'absent.json'), file)).rejects.toMatchObject({ code: 'missing' });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 1, "repos": [');
    await expect(readPrevious(null, broken)).rejects.toBeInstanceOf(SnapshotFileError);
    await expect(readPrevious(null, broken)).rejects.toThrow('broken.json');
  });
});
