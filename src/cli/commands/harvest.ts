// `repo-audit harvest <inputs..|extract.json>`: ask GitHub (and other forges, and the web) what
// became of every repository the inputs link to, and write the facts as JSON.
import { writeFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import { extractInputs } from '../../extract/index.js';
import { harvest } from '../../harvest/index.js';
import { harvestFile, outcomeLine } from '../../harvest/output.js';
import { describeError } from '../../harvest/redact.js';
import { DEFAULTS, parseDuration, resolveOptions, type Options } from '../../options.js';
import type { InputFormat } from '../../types.js';
import { VERSION } from '../../version.js';
import { EXIT_CODES_HELP, ExitCode } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { inputsWithStdin } from '../stdin-inputs.js';

interface HarvestFlags {
  inputs: string[];
  out?: string;
  token?: string;
  'api-url'?: string;
  'graphql-url'?: string;
  'cache-dir'?: string;
  'max-age'?: string;
  wait?: boolean;
  concurrency?: number;
  'batch-size'?: number;
  'allow-private-hosts'?: boolean;
  web?: boolean;
  quiet?: boolean;
  'input-format'?: string;
}

/** Options of `harvest` that take a value (so a lone `-` after them is not mistaken for stdin). */
const VALUED = new Set(['--out', '-o', '--token', '--api-url', '--graphql-url', '--cache-dir', '--max-age', '--concurrency', '--batch-size', '--input-format']);

const INPUT_FORMATS: readonly InputFormat[] = ['hf-papers', 'markdown', 'jsonl', 'json', 'bibtex', 'text'];

function builder(y: Argv): Argv<HarvestFlags> {
  return y
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files, directories, globs, - for stdin, or a saved extract.json' })
    .option('out', { alias: 'o', type: 'string', describe: 'Write the facts here (JSON) [default: standard output]' })
    .option('token', { type: 'string', describe: 'GitHub token [default: $GITHUB_TOKEN or $GH_TOKEN; without one, REST at 60 requests/hour]' })
    .option('api-url', { type: 'string', describe: `GitHub REST base [default: $GITHUB_API_URL or ${DEFAULTS.apiUrl}]` })
    .option('graphql-url', { type: 'string', describe: 'GitHub GraphQL endpoint [default: $GITHUB_GRAPHQL_URL, or derived from --api-url]' })
    .option('cache-dir', { type: 'string', describe: `Answers kept here; an interrupted run resumes [default: ${DEFAULTS.cacheDir}]` })
    .option('max-age', { type: 'string', describe: 'Reuse cached answers younger than this, e.g. 24h [default: 0, always ask]' })
    .option('wait', { type: 'boolean', describe: `Wait for a rate-limit reset instead of marking the rest unknown [default: ${DEFAULTS.wait}]` })
    .option('concurrency', { type: 'number', describe: `Requests in flight [default: ${DEFAULTS.concurrency}]` })
    .option('batch-size', { type: 'number', describe: `Repositories per GraphQL query (1-200) [default: ${DEFAULTS.batchSize}]` })
    .option('allow-private-hosts', { type: 'boolean', describe: `Check web links on private/loopback addresses [default: ${DEFAULTS.allowPrivateHosts}]` })
    .option('web', { type: 'boolean', describe: `Check other forges and web links; --no-web marks them unknown [default: ${DEFAULTS.checkWeb}]` })
    .option('quiet', { alias: 'q', type: 'boolean', describe: `No progress or notices, only errors [default: ${DEFAULTS.quiet}]` })
    .option('input-format', { type: 'string', choices: INPUT_FORMATS, describe: 'Force the input format [default: detected per file]' })
    .example('$0 harvest examples/hf-papers/ --out facts.json', 'Check every linked repository (token from $GITHUB_TOKEN)')
    .example('$0 harvest extract.json --max-age 24h --wait', 'Nightly: reuse answers under a day old, wait out rate limits')
    .example("printf 'https://github.com/o/r\\n' | $0 harvest -", 'Read the links from stdin')
    .epilogue(EXIT_CODES_HELP) as unknown as Argv<HarvestFlags>;
}

export function harvestOptionsFrom(argv: HarvestFlags): Options {
  return {
    token: argv.token,
    apiUrl: argv['api-url'],
    graphqlUrl: argv['graphql-url'],
    cacheDir: argv['cache-dir'],
    maxAgeMs: argv['max-age'] === undefined ? undefined : parseDuration(argv['max-age']),
    wait: argv.wait,
    concurrency: argv.concurrency,
    batchSize: argv['batch-size'],
    allowPrivateHosts: argv['allow-private-hosts'],
    checkWeb: argv.web,
    quiet: argv.quiet,
    inputFormat: argv['input-format'] as InputFormat | undefined,
  };
}

async function run(argv: HarvestFlags): Promise<void> {
  const options = resolveOptions(harvestOptionsFrom(argv));
  // yargs drops a lone `-` (stdin) from the positionals; ../stdin-inputs.ts restores it.
  const inputs = inputsWithStdin(process.argv.slice(2), argv.inputs ?? [], 'harvest', VALUED);
  const extracted = await extractInputs(inputs, { inputFormat: options.inputFormat });
  for (const p of extracted.problems) process.stderr.write(`repo-audit: ${p.message}\n`);
  const progress = createProgress({ quiet: options.quiet, label: 'harvest' });
  const controller = new AbortController();
  const onSigint = (): void => controller.abort(); // Ctrl-C: stop cleanly; the cache keeps every answer
  process.once('SIGINT', onSigint);
  try {
    const result = await harvest(extracted.repos, options, { onProgress: progress.update, onNotice: progress.notice, signal: controller.signal });
    progress.done();
    const text = JSON.stringify(harvestFile(extracted, result, VERSION, new Date().toISOString()), null, 2) + '\n';
    if (argv.out) await writeFile(argv.out, text);
    else process.stdout.write(text);
    if (!options.quiet) process.stderr.write(`harvest: ${outcomeLine(result.facts)}${argv.out ? ` → ${argv.out}` : ''}\n`);
    if (result.incomplete) process.stderr.write(`repo-audit: the run could not finish: ${result.incomplete.reason}\n`);
    process.exitCode = result.incomplete ? ExitCode.Incomplete : extracted.problems.length ? ExitCode.UsageOrInput : ExitCode.Ok;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export const harvestCommand: CommandModule<object, HarvestFlags> = {
  command: 'harvest <inputs..>',
  describe: 'Ask GitHub and the other forges what became of every linked repository; write the facts as JSON',
  builder,
  handler: async (argv) => {
    try {
      await run(argv);
    } catch (err) {
      const token = argv.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? null;
      process.stderr.write(`repo-audit harvest: ${describeError(err, token)}\n`);
      process.exitCode = ExitCode.UsageOrInput;
    }
  },
};
