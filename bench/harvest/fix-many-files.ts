// `fix` over a directory of many small files, each linking to one renamed repository: `--dry-run`
// (its diff, exit 1), then the real rewrite, as users run them — the built CLI in its own process,
// the simulator in another. Records wall time and peak RSS per command, and the load. A plan's new
// bytes were small slices of Buffer's shared 8 KiB pool, each pinning its pool until the end:
// 20,000 files held ~107 MB so (src/fix/user-file.ts encode). Build first (`npm run build`):
//   nice node --import tsx bench/harvest/fix-many-files.ts [--files 5000,20000] [--cli lib/cli/main.js]
// Results: RESULTS.md, "`fix` over many files".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateScenario } from '../../src/sim/index.js';
import { startSimProcess } from './sim-process.js';
import { option } from '../options.js';

const SIZES = option('files', '5000,20000').split(',').map(Number);
/** Another build (an older worktree's `lib/cli/main.js`) for a before/after table. */
const CLI = option('cli', 'lib/cli/main.js');
const dir = join('bench/tmp', `fix-many-files-${process.pid}`);
mkdirSync(dir, { recursive: true });

const generated = generateScenario({ repos: 1, seed: 1, tokens: 1 });
const [renamed, renamedTo] = ['lab/old-name', 'lab/new-name'];
const scenario = { ...generated, now: undefined, repos: [{ repo: renamed, state: 'renamed' as const, movedTo: renamedTo }, { repo: renamedTo }] };
const token = generated.tokens![0]!.token;

const sim = await startSimProcess(scenario, dir, 'sim');
try {
  console.log('| command | files | wall s | peak RSS MiB | exit | load (1 min) before |\n|---|---:|---:|---:|---:|---|');
  for (const n of SIZES) {
    const list = join(dir, `list-${n}`);
    mkdirSync(list);
    for (let i = 0; i < n; i++) writeFileSync(join(list, `paper-${i}.md`), `# Paper ${i}\n\n- [Paper ${i}](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}) [code](https://github.com/${renamed})\n`);
    for (const args of [['fix', '--dry-run'], ['fix']]) {
      const load = loadavg()[0]!.toFixed(2);
      // Only the simulator: the API at its URL, web checks and archive lookups off.
      const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, CLI, ...args, list, '--api-url', sim.url, '--no-web', '--no-archives', '--quiet', '--cache-dir', join(dir, `cache-${n}`)], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_TOKEN: token },
        maxBuffer: 1 << 30,
      });
      const m = /TIME (\S+) (\d+)/.exec(r.stderr);
      if (!m) throw new Error(`no timing: ${r.stderr}`);
      console.log(`| ${args.join(' ')} | ${n} | ${Number(m[1]).toFixed(1)} | ${(Number(m[2]) / 1024).toFixed(0)} | ${r.status} | ${load} |`);
    }
    const rewritten = readdirSync(list).filter((f) => readFileSync(join(list, f), 'utf8').includes(`github.com/${renamedTo})`)).length;
    if (rewritten !== n) throw new Error(`fix rewrote ${rewritten} of ${n} files`);
  }
} finally {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
