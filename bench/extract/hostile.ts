// Hostile lines (docs/extraction.md, "Hostile lines"): inputs that once made a regex backtrack for
// seconds to minutes, each read by `repo-audit extract FILE --format jsonl --out /dev/null` as
// built, with a timeout. Records wall and CPU time and peak RSS with the load; a row over the
// timeout says "timeout". Build first (`npm run build`):
//   nice node --import tsx bench/extract/hostile.ts [--kb 200] [--timeout 120] [--cli lib/cli/main.js]
// (`--cli` runs another build, an older worktree's say, for a before/after table.)
// Results: RESULTS.md, "Hostile lines".
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timed, type Timing } from './timed.js';
import { option } from '../options.js';

const n = Number(option('kb', '200')) * 1000;
const TIMEOUT_S = Number(option('timeout', '120'));
const CLI = option('cli', 'lib/cli/main.js');
const dir = path.join('bench', 'tmp', `hostile-${process.pid}`);

/** Name, file name (its extension chooses the format) and text of each hostile input. */
const INPUTS: [string, string, string][] = [
  ['list nested 3,000 deep', 'deep.md', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- https://github.com/a/r${i}\n`).join('')],
  ['item: `](` then `[` × n', 'link.md', `- ](${'['.repeat(n)}\n`],
  ['item: `][` then `[` × n', 'ref.md', `- ][${'['.repeat(n)}\n`],
  ['item: `<` × n', 'angle.md', `- ${'<'.repeat(n)}\n`],
  ['item: `![x](` then `![` × n/2', 'image.md', `- ![x](${'!['.repeat(n / 2)}\n`],
  ['table cell: `](` then `[` × n', 'cell.md', `| ](${'['.repeat(n)} |\n`],
  ['20 headings of 1,300 tabs', 'heading.md', Array.from({ length: 20 }, () => `#${'\t'.repeat(660)}x${'\t'.repeat(660)}#x\n`).join('')],
  ['delimiter row: 10,000 tabs', 'separator.md', `${'\t'.repeat(5000)}--\t${'\t'.repeat(5000)}:--\n`],
  ['BibTeX: a word of n letters', 'word.bib', `@article{x,\n${'A'.repeat(n)}}\n`],
  ['URL: `?a` × n, userinfo', 'query.txt', `https://u@github.com/a/b?${'?a'.repeat(n)}\n`],
  // No extension: the format is told from the head (its first 64 KiB).
  ['a head of 65,000 newlines, then `•`', 'blank-head', `x\n${'\n'.repeat(65_000)}• x\n`],
  // HTML table rows (read/markdown-html-rows.ts): tags with no `>`, and rows that never close.
  ['HTML: `<tr<td` × n/6, no `>`', 'tags.md', `<tr>${'<tr<td'.repeat(n / 6)}\n`],
  ['HTML: `<td colspan=2>` × n/16 in one row', 'cells.md', `<tr>${'<td colspan=2>'.repeat(n / 16)}\n`],
  ['HTML: a row never closed, n/20 lines', 'open-row.md', `<table><tr><td>\n${'text https://github.com/a/b\n'.repeat(n / 20)}`],
  ['HTML: n/20 one-cell wide rows after a row', 'wide.md', `<table>\n<tr><td>P</td></tr>\n${'<tr><td colspan="3">more</td></tr>\n'.repeat(n / 20)}</table>\n`],
  // Feeds (read/feed.ts): entries that never close, prose tags with no `>` or no end, one huge description.
  ['feed: `<item x` × n/7, never closed', 'open.rss', `<rss><channel>${'<item x'.repeat(n / 7)}\n`],
  ['feed: `<summary ` × n/9 in an item, no `>`', 'summary.rss', `<rss><item>${'<summary '.repeat(n / 9)}</item>\n`],
  ['feed: `<summary>x` × n/10, never ended', 'unended.rss', `<rss><item>${'<summary>x'.repeat(n / 10)}</item>\n`],
  ['feed: a description of n/60 escaped links', 'escaped.rss', `<rss><item><title>T</title><description>${'&amp;lt;a href=&quot;https://github.com/a/b&quot;&amp;gt; '.repeat(n / 60)}</description></item></rss>\n`],
];

/** The CLI run under `timeout`: its timing, or null past the timeout. Exit 2 (the input's problems said, the rest read) is a finished run. */
function timedCli(args: string[]): Timing | null {
  const r = timed('timeout', [String(TIMEOUT_S), process.execPath, ...args]);
  if (r.code === 124) return null;
  if (r.code !== 0 && r.code !== 2) throw new Error(`extract exited ${r.code}`);
  return r;
}

mkdirSync(dir, { recursive: true });
try {
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, n = ${n}, CLI ${CLI}, timeout ${TIMEOUT_S} s\n`);
  console.log('| input | bytes | load (1 min) | repo-audit s | CPU s | peak RSS MiB |\n|---|---|---|---|---|---|');
  for (const [name, file, text] of INPUTS) {
    const at = path.join(dir, file);
    writeFileSync(at, text);
    const load = os.loadavg()[0]!.toFixed(2);
    const r = timedCli([CLI, 'extract', at, '--format', 'jsonl', '--out', '/dev/null']);
    const bytes = Buffer.byteLength(text);
    console.log(r ? `| ${name} | ${bytes} | ${load} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rssMib.toFixed(0)} |` : `| ${name} | ${bytes} | ${load} | timeout (> ${TIMEOUT_S}) | — | — |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
