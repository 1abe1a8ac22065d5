// `repo-audit merge <snapshot..>`: join the snapshots of `audit --shard I/N` (one per job of a
// GitHub Actions matrix, docs/scale.md) into the snapshot and reports a single run would write.
import { join } from 'node:path';
import { MergeError, SnapshotFileError } from '../../errors.js';
import { VERSION } from '../../version.js';
import type { CommandSpec, ParsedArgs } from '../command.js';
import type { CommandContext } from '../context.js';
import { EXIT_CODES_HELP } from '../exit-codes.js';
import { ExitCode } from '../../errors.js';
import { auditExitCode } from '../../audit/exit-code.js';
import { commandOptions } from '../flags.js';
import { checkWritableDir } from '../writable-out.js';
import { boundHeapGrowth } from '../../util/heap-growth.js';

/** What merging needs, loaded when the command runs (a command definition stays light: cli/main.ts). */
async function load() {
  const [{ failOnMatches }, { mergeShards }, { readPrevious }, { REPORT_FILES, appendJobSummary, writeReports }, { annotations }, { renderConsoleSummary }, { verdictLine }, { realClock }] =
    await Promise.all([
      import('../../classify/fail-on.js'),
      import('../../audit/merge.js'),
      import('../../audit/previous-snapshot.js'),
      import('../../audit/write-reports.js'),
      import('../../report/annotations.js'),
      import('../../report/console.js'),
      import('../../report/verdict.js'),
      import('../../harvest/clock.js'),
    ]);
  return { failOnMatches, mergeShards, readPrevious, REPORT_FILES, appendJobSummary, writeReports, annotations, renderConsoleSummary, verdictLine, realClock };
}

async function run(argv: ParsedArgs, { io }: CommandContext, m: Awaited<ReturnType<typeof load>>): Promise<number> {
  const { failOnMatches, mergeShards, readPrevious, REPORT_FILES, appendJobSummary, writeReports, annotations, renderConsoleSummary, verdictLine, realClock } = m;
  const options = await commandOptions(argv, 'merge', io.env);
  checkWritableDir(options.outDir);
  boundHeapGrowth(); // like audit: the peak follows V8's heap growth while the reports are rendered
  const previous = await readPrevious(options.previous, join(options.outDir, REPORT_FILES.json)).catch((err: unknown) => {
    if (options.previous || !(err instanceof SnapshotFileError)) throw err;
    io.stderr.write(`repo-audit: ignoring the previous snapshot: ${err.message}\n`);
    return null;
  });
  const { snapshot, repoEntry } = await mergeShards({ paths: argv.snapshots as string[], clock: realClock, version: VERSION, previous });
  const written = await writeReports(snapshot, previous, options.outDir, options.formats, repoEntry);
  if (options.stepSummary) await appendJobSummary(options.stepSummary, snapshot, previous);
  if (options.annotations) for (const line of annotations(snapshot)) io.stdout.write(`${line}\n`);
  const matches = failOnMatches(snapshot, options.failOn);
  const incomplete = snapshot.incomplete ?? null;
  io.stdout.write(renderConsoleSummary({ snapshot, written, verdict: verdictLine(snapshot), failOnMatches: matches, incomplete }, options.quiet));
  return auditExitCode({ incomplete, problems: [], flagged: Object.keys(matches).length > 0 });
}

export const mergeCommand: CommandSpec = {
  name: 'merge',
  command: 'merge <snapshots..>',
  describe: 'Join the snapshots of `audit --shard I/N` into the snapshot and reports of a single run (no network)',
  builder: (y) =>
    y
      .positional('snapshots', { type: 'string', array: true, demandOption: true, describe: 'snapshot.json of every shard, once each' })
      .example('$0 merge shard-*/snapshot.json --out reports', 'One report from the shards of a matrix job')
      .epilogue(EXIT_CODES_HELP),
  run: async (argv, ctx) => {
    const m = await load();
    try {
      return await run(argv, ctx, m);
    } catch (err) {
      if (!(err instanceof MergeError) && !(err instanceof SnapshotFileError)) throw err;
      ctx.io.stderr.write(`repo-audit merge: ${err.message}\n`);
      return ExitCode.UsageOrInput;
    }
  },
};
