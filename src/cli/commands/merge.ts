// `repo-audit merge <snapshot..>`: join the snapshots of `audit --shard I/N` (one per job of a
// GitHub Actions matrix, docs/scale.md) into the snapshot and reports a single run would write.
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { MergeError, SnapshotFileError } from '../../errors.js';
import { resolveOptions } from '../../options.js';
import { VERSION } from '../../version.js';
import { EXIT_CODES_HELP, ExitCode, auditExitCode } from '../exit-codes.js';
import { configFileOptions } from '../config-options.js';
import { checkWritableDir } from '../writable-out.js';
import { reportOptionsFrom, withReportOptions, type ReportFlags } from './report.js';

type MergeArgs = ReportFlags & { snapshots: string[] };

/** What merging needs, loaded when the command runs (a command definition stays light: cli/main.ts). */
async function load() {
  const [{ failOnMatches }, { mergeShards }, { readPrevious, readSnapshot }, { REPORT_FILES, appendJobSummary, writeReports }, { annotations }, { renderConsoleSummary }, { verdictLine }, { realClock }] =
    await Promise.all([
      import('../../classify/fail-on.js'),
      import('../../audit/merge.js'),
      import('../../audit/snapshot-file.js'),
      import('../../audit/write-reports.js'),
      import('../../report/annotations.js'),
      import('../../report/console.js'),
      import('../../report/verdict.js'),
      import('../../harvest/clock.js'),
    ]);
  return { failOnMatches, mergeShards, readPrevious, readSnapshot, REPORT_FILES, appendJobSummary, writeReports, annotations, renderConsoleSummary, verdictLine, realClock };
}

async function run(argv: MergeArgs, m: Awaited<ReturnType<typeof load>>): Promise<void> {
  const { failOnMatches, mergeShards, readPrevious, readSnapshot, REPORT_FILES, appendJobSummary, writeReports, annotations, renderConsoleSummary, verdictLine, realClock } = m;
  const options = resolveOptions(reportOptionsFrom(argv), await configFileOptions(argv.config));
  checkWritableDir(options.outDir);
  const files = [];
  for (const path of argv.snapshots) files.push({ path, snapshot: await readSnapshot(path) });
  const previous = await readPrevious(options.previous, join(options.outDir, REPORT_FILES.json)).catch((err: unknown) => {
    if (options.previous || !(err instanceof SnapshotFileError)) throw err;
    process.stderr.write(`repo-audit: ignoring the previous snapshot: ${err.message}\n`);
    return null;
  });
  const snapshot = mergeShards({ files, clock: realClock, version: VERSION, previous });
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
    const m = await load();
    try {
      await run(argv, m);
    } catch (err) {
      if (!(err instanceof MergeError) && !(err instanceof SnapshotFileError)) throw err;
      process.stderr.write(`repo-audit merge: ${err.message}\n`);
      process.exitCode = ExitCode.UsageOrInput;
    }
  },
};
