// Scale benchmark (issue #13): `repo-audit audit` as users run it — the built CLI in its own
// process, the simulator in another, GitHub's per-minute limits on — over N repositories with a
// pool of T tokens, or as S shards (one token each, in parallel) merged with `repo-audit merge`.
// Records wall time, GraphQL queries and points, REST requests, violations, unknown statuses, the
// peak RSS of every repo-audit process, repositories per token-hour of wall time and, beside it,
// the sustained limit the hourly budgets set for this mix (per token: REST budget ÷ REST requests
// per repository, GraphQL points ÷ points per repository, the smaller), and the load at start and end. Build first (`npm run build`), run one at a time, niced:
//   nice node --import tsx bench/harvest/scale.ts --repos 50000 --tokens 2 [--shards 4] [--rest 5000] [--nightly] [--trace]
// (`--nightly`: then a second audit into the same folder, reading the first one's snapshot as its
// previous. `--trace`: memory timelines of the processes, see TRACE.)
// `--merge-only` (with --shards, after a run with --keep) merges the kept shards' snapshots again
// and prints the merge's own row — its wall time and peak RSS — without harvesting anew:
//   nice node --import tsx bench/harvest/scale.ts --repos 50000 --shards 4 --keep      (once)
//   nice node --import tsx bench/harvest/scale.ts --repos 50000 --shards 4 --merge-only
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateScenario } from '../../src/sim/index.js';
import { startSimProcess, summarise } from './sim-process.js';
import { option } from '../options.js';

const N = Number(option('repos', '10000'));
const TOKENS = Number(option('tokens', '1'));
const SHARDS = Number(option('shards', '0'));
const REST = Number(option('rest', '5000'));
const GRAPHQL = Number(option('graphql', '5000'));
const WAIT = process.argv.includes('--wait');
const KEEP = process.argv.includes('--keep');
// A second audit into the same --out and cache right after the first, as the next nightly run: it
// reads the first one's snapshot.json as its previous snapshot. Its peak RSS is printed apart.
const NIGHTLY = process.argv.includes('--nightly');
const MERGE_ONLY = process.argv.includes('--merge-only');
// `--trace`: each repo-audit process also writes its memory timeline (peak-rss.mjs) to
// bench/tmp/scale-trace-<N>-<process>.txt, and its RSS read from /proc every 200 ms to
// …-<process>-proc.txt, kept after the run.
const TRACE = process.argv.includes('--trace');
// The CLI measured: the build in lib/ unless told (a copy lets a long run go on while lib/ is rebuilt).
const CLI = option('cli', 'lib/cli/main.js');

const dir = join('bench/tmp', `scale-${N}-${TOKENS}t-${SHARDS}s`);
if (MERGE_ONLY) {
  if (SHARDS < 1) throw new Error('--merge-only needs --shards N (and the shards of an earlier run with --keep)');
  await mergeOnly();
  process.exit(0);
}
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
// On real time (not the generator's fixed date): the CLI compares x-ratelimit-reset with its own clock.
const scenario = { ...generateScenario({ repos: N, seed: 1, tokens: Math.max(TOKENS, SHARDS), rest: REST, graphql: GRAPHQL, latencyMs: 50, jitterMs: 10 }), now: undefined };
// The names papers link to: every generated entry but the new homes of moved repositories and fork parents.
const names = (scenario.repos ?? []).map((r) => r.repo).filter((r) => !/-renamed$/.test(r) && !r.startsWith('new-') && !r.startsWith('upstream-'));
const input = join(dir, 'papers.md');
await writeFile(input, names.map((n, i) => `- Paper ${i}: code at https://github.com/${n}\n`).join(''));
const tokens = (scenario.tokens ?? []).map((t) => t.token);

interface Proc {
  code: number | null;
  rss: number;
  stderr: string;
}

/**
 * The `summary` of a snapshot.json, read from its end: the file of 200,000 repositories (~600 MB)
 * is longer than a string can be. Keys are sorted, so `summary` comes last but for `tool`.
 */
async function snapshotSummary(file: string): Promise<{ repos: number; byStatus: Record<string, number> }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    const text = tail.toString('utf8');
    const start = text.lastIndexOf('\n  "summary": ');
    const end = text.lastIndexOf(',\n  "tool": ');
    return JSON.parse(text.slice(start + '\n  "summary": '.length, end)) as { repos: number; byStatus: Record<string, number> };
  } finally {
    await handle.close();
  }
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await f();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function readFileSyncSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process has just ended
  }
}

/** The built CLI in its own process; its peak RSS comes from the preloaded peak-rss.mjs. */
async function cli(args: string[], env: Record<string, string>, name: string): Promise<Proc> {
  const rssFile = join(dir, `${name}.rss`);
  const child = spawn(process.execPath, ['--import', './bench/harvest/peak-rss.mjs', CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PEAK_RSS_FILE: rssFile, ...(TRACE ? { PEAK_RSS_TRACE: join('bench/tmp', `scale-trace-${N}-${name}.txt`) } : {}), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-20_000)));
  // The process's own timeline cannot sample while its event loop is busy (reading, building the
  // snapshot); its RSS read from /proc every 200 ms from here can.
  const polled: string[] = [];
  const started = performance.now();
  const poll = TRACE
    ? setInterval(() => {
        const rss = /VmRSS:\s+(\d+)/.exec(readFileSyncSafe(`/proc/${child.pid}/status`))?.[1];
        if (rss) polled.push(`${((performance.now() - started) / 1000).toFixed(1)} ${Math.round(Number(rss) / 1024)}`);
      }, 200)
    : null;
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (poll) {
    clearInterval(poll);
    await writeFile(join('bench/tmp', `scale-trace-${N}-${name}-proc.txt`), `seconds rss\n${polled.join('\n')}\n`);
  }
  const rss = Number(await readFile(rssFile, 'utf8').catch(() => '0'));
  return { code, rss, stderr };
}

const sim = await startSimProcess(scenario, dir, 'sim');
const common = (out: string, cache: string): string[] => [input, '--api-url', sim.url, '--no-web', '--out', out, '--cache-dir', cache, '--fail-on', 'none', '--quiet', ...(WAIT ? ['--wait'] : [])];
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
const t0 = performance.now();
let procs: Proc[];
let unknown = 0;
try {
  if (SHARDS > 0) {
    procs = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        cli(['audit', ...common(join(dir, `shard-${i + 1}`), join(dir, `cache-${i + 1}`)), '--shard', `${i + 1}/${SHARDS}`], { GITHUB_TOKEN: tokens[i]! }, `shard-${i + 1}`),
      ),
    );
    const snaps = Array.from({ length: SHARDS }, (_, i) => join(dir, `shard-${i + 1}`, 'snapshot.json'));
    procs.push(await cli(['merge', ...snaps, '--out', join(dir, 'merged'), '--fail-on', 'none'], {}, 'merge'));
  } else {
    procs = [await cli(['audit', ...common(join(dir, 'out'), join(dir, 'cache'))], { GITHUB_TOKEN: tokens[0]!, GITHUB_TOKENS: tokens.slice(0, TOKENS).join(',') }, 'audit')];
  }
  const again = NIGHTLY && SHARDS === 0 ? await timed(() => cli(['audit', ...common(join(dir, 'out'), join(dir, 'cache'))], { GITHUB_TOKEN: tokens[0]!, GITHUB_TOKENS: tokens.slice(0, TOKENS).join(',') }, 'audit-again')) : null;
  const seconds = (performance.now() - t0) / 1000 - (again?.seconds ?? 0);
  const snapshot = { summary: await snapshotSummary(join(dir, SHARDS > 0 ? 'merged' : 'out', 'snapshot.json')) };
  unknown = snapshot.summary.byStatus.unknown ?? 0;
  const s = summarise(await sim.stop());
  const peak = Math.max(...procs.map((p) => p.rss)) / 2 ** 20;
  const tokenHours = (Math.max(TOKENS, SHARDS) * seconds) / 3600;
  // What one token's hourly budgets sustain for this run's mix of follow-ups.
  const sustained = Math.min(REST / (s.restRequests / N), GRAPHQL / (s.points / N));
  const row = [
    `${N}`, SHARDS > 0 ? `${SHARDS} shards` : `${TOKENS} token${TOKENS > 1 ? 's' : ''}`, seconds.toFixed(0), s.graphqlRequests, s.points, s.restRequests,
    peak.toFixed(0), s.violations, unknown, Math.round(snapshot.summary.repos / tokenHours).toLocaleString('en-US'), Math.round(sustained).toLocaleString('en-US'),
    procs.map((p) => p.code).join('/'), load, loadavg().map((l) => l.toFixed(2)).join(' '),
  ];
  console.log(`| ${row.join(' | ')} |`);
  for (const p of procs) if (p.code !== 0) console.error(p.stderr.slice(-2000));
  if (again) {
    const health = await readFile(join(dir, 'out', 'health.md'), 'utf8');
    console.log(`second run (the first one's snapshot.json as its previous snapshot, the cache warm): ${again.seconds.toFixed(0)} s, peak RSS ${(again.value.rss / 2 ** 20).toFixed(0)} MB, exit ${again.value.code}, health.md ${health.includes('## Changes since') ? 'has' : 'has NO'} "Changes since"`);
    if (again.value.code !== 0) console.error(again.value.stderr.slice(-2000));
  }
} finally {
  if (!KEEP) await rm(dir, { recursive: true, force: true });
}

/** The merge of kept shards alone: | repos | shards | merge wall s | peak RSS MB | exit | load at start | load at end |. */
async function mergeOnly(): Promise<void> {
  const snaps = Array.from({ length: SHARDS }, (_, i) => join(dir, `shard-${i + 1}`, 'snapshot.json'));
  await rm(join(dir, 'merged'), { recursive: true, force: true });
  const start = loadavg().map((l) => l.toFixed(2)).join(' ');
  const began = performance.now();
  const p = await cli(['merge', ...snaps, '--out', join(dir, 'merged'), '--fail-on', 'none', '--quiet'], {}, 'merge');
  const seconds = (performance.now() - began) / 1000;
  const snapshot = JSON.parse(await readFile(join(dir, 'merged', 'snapshot.json'), 'utf8')) as { summary: { repos: number } };
  const row = [snapshot.summary.repos, `${SHARDS} shards`, seconds.toFixed(1), (p.rss / 2 ** 20).toFixed(0), p.code, start, loadavg().map((l) => l.toFixed(2)).join(' ')];
  console.log(`| ${row.join(' | ')} |`);
  if (p.code !== 0) console.error(p.stderr.slice(-2000));
}
