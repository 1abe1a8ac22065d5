// `repo-audit extract FILE > out` — stdout redirected to a file, the way most people save the
// output — beside `--out FILE`, which the other extraction benchmarks use. Node writes stdout on a
// file synchronously and calls back on a later tick: memory that only the first way shows (RESULTS.md
// run 42). Prints wall and CPU seconds and peak RSS per input, output format and way; the output
// files (bench/tmp/, git-ignored) are compared and deleted.
//   node --import tsx bench/extract/stdout-file.ts FILE... [--cli lib/cli/main.js] [--formats jsonl,json]
import { closeSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { option } from '../options.js';
import { timed, type Timing } from './timed.js';

const cli = option('cli', 'lib/cli/main.js');
const formats = option('formats', 'jsonl,json').split(',');
const inputs = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (inputs.length === 0) {
  console.error('usage: node --import tsx bench/extract/stdout-file.ts FILE... [--cli lib/cli/main.js] [--formats jsonl,json]');
  process.exit(2);
}
const dir = path.join('bench', 'tmp', `stdout-file-${process.pid}`);
mkdirSync(dir, { recursive: true });
/** Are the two files the same bytes? Read a chunk at a time: an output may pass 1 GB. */
function sameBytes(a: string, b: string): boolean {
  const [fa, fb] = [openSync(a, 'r'), openSync(b, 'r')];
  const [ba, bb] = [Buffer.alloc(1 << 20), Buffer.alloc(1 << 20)];
  try {
    for (;;) {
      const [na, nb] = [readSync(fa, ba), readSync(fb, bb)];
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
const show = (t: Timing) => `${t.wall.toFixed(2)} s, CPU ${t.cpu.toFixed(2)} s, ${t.rssMib.toFixed(0)} MiB`;

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${cli}, load average ${os.loadavg()[0]!.toFixed(2)}`);
try {
  for (const input of inputs) {
    for (const format of formats) {
      const viaOut = path.join(dir, `out.${format}`);
      const viaStdout = path.join(dir, `stdout.${format}`);
      const out = timed(process.execPath, [cli, 'extract', input, '--format', format, '--out', viaOut]);
      const fd = openSync(viaStdout, 'w');
      let stdout: Timing;
      try {
        stdout = timed(process.execPath, [cli, 'extract', input, '--format', format], process.env, fd);
      } finally {
        closeSync(fd);
      }
      const same = sameBytes(viaOut, viaStdout);
      console.log(`${path.basename(input)} --format ${format}: --out ${show(out)}; > file ${show(stdout)}${same ? '' : ' — THE OUTPUTS DIFFER'}`);
      rmSync(viaOut);
      rmSync(viaStdout);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average after: ${os.loadavg()[0]!.toFixed(2)}`);
