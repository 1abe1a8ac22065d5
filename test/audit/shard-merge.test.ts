// Shards end to end through the CLI against the simulator: `audit --shard I/3` three times, then
// `merge`, gives the snapshot and reports of a single run; merging the wrong set of shards is an
// error that says which; `extract --shard` splits the targets and keeps every paper.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';

const SCENARIO = 'examples/scenarios/hf-papers.json';
const CORPUS = 'examples/hf-papers';

let dir: string;
let sim: RunningSimulator;
let token: string;
const started = new Date().toISOString();
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-shard-'));
  sim = await startSimulator(SCENARIO);
  token = sim.scenario.tokens[0]!.token;
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const audit = (name: string, extra: string[] = []) =>
  runCli(['audit', CORPUS, '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, `${name}-cache`), '--out', join(dir, name), '--fail-on', 'none', ...extra], { GITHUB_TOKEN: token });
const read = (name: string, file: string): string => readFileSync(join(dir, name, file), 'utf8');

/** Times of this test run (generatedAt, checkedAt, "Checked …" lines) are the only allowed differences. */
function runTimeFree(text: string): string {
  return text
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, (t) => (t >= started.slice(0, 19) ? '<now>' : t))
    .replace(/^Checked .*$/m, 'Checked <now>');
}

describe('audit --shard I/N and merge', () => {
  it('three shards merged equal a single run: snapshot, health.md and repos.csv', async () => {
    const single = await audit('single');
    expect(single.code, single.stderr).toBe(0);
    const shards = await Promise.all([1, 2, 3].map((i) => audit(`shard-${i}`, ['--shard', `${i}/3`])));
    for (const s of shards) expect(s.code, s.stderr).toBe(0);
    const one = JSON.parse(read('single', 'snapshot.json'));
    const sizes = [1, 2, 3].map((i) => JSON.parse(read(`shard-${i}`, 'snapshot.json')));
    // Every shard lists every paper but checks only its own targets; together, all of them once.
    for (const s of sizes) expect(s.papers).toHaveLength(one.papers.length);
    expect(sizes.reduce((n, s) => n + s.repos.length, 0)).toBe(one.repos.length);
    for (const s of sizes) expect(s.repos.length).toBeGreaterThan(one.repos.length / 6);
    expect(sizes.map((s) => s.shard)).toEqual([1, 2, 3].map((i) => ({ index: i, count: 3, inputs: sizes[0].shard.inputs })));

    const merged = await runCli(['merge', ...[3, 1, 2].map((i) => join(dir, `shard-${i}`, 'snapshot.json')), '--out', join(dir, 'merged'), '--fail-on', 'none']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain(single.stdout.split('\n').find((l) => /repositories from/.test(l)));
    const m = JSON.parse(read('merged', 'snapshot.json'));
    expect(m.shard).toBeUndefined();
    expect(m.summary).toEqual(one.summary);
    for (const file of ['snapshot.json', 'health.md', 'repos.csv']) expect(runTimeFree(read('merged', file)), file).toBe(runTimeFree(read('single', file)));

    // Merged again into the same folder: the first merge is the previous snapshot, whose checkedAt
    // times are carried over (whole entries compared): the same repositories, facts included.
    const again = await runCli(['merge', ...[1, 2, 3].map((i) => join(dir, `shard-${i}`, 'snapshot.json')), '--out', join(dir, 'merged'), '--fail-on', 'none']);
    expect(again.code, again.stderr).toBe(0);
    const second = JSON.parse(read('merged', 'snapshot.json'));
    expect(second.repos).toEqual(m.repos);
    expect(second.repos.every((r: { facts?: object }) => r.facts)).toBe(true);
  }, 180_000);

  it('refuses shards that overlap, miss one, or come from different inputs, naming the files', async () => {
    const snap = (i: number) => join(dir, `shard-${i}`, 'snapshot.json');
    const overlap = await runCli(['merge', snap(1), snap(2), snap(2), '--out', join(dir, 'bad')]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toBe(`repo-audit merge: ${snap(2)} and ${snap(2)} are both shard 2/3: shards overlap\n`);
    const missing = await runCli(['merge', snap(1), snap(3), '--out', join(dir, 'bad')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('repo-audit merge: missing shard 2/3 (given 2 of 3)\n');
    const other = JSON.parse(read('shard-2', 'snapshot.json'));
    other.shard.inputs = '0000000000000000';
    const otherPath = join(dir, 'other.json');
    writeFileSync(otherPath, JSON.stringify(other));
    const different = await runCli(['merge', snap(1), otherPath, snap(3), '--out', join(dir, 'bad')]);
    expect(different.code).toBe(2);
    expect(different.stderr).toContain(`${otherPath} comes from different inputs than ${snap(1)}`);
    const unsharded = await runCli(['merge', join(dir, 'single', 'snapshot.json'), '--out', join(dir, 'bad')]);
    expect(unsharded.stderr).toContain('not a shard\'s snapshot (written without --shard I/N)');
    const split = JSON.parse(read('shard-3', 'snapshot.json'));
    split.shard.count = 4;
    writeFileSync(otherPath, JSON.stringify(split));
    const splits = await runCli(['merge', snap(1), snap(2), otherPath, '--out', join(dir, 'bad')]);
    expect(splits.stderr).toContain(`${otherPath} is shard 3/4 but ${snap(1)} is shard 1/3: shards of different splits`);
  }, 120_000);

  it('reads a shard rewritten by hand in another layout, and names the file and line of a cut-short or broken one', async () => {
    const snap = (i: number) => join(dir, `shard-${i}`, 'snapshot.json');
    // Compact JSON (another layout): read whole, merged all the same.
    const compact = join(dir, 'compact.json');
    writeFileSync(compact, JSON.stringify(JSON.parse(read('shard-2', 'snapshot.json'))));
    const merged = await runCli(['merge', snap(1), compact, snap(3), '--out', join(dir, 'merged-compact'), '--fail-on', 'none']);
    expect(merged.code, merged.stderr).toBe(0);
    for (const file of ['snapshot.json', 'health.md', 'repos.csv']) expect(runTimeFree(read('merged-compact', file)), file).toBe(runTimeFree(read('single', file)));

    const lines = read('shard-2', 'snapshot.json').split('\n');
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, lines.slice(0, 200).join('\n'));
    const short = await runCli(['merge', snap(1), cut, snap(3), '--out', join(dir, 'bad')]);
    expect(short.code).toBe(2);
    expect(short.stderr).toBe(`repo-audit merge: ${cut}:200: the file ends here, in the middle of the snapshot (cut short?)\n`);

    // A repository whose status was edited away, in the streamed layout: its file, line and field.
    const at = lines.indexOf('  "repos": [') + 2; // the line of the first repository's `{` (1-based)
    const statusLine = lines.findIndex((l, i) => i >= at && l.startsWith('      "status": '));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, [...lines.slice(0, statusLine), '      "status": 7,', ...lines.slice(statusLine + 1)].join('\n'));
    const wrong = await runCli(['merge', snap(1), broken, snap(3), '--out', join(dir, 'bad')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(new RegExp(`^repo-audit merge: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${at}: not a repo-audit snapshot \\(repos\\.0\\.status: .+\\)\\n$`));
    const garbled = join(dir, 'garbled.json');
    writeFileSync(garbled, [...lines.slice(0, statusLine), '      "status": ok,', ...lines.slice(statusLine + 1)].join('\n'));
    const notJson = await runCli(['merge', snap(1), garbled, snap(3), '--out', join(dir, 'bad')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain(`repo-audit merge: ${garbled}:${at}: not JSON (`);
  }, 120_000);

  it('extract --shard keeps every paper and splits the targets; a bad --shard is one clear line', async () => {
    const all = JSON.parse((await runCli(['extract', CORPUS, '--format', 'json'])).stdout);
    const parts = await Promise.all([1, 2].map(async (i) => JSON.parse((await runCli(['extract', CORPUS, '--format', 'json', '--shard', `${i}/2`])).stdout)));
    for (const p of parts) expect(p.papers).toEqual(all.papers);
    const keys = parts.flatMap((p) => p.repos.map((r: { key: string }) => r.key)).sort();
    expect(keys).toEqual(all.repos.map((r: { key: string }) => r.key).sort());
    expect(parts[0].repos.length).toBeGreaterThan(0);
    expect(parts[1].repos.length).toBeGreaterThan(0);
    const bad = await runCli(['extract', CORPUS, '--shard', '3/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard: expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. 2/4 (got "3/2")');
  }, 60_000);
});
