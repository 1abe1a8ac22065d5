// A directory of many small Markdown files (one paper each, as some collections keep them):
// `repo-audit extract DIR --format jsonl --out /dev/null` as built, beside `rg -o` with the GitHub
// pattern over the same directory, in the same repetition. Records wall and CPU time, files per
// second and peak RSS with the load. Each file was once opened and read four times (its head for
// the format, then three Markdown passes) into a fresh 256 KiB buffer each: 20,000 files took
// 22.8 s. `--listed` names every file on the command line, as a shell-expanded glob does, instead
// of the directory (yargs once spent 44 s on 50,000 of them: src/cli/many-inputs.ts). `--cli` runs
// another build (an older worktree's). Build first (`npm run build`):
//   nice node --import tsx bench/extract/many-files.ts [--files 20000] [--reps 3] [--listed] [--cli lib/cli/main.js]
// Results: RESULTS.md, "Many small files".
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timed } from './timed.js';
import { option } from '../options.js';

const FILES = Number(option('files', '20000'));
const REPS = Number(option('reps', '3'));
const LISTED = process.argv.includes('--listed');
const CLI = option('cli', 'lib/cli/main.js');
const dir = path.join('bench', 'tmp', `many-files-${process.pid}`);

mkdirSync(dir, { recursive: true });
try {
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    files.push(path.join(dir, `paper-${i}.md`));
    writeFileSync(files[i]!, `# Paper ${i}\n\n- [Paper ${i}](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}) · [code](https://github.com/lab${i % 500}/method-${i})\n`);
  }
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${FILES} files${LISTED ? ' named one by one' : ' as their directory'}, CLI ${CLI}\n`);
  console.log('| rep | load (1 min) | repo-audit s | CPU s | files/s | peak RSS MiB | rg-gh s | ratio wall |\n|---|---|---|---|---|---|---|---|');
  for (let rep = 1; rep <= REPS; rep++) {
    const load = os.loadavg()[0]!.toFixed(2);
    const ours = timed(process.execPath, [CLI, 'extract', ...(LISTED ? files : [dir]), '--format', 'jsonl', '--out', '/dev/null']);
    if (ours.code !== 0) throw new Error(`extract exited ${ours.code}`);
    const rg = timed('rg', ['-o', '-i', '--no-filename', '--no-line-number', 'github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+', dir]);
    console.log(`| ${rep} | ${load} | ${ours.wall.toFixed(2)} | ${ours.cpu.toFixed(2)} | ${Math.round(FILES / ours.wall)} | ${ours.rssMib.toFixed(0)} | ${rg.wall.toFixed(2)} | ${(ours.wall / rg.wall).toFixed(1)}× |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
