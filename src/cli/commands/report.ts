// `repo-audit report <snapshot.json>`: re-render the reports from a saved snapshot, no network.
import type { Argv, CommandModule } from 'yargs';
import { parseFailOn } from '../../classify/fail-on.js';
import { DEFAULTS, OUTPUT_FORMATS, resolveOptions, type OutputFormat } from '../../options.js';
import { OptionError } from '../../errors.js';
import { exitCodesHelp, ExitCode } from '../exit-codes.js';
import { configFileOptions } from '../config-options.js';
import { checkWritableDir } from '../writable-out.js';
import { join, resolve } from 'node:path';

export interface ReportFlags {
  out?: string;
  format?: string;
  previous?: string;
  'fail-on'?: string;
  quiet?: boolean;
  /** The global --config file (cli/main.ts). */
  config?: string;
}

const FORMATS: readonly string[] = OUTPUT_FORMATS;

/** `md,json` → ['md', 'json']; throws one clear line for anything else. */
export function parseFormats(text: string): OutputFormat[] {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !FORMATS.includes(n));
  if (bad.length || names.length === 0) throw new OptionError('--format', `use a comma-separated list of ${FORMATS.join(', ')} (got "${text}")`);
  return [...new Set(names)] as OutputFormat[];
}

/** The report options shared by `audit` and `report` (defaults from src/options.ts, shown in --help). */
export function withReportOptions<T>(y: Argv<T>): Argv<T & ReportFlags> {
  return y
    .option('out', { type: 'string', describe: `Directory for the reports [default: ${DEFAULTS.outDir}]` })
    .option('format', { type: 'string', describe: `Reports to write, comma-separated: md, json, csv [default: ${DEFAULTS.formats.join(',')}]` })
    .option('previous', { type: 'string', describe: 'Snapshot of an earlier run, for the "Changes since" section [default: the snapshot.json already in --out]' })
    .option('fail-on', {
      type: 'string',
      describe: `Exit 1 when any of these statuses/flags is found, comma-separated [default: ${DEFAULTS.failOn.join(',')}]; e.g. not-found,blocked,empty,placeholder,promise-unkept; none to never fail`,
    })
    .option('quiet', { type: 'boolean', describe: 'Print only problems and the verdict [default: false]' }) as Argv<T & ReportFlags>;
}

/** The report flags as Options (undefined when not given, so resolveOptions applies the defaults). */
export function reportOptionsFrom(argv: ReportFlags) {
  return {
    outDir: argv.out,
    formats: argv.format === undefined ? undefined : parseFormats(argv.format),
    previous: argv.previous,
    failOn: argv['fail-on'] === undefined ? undefined : parseFailOn([argv['fail-on']]),
    quiet: argv.quiet,
  };
}

export const reportCommand: CommandModule<object, ReportFlags & { snapshot: string }> = {
  command: 'report <snapshot>',
  describe: 'Re-render health.md, snapshot.json and repos.csv from a saved snapshot (no network)',
  builder: (y) =>
    withReportOptions(y.positional('snapshot', { type: 'string', demandOption: true, describe: 'A snapshot.json written by `repo-audit audit`' }))
      .example('$0 report reports/snapshot.json --out site --format md', 'Write site/health.md from last night\'s snapshot')
      .example('$0 report old.json --previous older.json --fail-on not-found,empty', 'Show changes and exit 1 on dead or empty repositories')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.Flagged, ExitCode.UsageOrInput])) as Argv<ReportFlags & { snapshot: string }>,
  handler: async (argv) => {
    // Loaded here, not at the top: a command definition stays light (see cli/main.ts).
    const [{ readPrevious, readSnapshot }, { REPORT_FILES, appendJobSummary, writeReports }, { failOnMatches }, { annotations }, { renderConsoleSummary }, { verdictLine }] =
      await Promise.all([
            import('../../audit/snapshot-file.js'),
        import('../../audit/write-reports.js'),
        import('../../classify/fail-on.js'),
        import('../../report/annotations.js'),
        import('../../report/console.js'),
        import('../../report/verdict.js'),
      ]);
    const options = resolveOptions(reportOptionsFrom(argv), await configFileOptions(argv.config));
    checkWritableDir(options.outDir);
    const snapshot = await readSnapshot(argv.snapshot);
    // By default the diff is against the snapshot already in --out, unless that is the input itself.
    const fallback = join(options.outDir, REPORT_FILES.json);
    const sameFile = !options.previous && resolve(fallback) === resolve(argv.snapshot);
    const previous = sameFile ? null : await readPrevious(options.previous, fallback);
    const written = await writeReports(snapshot, previous, options.outDir, options.formats);
    if (options.stepSummary) await appendJobSummary(options.stepSummary, snapshot, previous);
    if (options.annotations) for (const line of annotations(snapshot)) process.stdout.write(`${line}\n`);
    const matches = failOnMatches(snapshot, options.failOn);
    process.stdout.write(renderConsoleSummary({ snapshot, written, verdict: verdictLine(snapshot), failOnMatches: matches, incomplete: null }, options.quiet));
    process.exitCode = Object.keys(matches).length > 0 ? ExitCode.Flagged : ExitCode.Ok;
  },
};
