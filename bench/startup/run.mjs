// Start-up benchmark: the built CLI (lib/, what `npm install -g` runs) against a bare `node -e 0`,
// each command run many times in interleaved rounds (as hyperfine does, so a burst of load from
// the other users of the machine hits every command alike); medians and their ratio to node.
//   npm run build && nice node bench/startup/run.mjs [--runs N] [--warmup N] [--bin PATH]
// (--bin: another build's lib/cli/main.js, e.g. of an older commit, to compare the same way).
// Targets (issue #10): `--version` within 2× node, `extract` of a small Markdown file within 3×.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' }, warmup: { type: 'string', default: '3' }, bin: { type: 'string' } } });
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const root = new URL('../..', import.meta.url).pathname;
const bin = values.bin ?? join(root, 'lib/cli/main.js');

const dir = mkdtempSync(join(tmpdir(), 'repo-audit-startup-'));
const small = join(dir, 'papers.md');
writeFileSync(small, '# Reading list\n\n- **A paper** (2024). Code: https://github.com/octo/repo\n- [Another](https://arxiv.org/abs/2401.00001), code at https://gitlab.com/group/project\n');

/** name → argv after `node`; `target` is the allowed ratio to the bare node run. */
const commands = [
  { name: 'node -e 0', argv: ['-e', '0'] },
  { name: 'repo-audit --version', argv: [bin, '--version'], target: 2 },
  { name: 'repo-audit extract small.md', argv: [bin, 'extract', small, '--format', 'json'], target: 3 },
  { name: 'repo-audit --help', argv: [bin, '--help'] },
];

function once(argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadBefore = loadavg();
for (let i = 0; i < warmup; i++) for (const c of commands) once(c.argv);
const times = new Map(commands.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) for (const c of commands) times.get(c.name).push(once(c.argv));
const loadAfter = loadavg();
rmSync(dir, { recursive: true, force: true });

const base = median(times.get('node -e 0'));
const fmt = (n) => n.toFixed(2);
console.log(`${bin}: node ${process.version}, ${cpus().length} cores, ${runs} runs each (interleaved, ${warmup} warm-up rounds)`);
console.log(`load average before: ${loadBefore.map(fmt).join(', ')}; after: ${loadAfter.map(fmt).join(', ')}`);
console.log('');
console.log('| command | median ms | min ms | ratio to node -e 0 | target |');
console.log('|---|---:|---:|---:|---|');
let failed = false;
for (const c of commands) {
  const t = times.get(c.name);
  const m = median(t);
  const ratio = m / base;
  const ok = c.target === undefined || ratio <= c.target;
  failed ||= !ok;
  console.log(`| ${c.name} | ${m.toFixed(0)} | ${Math.min(...t).toFixed(0)} | ${ratio.toFixed(2)}× | ${c.target ? `≤ ${c.target}× ${ok ? 'met' : 'MISSED'}` : ''} |`);
}
process.exitCode = failed ? 1 : 0;
