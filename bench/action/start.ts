// How long the bundled action takes to start: from spawning `node dist/index.mjs` (Node 24, as the
// runner does, from a copy holding only action.yml and dist/) to its first request to the API (the
// simulator's first log entry), and to its exit. Median of RUNS runs of the bundled papers.
//   nice node --import tsx bench/action/start.ts   (results: bench/action/RESULTS.md)
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../src/sim/index.js';
import { ROOT, copyAction, runBundledAction } from '../../test/harness/action-runner.js';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const actionDir = copyAction();
const firstRequest: number[] = [];
const total: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const sim = await startSimulator(join(ROOT, 'examples/scenarios/hf-papers.json'));
  const workspace = mkdtempSync(join(tmpdir(), 'ra-bench-action-'));
  cpSync(join(ROOT, 'examples/hf-papers'), join(workspace, 'examples/hf-papers'), { recursive: true });
  const started = Date.now();
  const run = await runBundledAction({
    actionDir,
    workspace,
    env: { GITHUB_API_URL: sim.url, GITHUB_GRAPHQL_URL: sim.graphqlUrl },
    githubToken: sim.scenario.tokens[0]!.token,
    with: { paths: 'examples/hf-papers/', 'check-web': 'false', fail: 'false' },
  });
  const first = sim.log.entries()[0];
  if (run.code !== 0 || !first) throw new Error(`run ${i} failed: ${run.stdout}${run.stderr}`);
  firstRequest.push(first.time - started);
  total.push(run.elapsedMs);
  await sim.close();
  rmSync(workspace, { recursive: true, force: true });
}
// Loading the bundle alone: a run that stops at its first input check (exit 2) before any work.
const load: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const workspace = mkdtempSync(join(tmpdir(), 'ra-bench-action-'));
  const run = await runBundledAction({ actionDir, workspace, with: { paths: 'x', format: 'pdf' } });
  if (run.code !== 2) throw new Error(`load run ${i}: exit ${run.code}`);
  load.push(run.elapsedMs);
  rmSync(workspace, { recursive: true, force: true });
}
rmSync(actionDir, { recursive: true, force: true });
console.log(`loading the bundle (spawn to exit on a bad input): median ${median(load)} ms (${load.join(', ')})`);
console.log(`entry point to first request: median ${median(firstRequest)} ms (${firstRequest.join(', ')})`);
console.log(`whole step (5 papers, 146 repositories): median ${median(total)} ms (${total.join(', ')})`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
