// `repo-audit report <snapshot.json>`: re-render the reports from a saved snapshot, no network.
import { join, resolve } from 'node:path';
import type { CommandSpec } from '../command.js';
import { exitCodesHelp } from '../exit-codes.js';
import { ExitCode } from '../../errors.js';
import { auditExitCode } from '../../audit/exit-code.js';
import { commandOptions } from '../flags.js';
import { checkWritableDir } from '../writable-out.js';

export const reportCommand: CommandSpec = {
  name: 'report',
  command: 'report <snapshot>',
  describe: 'Re-render health.md, snapshot.json and repos.csv from a saved snapshot (no network)',
  builder: (y) =>
    y
      .positional('snapshot', { type: 'string', demandOption: true, describe: 'A snapshot.json written by `repo-audit audit`' })
      .example('$0 report reports/snapshot.json --out site --format md', 'Write site/health.md from last night\'s snapshot')
      .example('$0 report old.json --previous older.json --fail-on not-found,empty', 'Show changes and exit 1 on dead or empty repositories')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.Flagged, ExitCode.UsageOrInput])),
  run: async (argv, { io }) => {
    // Loaded here, not at the top: a command definition stays light (see cli/main.ts).
    const [{ readPrevious, readSnapshotInFiles }, { REPORT_FILES, appendJobSummary, writeReports }, { failOnMatches }, { annotations }, { renderConsoleSummary }, { verdictLine }] =
      await Promise.all([
        import('../../audit/previous-snapshot.js'),
        import('../../audit/write-reports.js'),
        import('../../classify/fail-on.js'),
        import('../../report/annotations.js'),
        import('../../report/console.js'),
        import('../../report/verdict.js'),
      ]);
    const options = await commandOptions(argv, 'report', io.env);
    checkWritableDir(options.outDir);
    const input = argv.snapshot as string;
    // Read into temporary files, not whole: a snapshot of 200,000 repositories is past V8's longest string.
    const snapshot = await readSnapshotInFiles(input);
    // By default the diff is against the snapshot already in --out, unless that is the input itself.
    const fallback = join(options.outDir, REPORT_FILES.json);
    const sameFile = !options.previous && resolve(fallback) === resolve(input);
    const previous = sameFile ? null : await readPrevious(options.previous, fallback);
    const written = await writeReports(snapshot, previous, options.outDir, options.formats);
    if (options.stepSummary) await appendJobSummary(options.stepSummary, snapshot, previous);
    if (options.annotations) for (const line of annotations(snapshot)) io.stdout.write(`${line}\n`);
    const matches = failOnMatches(snapshot, options.failOn);
    io.stdout.write(renderConsoleSummary({ snapshot, written, verdict: verdictLine(snapshot), failOnMatches: matches, incomplete: null }, options.quiet));
    return auditExitCode({ incomplete: null, problems: [], flagged: Object.keys(matches).length > 0 });
  },
};
