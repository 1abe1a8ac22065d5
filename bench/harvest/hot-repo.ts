// One repository cited by many papers (a library every paper of a big dump links to): `audit` and
// `harvest` as users run them — the built CLI in its own process, the simulator in another — over
// N JSON Lines papers that all link to the same repository, and `fix` (`--dry-run` first: its
// diff, exit 1) over a Markdown list of N items that all link to a renamed one. Records wall time and peak RSS per command, and the load.
// The reports once read the repository's whole entry (its citing papers included) for every
// paper: 10,000 papers took 100 s, 20,000 took 456 s; `fix` cut and joined the whole file per
// rewritten link: 20,000 took 459 s, and `--dry-run`'s diff (jsdiff's Myers) 107 s. Build first
// (`npm run build`), run niced:
//   nice node --import tsx bench/harvest/hot-repo.ts [--papers 5000,10000,20000,100000]
// Results: RESULTS.md, "One repository cited by many papers".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateScenario } from '../../src/sim/index.js';
import { startSimProcess } from './sim-process.js';
import { option } from '../options.js';

const SIZES = option('papers', '5000,10000,20000,100000').split(',').map(Number);
const CLI = 'lib/cli/main.js';
const dir = join('bench/tmp', `hot-repo-${process.pid}`);
mkdirSync(dir, { recursive: true });

const generated = generateScenario({ repos: 1, seed: 1, tokens: 1 });
const hot = 'lab/shared-library';
const [renamed, renamedTo] = ['lab/old-name', 'lab/new-name'];
const scenario = { ...generated, now: undefined, repos: [{ repo: hot }, { repo: renamed, state: 'renamed' as const, movedTo: renamedTo }, { repo: renamedTo }] };
const token = generated.tokens![0]!.token;

/** N papers, each a JSON line whose abstract links to the one repository. */
function writePapers(file: string, n: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ id: `2401.${String(i).padStart(5, '0')}`, title: `Paper ${i} on a shared library`, abstract: `We build on https://github.com/${hot} for every experiment.` }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The built CLI in its own process: its exit code, wall seconds and peak RSS (MiB, from peak-rss.mjs). */
async function run(args: string[], name: string): Promise<{ code: number | null; seconds: number; rssMib: number }> {
  const rssFile = join(dir, `${name}.rss`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', './bench/harvest/peak-rss.mjs', CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PEAK_RSS_FILE: rssFile, GITHUB_TOKEN: token },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(await readFile(rssFile, 'utf8').catch(() => '0'));
  return { code, seconds, rssMib: rss / 2 ** 20 };
}

const sim = await startSimProcess(scenario, dir, 'sim');
try {
  console.log(`| command | papers | wall s | peak RSS MiB | exit | load (1 min) before |\n|---|---:|---:|---:|---:|---|`);
  for (const n of SIZES) {
    const input = join(dir, `papers-${n}.jsonl`);
    writePapers(input, n);
    // Only the simulator: the API at its URL, web checks and archive lookups off.
    const common = ['--api-url', sim.url, '--no-web', '--no-archives', '--quiet'];
    // The Markdown list `fix` rewrites in place: N items, each linking to the renamed repository.
    const list = join(dir, `list-${n}`);
    mkdirSync(list);
    writeFileSync(join(list, 'README.md'), `# Papers\n\n${Array.from({ length: n }, (_, i) => `- [Paper ${i}](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}) [code](https://github.com/${renamed})\n`).join('')}`);
    for (const command of ['audit', 'harvest', 'fix --dry-run', 'fix'] as const) {
      const load = loadavg()[0]!.toFixed(2);
      const name = command.replace(' --', '-');
      const out = join(dir, `${name}-${n}`);
      const cache = join(dir, `cache-${name}-${n}`);
      const args =
        command === 'audit'
          ? [command, input, ...common, '--out', out, '--cache-dir', cache, '--fail-on', 'none']
          : command === 'harvest'
            ? [command, input, ...common, '--out', `${out}.json`, '--cache-dir', cache]
            : [...command.split(' '), list, ...common, '--cache-dir', cache];
      const r = await run(args, `${name}-${n}`);
      const rewritten = command === 'fix' ? readFileSync(join(list, 'README.md'), 'utf8').split(`github.com/${renamedTo})`).length - 1 : null;
      if (rewritten !== null && rewritten !== n) throw new Error(`fix rewrote ${rewritten} of ${n} links`);
      console.log(`| ${command} | ${n} | ${r.seconds.toFixed(1)} | ${r.rssMib.toFixed(0)} | ${r.code} | ${load} |`);
    }
  }
} finally {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
