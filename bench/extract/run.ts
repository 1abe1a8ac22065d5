// Extraction benchmark: a generated 1 GiB JSON Lines file of abstracts, streamed through the
// extractor (`--format jsonl` to /dev/null), beside `rg -o` with an equivalent URL pattern.
//   nice node --import tsx bench/extract/run.ts [size-in-MiB]
// The file lives in bench/tmp/ (git-ignored) and is deleted afterwards. Results: RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from './generate.js';

const MIB = 1024 * 1024;
const sizeMib = Number(process.argv[2] ?? 1024);
/** What `rg -o` looks for: the same starts as find-urls.ts, up to the same stop characters. */
const RG_PATTERN =
  '(?:(?:git\\+)?(?:https?|ssh|git)://|git@[a-z0-9.-]+\\.[a-z]{2,}:|www\\.|(?:[a-z0-9-]+\\.)*(?:github\\.(?:com|io)|githubusercontent\\.com|gitlab\\.com|gitee\\.com|bitbucket\\.org|codeberg\\.org|huggingface\\.co|hf\\.co|anonymous\\.4open\\.science))[^\\s"\'<>\\[\\]^`{|}\\\\]+';

function ensureRipgrep(): void {
  if (spawnSync('rg', ['--version']).status === 0) return;
  // Debian's package; the benchmark installs it when missing (needs root, as in CI containers).
  const install = () => spawnSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (!install()) throw new Error('ripgrep is missing and could not be installed (apt-get install -y ripgrep)');
  }
}

/** Run a command under GNU time: wall seconds and peak RSS in MiB. */
function timed(cmd: string, args: string[], keepStdout = true): { seconds: number; maxRssMb: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'nice', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MIB,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} failed: ${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, maxRssMb: Math.round(kb! / 1024), stdout: r.stdout ?? '' };
}

async function main(): Promise<void> {
  ensureRipgrep();
  const dir = path.join('bench', 'tmp', `extract-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const file = path.join(dir, 'abstracts.jsonl');
    const gen = await generate(file, sizeMib * MIB);
    console.log(`generated ${file}: ${(gen.bytes / MIB).toFixed(0)} MiB, ${gen.records} records`);

    const loadBefore = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    const ours = timed(process.execPath, ['--import', 'tsx', 'bench/extract/extract-once.ts', file, 'jsonl']);
    const inner = JSON.parse(ours.stdout.trim().split('\n').at(-1)!) as {
      seconds: number;
      cpuSeconds: number;
      papers: number;
      repos: number;
      problems: number;
    };
    const rg = timed('rg', ['-o', '-i', '--no-filename', '--no-line-number', RG_PATTERN, file], false);
    const rgMatches = Number(execFileSync('sh', ['-c', `rg -o -i -c '${RG_PATTERN.replace(/'/g, "'\\''")}' '${file}' || true`], { encoding: 'utf8' }).trim() || 0);

    const mb = gen.bytes / 1e6;
    const rows = [
      ['repo-audit extract (process, incl. startup)', ours.seconds, (mb / ours.seconds).toFixed(0), ours.maxRssMb],
      ['repo-audit extract (extraction only, wall)', inner.seconds, (mb / inner.seconds).toFixed(0), ours.maxRssMb],
      ['repo-audit extract (extraction only, CPU time)', inner.cpuSeconds, (mb / inner.cpuSeconds).toFixed(0), ours.maxRssMb],
      ['rg -o (same URL pattern)', rg.seconds, (mb / rg.seconds).toFixed(0), rg.maxRssMb],
    ];
    console.log(`\nload average before: ${loadBefore}`);
    console.log(`\n| run | seconds | MB/s | peak RSS (MiB) |\n|---|---|---|---|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(`\npapers ${inner.papers}, distinct targets ${inner.repos}, problems ${inner.problems}; rg -c ${rgMatches}`);
    console.log(`ratio repo-audit/rg: ${(ours.seconds / rg.seconds).toFixed(1)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
