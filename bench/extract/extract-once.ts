// One timed extraction run, in its own process so its peak RSS is its own:
//   node --import tsx bench/extract/extract-once.ts <file> <format>
// Prints { seconds, bytes, mbPerSecond, cpuSeconds, mbPerCpuSecond, maxRssMb, papers, repos, problems } as JSON.
import { createWriteStream, statSync } from 'node:fs';
import { writeExtract } from '../../src/audit/write-extract.js';
import type { ExtractFormat } from '../../src/report/extract/formatter.js';

const [file, format = 'jsonl'] = process.argv.slice(2);
if (!file) throw new Error('usage: extract-once.ts <file> [format]');
const bytes = statSync(file).size;
const out = createWriteStream('/dev/null');
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const result = await writeExtract([file], { format: format as ExtractFormat }, out);
await new Promise((r) => out.end(r));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
// CPU time (user + system) is steadier than wall time on a shared machine; both are reported.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(
  `${JSON.stringify({
    seconds: Number(seconds.toFixed(2)),
    bytes,
    mbPerSecond: Number((bytes / 1e6 / seconds).toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    mbPerCpuSecond: Number((bytes / 1e6 / cpuSeconds).toFixed(1)),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    papers: result.papers,
    repos: result.repos,
    problems: result.problems.length,
  })}\n`,
);
