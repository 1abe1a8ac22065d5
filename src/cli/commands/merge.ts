// `repo-audit merge <snapshot..>`: join the snapshots of `audit --shard I/N` (one per job of a
// GitHub Actions matrix, docs/scale.md) into the snapshot and reports a single run would write.
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { failOnMatches } from '../../audit/fail-on.js';
import { MergeError, mergeShards } from '../../audit/merge.js';
import { readPrevious, readSnapshot, SnapshotFileError } from '../../audit/snapshot-file.js';
import { REPORT_FILES, appendJobSummary, writeReports } from '../../audit/write-reports.js';
import { loadConfigFile } from '../../config-file.js';
import { resolveOptions } from '../../options.js';
import { annotations } from '../../report/annotations.js';
import { renderConsoleSummary } from '../../report/console.js';
import { verdictLine } from '../../report/verdict.js';
import { VERSION } from '../../version.js';
import { EXIT_CODES_HELP, ExitCode, auditExitCode } from '../exit-codes.js';
import { reportOptionsFrom, withReportOptions, type ReportFlags } from './report.js';

type MergeArgs = ReportFlags & { snapshots: string[] };

async function run(argv: MergeArgs): Promise<void> {
  const options = resolveOptions(reportOptionsFrom(argv), loadConfigFile(argv.config));
  const files = [];
  for (const path of argv.snapshots) files.push({ path, snapshot: await readSnapshot(path) });
  const previous = await readPrevious(options.previous, join(options.outDir, REPORT_FILES.json)).catch((err: unknown) => {
    if (options.previous || !(err instanceof SnapshotFileError)) throw err;
    process.stderr.write(`repo-audit: ignoring the previous snapshot: ${err.message}\n`);
    return null;
  });
  const snapshot = mergeShards({ files, now: new Date(), version: VERSION, previous });
  files.length = 0; // the shards' snapshots are no longer needed while the reports are written
  const written = await writeReports(snapshot, previous, options.outDir, options.formats);
  if (options.stepSummary) await appendJobSummary(options.stepSummary, snapshot, previous);
  if (options.annotations) for (const line of annotations(snapshot)) process.stdout.write(`${line}\n`);
  const matches = failOnMatches(snapshot, options.failOn);
  const incomplete = snapshot.incomplete ?? null;
  process.stdout.write(renderConsoleSummary({ snapshot, written, verdict: verdictLine(snapshot), failOnMatches: matches, incomplete }, options.quiet));
  process.exitCode = auditExitCode({ incomplete, problems: [], flagged: Object.keys(matches).length > 0 });
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <snapshots..>',
  describe: 'Join the snapshots of `audit --shard I/N` into the snapshot and reports of a single run (no network)',
  builder: (y) =>
    withReportOptions(y.positional('snapshots', { type: 'string', array: true, demandOption: true, describe: 'snapshot.json of every shard, once each' }))
      .example('$0 merge shard-*/snapshot.json --out reports', 'One report from the shards of a matrix job')
      .epilogue(EXIT_CODES_HELP) as unknown as Argv<MergeArgs>,
  handler: async (argv) => {
    try {
      await run(argv);
    } catch (err) {
      if (!(err instanceof MergeError) && !(err instanceof SnapshotFileError)) throw err;
      process.stderr.write(`repo-audit merge: ${err.message}\n`);
      process.exitCode = ExitCode.UsageOrInput;
    }
  },
};
