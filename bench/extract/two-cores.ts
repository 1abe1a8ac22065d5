// What a second core can give extraction on this machine, whatever the design: one input cut in
// two halves (at a line; for Markdown at a heading), each half extracted by its own process — alone,
// then both at once — beside the whole file in one thread and as the CLI reads it by default. Two
// independent processes are the best any worker-thread scheme could do (no coordination, no
// copying). A pure-arithmetic loop, alone and two at once, tells whether the two cores are really
// two (it should lose nothing) or share something extraction needs (caches, memory bandwidth).
// Build first (`npm run build`):
//   nice node --import tsx bench/extract/two-cores.ts FILE [--reps 3] [--input-format markdown]
// Results: RESULTS.md run 29.
import { mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timed } from './timed.js';
import { option } from '../options.js';

const FILE = process.argv[2];
if (!FILE || FILE.startsWith('--')) throw new Error('usage: two-cores.ts FILE [--reps 3] [--input-format F]');
const REPS = Number(option('reps', '3'));
const FORMAT = option('input-format', '');
const CLI = 'lib/cli/main.js';
const dir = path.join('bench', 'tmp', `two-cores-${process.pid}`);

/** Where the second half starts: the first heading (Markdown) or line after the middle. */
function cutAt(file: string): number {
  const size = statSync(file).size;
  const probe = Buffer.alloc(Math.min(size, 4 << 20));
  const fd = openSync(file, 'r');
  const n = readSync(fd, probe, 0, probe.length, Math.floor(size / 2));
  const window = probe.subarray(0, n);
  const heading = window.indexOf('\n#');
  const at = heading !== -1 && /markdown|\.md$/i.test(FORMAT || file) ? heading : window.indexOf('\n');
  if (at === -1) throw new Error(`${file}: no line end within 4 MiB after the middle`);
  return Math.floor(size / 2) + at + 1;
}

const SPIN = 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x * 1103515245 + 12345) | 0; if (x === 42) console.log(x);';
const extract = (file: string): string => `${process.execPath} ${CLI} extract ${file}${FORMAT ? ` --input-format ${FORMAT}` : ''} --format jsonl --out /dev/null`;

mkdirSync(dir, { recursive: true });
try {
  const whole = readFileSync(FILE);
  const cut = cutAt(FILE);
  const halves = [path.join(dir, `first${path.extname(FILE)}`), path.join(dir, `second${path.extname(FILE)}`)];
  writeFileSync(halves[0]!, whole.subarray(0, cut));
  writeFileSync(halves[1]!, whole.subarray(cut));
  const mb = whole.length / 1e6;
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}; ${FILE}: ${mb.toFixed(1)} MB, halves ${(cut / 1e6).toFixed(1)} + ${((whole.length - cut) / 1e6).toFixed(1)} MB\n`);
  console.log('| rep | load (1 min) | whole, 1 thread s | whole, default s | first half alone s | both halves at once s | gain of two processes | spin alone s | two spins at once s |\n|---|---|---|---|---|---|---|---|---|');
  const one = { ...process.env, REPO_AUDIT_EXTRACT_THREADS: '1' };
  const bash = (script: string, env = process.env) => timed('bash', ['-c', script], env);
  for (let rep = 1; rep <= REPS; rep++) {
    const load = os.loadavg()[0]!.toFixed(2);
    const oneThread = bash(extract(FILE), one);
    const byDefault = bash(extract(FILE));
    const alone = bash(extract(halves[0]!), one);
    const together = bash(`${extract(halves[0]!)} & ${extract(halves[1]!)}; wait`, one);
    const spin = bash(`${process.execPath} -e '${SPIN}'`);
    const spins = bash(`${process.execPath} -e '${SPIN}' & ${process.execPath} -e '${SPIN}'; wait`);
    for (const t of [oneThread, byDefault, alone, together, spin, spins]) if (t.code !== 0) throw new Error(`a run exited ${t.code}`);
    console.log(`| ${rep} | ${load} | ${oneThread.wall.toFixed(2)} | ${byDefault.wall.toFixed(2)} | ${alone.wall.toFixed(2)} | ${together.wall.toFixed(2)} | ${(oneThread.wall / together.wall).toFixed(2)}× | ${spin.wall.toFixed(2)} | ${spins.wall.toFixed(2)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
