// Where an audit's memory goes, without the network: the real pipeline (runAuditWith: the real
// readers, classification and report writers) with a harvest stage that answers every target at
// once from a fixed, deterministic mix (found, empty, placeholder, not found, blocked; moved,
// archived, stale, unlicensed, forks; descriptions and topics). It samples RSS and the V8 heap
// every 20 ms and prints the peak of each phase (extract, harvest, snapshot + reports), so a
// change's effect is seen in a minute instead of the half hour a simulated 200,000 takes. The
// clock is pinned, so two builds' reports can be byte-compared (`--lib DIR` runs a copy of lib/).
//   nice node --import tsx bench/harvest/audit-memory.ts --repos 200000 [--lib bench/tmp/lib-base] [--out DIR] [--shard 1/4] [--again]
// (`--again`: a second run over the first one's reports, which it reads as its previous snapshot.)
// Not a substitute for bench/harvest/scale.ts (the harvester's own memory: answer bodies,
// gates, the cache) — the figures recorded in RESULTS.md come from scale.ts.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RepoFacts, RepoRef } from '../../src/types.js';
import { option } from '../options.js';

const N = Number(option('repos', '50000'));
const LIB = option('lib', 'lib');
const OUT = option('out', `bench/tmp/audit-memory-${N}`);
const SHARD = option('shard', '');
setFlagsFromString('--heap-growing-percent=20'); // as the CLI does (util/heap-growth.ts)

const lib = (p: string): Promise<any> => import(pathToFileURL(resolve(LIB, p)).href);
const { runAuditWith } = await lib('audit/run-audit.js');
// The audit's own extract stage: records compacted as they are read where the build has it.
const extractStage = (await lib('audit/compact-extract.js')).extractCompactly ?? (await lib('extract/index.js')).extractInputs;
const { resolveOptions } = await lib('options.js');
const { fixedClock } = await lib('harvest/clock.js');

// No previous snapshot, so that runs compare byte for byte — unless `--again`: then the reports of
// the last run in OUT are this run's previous snapshot (as a nightly run finds them), a day later.
const AGAIN = process.argv.includes('--again');
if (!AGAIN) await rm(join(OUT, 'reports'), { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const input = join(OUT, 'papers.md');
// Mostly one link a paper; every 7th paper links a second, shared repository; every 50th promises code.
const lines: string[] = [];
for (let i = 0; i < N; i++) {
  const extra = i % 7 === 0 ? ` and https://github.com/shared/tool${i % 300}` : '';
  const promise = i % 50 === 0 ? ' Code will be released soon.' : '';
  lines.push(`- Paper ${i} (Feb ${1 + (i % 27)}, 2024): code at https://github.com/owner${i % 9000}/repo-${i}${extra}.${promise}\n`);
}
await writeFile(input, lines.join(""));
lines.length = 0;

const NOW = new Date('2026-11-30T09:00:00Z');
function answer(r: RepoRef, i: number): RepoFacts {
  const h = (i * 2654435761) % 1000;
  const name = r.repo ?? r.key;
  const outcome = h < 130 ? 'not-found' : h < 160 ? 'blocked' : 'found';
  const found = outcome === 'found';
  return {
    key: r.key, forge: r.forge, kind: r.kind, url: r.url, outcome,
    httpStatus: found ? 200 : h < 130 ? 404 : 451, blockReason: h >= 130 && h < 160 ? 'dmca' : null,
    canonicalRepo: found ? (h % 41 === 0 ? `${name}-renamed` : name) : null,
    canonicalUrl: found ? (h % 41 === 0 ? `https://github.com/${name}-renamed` : `https://github.com/${name}`) : null,
    moved: found && h % 41 === 0, stars: found ? h * 3 : null, forks: found ? h % 17 : null, openIssues: found ? h % 5 : null,
    license: found ? (h % 9 === 0 ? null : h % 2 ? 'MIT' : 'Apache-2.0') : null,
    archived: found ? h % 23 === 0 : null, private: found ? false : null, disabled: found ? false : null, fork: found ? h % 29 === 0 : null,
    empty: found ? h >= 160 && h < 200 : null, createdAt: found ? '2023-01-01T00:00:00Z' : null,
    pushedAt: found ? `202${h % 2 ? 6 : 3}-0${1 + (h % 9)}-01T00:00:00Z` : null, updatedAt: found ? '2026-10-01T00:00:00Z' : null,
    lastCommitAt: found ? `202${h % 2 ? 6 : 3}-0${1 + (h % 9)}-01T00:00:00Z` : null,
    description: found && h % 3 ? `Code for paper ${i}, a model of things` : null, homepage: null,
    topics: found && h % 4 === 0 ? ['deep-learning', `topic-${h % 13}`] : [], language: found ? 'Python' : null,
    latestRelease: null, defaultBranch: found ? 'main' : null,
    rootEntries: found ? (h >= 200 && h < 260 ? [{ name: 'README.md', type: 'blob' }] : [{ name: 'README.md', type: 'blob' }, { name: 'train.py', type: 'blob' }]) : null,
    subpaths: {}, error: null, checkedAt: `2026-11-30T08:${String(i % 60).padStart(2, '0')}:00Z`, via: 'graphql',
  };
}

let phase = 'start';
const peaks = new Map<string, { rss: number; heap: number }>();
const sample = (): void => {
  const m = process.memoryUsage();
  const p = peaks.get(phase) ?? { rss: 0, heap: 0 };
  peaks.set(phase, { rss: Math.max(p.rss, m.rss), heap: Math.max(p.heap, m.heapUsed) });
};
const timer = setInterval(sample, 20);
const enter = (name: string): void => {
  sample();
  phase = name;
};
const stages = {
  async extract(inputs: string[], opts: unknown) {
    enter('extract');
    const r = await extractStage(inputs, opts);
    if (typeof globalThis.gc === 'function') (globalThis.gc(), console.log(`  live after extract: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`));
    enter('compact');
    return r;
  },
  async harvest(repos: RepoRef[], _o: unknown, _h: unknown, onFacts: (f: RepoFacts) => void | Promise<void>) {
    if (typeof globalThis.gc === 'function') (globalThis.gc(), console.log(`  live before harvest: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`));
    enter('harvest');
    for (const [i, r] of repos.entries()) await onFacts(answer(r, i));
    if (typeof globalThis.gc === 'function') (globalThis.gc(), console.log(`  live after harvest: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`));
    enter('snapshot+reports');
    return { incomplete: null };
  },
};
const options = resolveOptions({ outDir: join(OUT, 'reports'), checkWeb: false, failOn: 'none', ...(SHARD ? { shard: SHARD } : {}) }, {}, {});
const t0 = performance.now();
const result = await runAuditWith(stages, [input], options, { clock: fixedClock(AGAIN ? NOW.getTime() + 86_400_000 : NOW) });
enter('end');
clearInterval(timer);
const mb = (b: number): string => (b / 2 ** 20).toFixed(0);
console.log(`${N} repositories (${LIB}): ${result.verdict} in ${((performance.now() - t0) / 1000).toFixed(1)} s; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
for (const [name, p] of peaks) console.log(`  ${name.padEnd(18)} RSS ${mb(p.rss).padStart(4)} MB   heap ${mb(p.heap).padStart(4)} MB`);
if (process.argv.includes('--parts') && typeof globalThis.gc === 'function') {
  const live = (): string => (globalThis.gc!(), mb(process.memoryUsage().heapUsed));
  console.log(`  live after the run, result held: ${live()} MB`);
  for (const r of result.snapshot.repos) r.papers = [];
  console.log(`  without repos[].papers: ${live()} MB`);
  result.snapshot.papers = [];
  console.log(`  without papers: ${live()} MB`);
  result.snapshot.repos = [];
  console.log(`  without repos: ${live()} MB`);
}
