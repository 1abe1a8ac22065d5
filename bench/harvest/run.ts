// Harvest benchmark: N repositories (default 10,000) against the simulator (own process, 50 ms
// latency ± 10 ms), with a token: requests, GraphQL points, wall time and limit violations per
// batch size; the nightly re-run with --max-age; and the naive one-REST-request-per-repository
// client on a subset, extrapolated. Run once, with nice:  nice node --import tsx bench/harvest/run.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harvest } from '../../src/harvest/index.js';
import { resolveOptions } from '../../src/options.js';
import { generateScenario } from '../../src/sim/index.js';
import type { RepoRef } from '../../src/types.js';
import { naiveHarvest } from './naive.js';
import { startSimProcess, summarise } from './sim-process.js';
import { option } from '../options.js';

const N = Number(option('repos', '10000'));
const NAIVE = Number(option('naive', '1000'));
const SIZES = option('sizes', '25,50,100,200').split(',').map(Number);
const TOKEN = 'sim_token_0_bench';

const scenario = generateScenario({ repos: N, seed: 1, latencyMs: 50, jitterMs: 10, rest: 50_000, graphql: 50_000 });
// The names papers link to: every generated entry except the new homes of moved repositories and
// the parents the generator adds for forks (`upstream-…`).
const names = (scenario.repos ?? []).map((r) => r.repo).filter((r) => !/-renamed$/.test(r) && !r.startsWith('new-') && !r.startsWith('upstream-'));
const refs: RepoRef[] = names.map((repo) => ({ key: `github/${repo.toLowerCase()}`, forge: 'github', kind: 'repo', repo, url: `https://github.com/${repo}`, paths: [], papers: [0] }));

const dir = await mkdtemp(join(tmpdir(), 'ra-bench-harvest-'));
const rows: string[] = [];
const row = (cells: (string | number)[]): void => void rows.push(`| ${cells.join(' | ')} |`);

async function timedHarvest(size: number, cacheDir: string, url: string, maxAgeMs = 0) {
  const options = resolveOptions({ apiUrl: url, graphqlUrl: `${url}/graphql`, token: TOKEN, cacheDir, batchSize: size, concurrency: 8, checkWeb: false, maxAgeMs }, {}, {});
  const t0 = performance.now();
  const run = await harvest(refs, options);
  return { run, seconds: (performance.now() - t0) / 1000 };
}

try {
  console.log(`${refs.length} repositories; Node ${process.version}`);
  row(['run', 'repos', 'batch', 'requests (GraphQL + REST)', 'repos per request', 'GraphQL points', 'wall s', 'busiest REST minute', 'violations', 'unknown']);
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const size of SIZES) {
    const sim = await startSimProcess(scenario, dir, `b${size}`);
    const cacheDir = join(dir, `cache-${size}`);
    const { run, seconds } = await timedHarvest(size, cacheDir, sim.url);
    const rerun = size === 50 ? await timedHarvest(size, cacheDir, sim.url, 24 * 3_600_000) : null;
    const log = await sim.stop();
    const firstLog = rerun ? log.slice(0, run.stats.requests) : log;
    const s = summarise(firstLog);
    const unknown = run.facts.filter((f) => f.outcome === 'unknown').length;
    row([`token, first run`, refs.length, size, `${s.requests} (${s.graphqlRequests} + ${s.restRequests})`, (refs.length / s.requests).toFixed(1), s.points, seconds.toFixed(1), s.busiestRestMinute, s.violations, unknown]);
    console.log(rows.at(-1));
    if (rerun) {
      const r = summarise(log.slice(run.stats.requests));
      row([`token, re-run --max-age 24h`, refs.length, size, `${r.requests}`, r.requests ? (refs.length / r.requests).toFixed(1) : '∞', r.points, rerun.seconds.toFixed(1), r.busiestRestMinute, r.violations, rerun.run.facts.filter((f) => f.outcome === 'unknown').length]);
      console.log(rows.at(-1));
    }
  }
  const sim = await startSimProcess(scenario, dir, 'naive');
  const subset = names.slice(0, NAIVE);
  const t0 = performance.now();
  const naive = await naiveHarvest(subset, sim.url, TOKEN);
  const seconds = (performance.now() - t0) / 1000;
  const s = summarise(await sim.stop());
  row([`naive REST, 1 request per repo`, subset.length, '-', `${s.requests} (0 + ${s.restRequests})`, (subset.length / s.requests).toFixed(1), 0, seconds.toFixed(1), s.busiestRestMinute, s.violations, naive.failed]);
  // Requests scale linearly; time does not: at 900 REST requests a minute (GitHub's secondary
  // limit) N requests take at least N/900 minutes, whatever the latency.
  const naiveRequests = Math.round((s.requests * refs.length) / subset.length);
  const naiveSeconds = Math.max((seconds * refs.length) / subset.length, (naiveRequests / 900) * 60);
  row([`naive, extrapolated ×${(refs.length / subset.length).toFixed(0)}`, refs.length, '-', `~${naiveRequests}`, (subset.length / s.requests).toFixed(1), 0, `≥ ${naiveSeconds.toFixed(0)}`, '-', '-', '-']);
  console.log(rows.slice(-2).join('\n'));
  console.log('\n' + rows.join('\n'));
} finally {
  await rm(dir, { recursive: true, force: true });
}
