// `repo-audit harvest <inputs..|extract.json>`: ask GitHub (and other forges, and the web) what
// became of every repository the inputs link to, and write the facts as JSON.
import { EventEmitter, once } from 'node:events';
import { shardRepos } from '../../extract/shard.js';
import { exitCodeOf } from '../../errors.js';
import { describeError } from '../../util/redact.js';
import { fromArgv, ownOption } from '../../options.js';
import { givenTokens } from '../tokens.js';
import { VERSION } from '../../version.js';
import type { CommandSpec, ParsedArgs } from '../command.js';
import type { CommandContext } from '../context.js';
import { exitCodesHelp } from '../exit-codes.js';
import { ExitCode } from '../../errors.js';
import { auditExitCode } from '../../audit/exit-code.js';
import { commandOptions } from '../flags.js';
import { inputsWithStdin } from '../stdin-inputs.js';
import { withProgress } from '../with-progress.js';
import { checkWritableFile } from '../writable-out.js';
import { boundHeapGrowth } from '../../util/heap-growth.js';
import { prettyJsonChunks } from '../../util/json-chunks.js';
import { writeAtomicChunks } from '../../write-atomic.js';
import type { OutStream } from '../context.js';

/** The harvest file's long lists, written element by element. */
const HARVEST_STREAMED = new Set(['papers', 'repos', 'facts']);

/** Pieces of text to a stream, about a megabyte a write, waiting when a real stream asks to ('drain'). */
async function writeChunks(stream: OutStream, chunks: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  const send = async (): Promise<void> => {
    const full = !stream.write(batch.join(''));
    batch = [];
    size = 0;
    // A stream that is full waits for 'drain' (or its end: a closed pipe never drains).
    if (full && stream instanceof EventEmitter) {
      const done = new AbortController(); // the listeners of the events that did not come are removed
      const wait = (event: string): Promise<unknown> => once(stream, event, { signal: done.signal }).catch(() => {});
      await Promise.race([wait('drain'), wait('close'), wait('error')]);
      done.abort();
    }
  };
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) await send();
  }
  if (size > 0) await send();
}

async function run(argv: ParsedArgs, { io, argv: raw }: CommandContext): Promise<number> {
  // Loaded here, not at the top: only this command needs the harvester (and with it Octokit).
  const [{ extractCompactly }, { harvest, targetsToCheck }, { harvestFile, outcomeLine }, { nowIso, realClock }] = await Promise.all([
    import('../../audit/compact-extract.js'),
    import('../../harvest/index.js'),
    import('../../report/harvest-file.js'),
    import('../../harvest/clock.js'),
  ]);
  const options = await commandOptions(argv, 'harvest', io.env);
  boundHeapGrowth(); // a big collection's peak memory follows V8's heap growth, not its data
  const out = ownOption<string>(fromArgv(argv, 'harvest'), 'own:outFile', 'harvest');
  // yargs drops a lone `-` (stdin) from the positionals; ../stdin-inputs.ts restores it.
  const inputs = inputsWithStdin(raw, (argv.inputs as string[] | undefined) ?? [], 'harvest');
  if (out) checkWritableFile(out);
  // Held as the audit holds them (audit/compact-extract.ts): papers encoded off the heap, targets in
  // a temporary file, both read back as they are used. As objects, ~1.4 KB a paper stayed on the
  // heap through the whole harvest.
  const read = await extractCompactly(inputs, { inputFormat: options.inputFormat, stdin: io.stdin });
  const extracted = { ...read, repos: shardRepos(read.repos, options.shard) };
  for (const p of extracted.problems) io.stderr.write(`repo-audit: ${p.message}\n`);
  const targets = targetsToCheck(extracted.repos, options); // papers' own links only with --check-paper-links
  const clock = realClock; // the run's one source of time: the harvest's answers and the file's date
  const result = await withProgress(io, 'harvest', options.quiet, (hooks) => harvest(targets, options, { ...hooks, clock }));
  // Written in pieces (a paper, a target, an answer each): 200,000 targets' text is never held whole.
  const file = harvestFile({ papers: extracted.papers, repos: targets }, result, VERSION, nowIso(clock));
  const chunks = prettyJsonChunks(Object.entries(file), HARVEST_STREAMED);
  if (out) await writeAtomicChunks(out, chunks);
  else await writeChunks(io.stdout, chunks);
  if (!options.quiet) io.stderr.write(`harvest: ${outcomeLine(result.facts)}${out ? ` → ${out}` : ''}\n`);
  if (result.incomplete) io.stderr.write(`repo-audit: the run could not finish: ${result.incomplete.reason}\n`);
  return auditExitCode({ incomplete: result.incomplete, problems: extracted.problems, flagged: false });
}

export const harvestCommand: CommandSpec = {
  name: 'harvest',
  command: 'harvest <inputs..>',
  describe: 'Ask GitHub and the other forges what became of every linked repository; write the facts as JSON',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Files, directories, globs, - for stdin, or a saved extract.json' })
      .example('$0 harvest examples/hf-papers/ --out facts.json', 'Check every linked repository (token from $GITHUB_TOKEN)')
      .example('$0 harvest extract.json --max-age 24h --wait', 'Nightly: reuse answers under a day old, wait out rate limits')
      .example("printf 'https://github.com/o/r\\n' | $0 harvest -", 'Read the links from stdin')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput, ExitCode.Incomplete], 'every input read and every target checked')),
  run: async (argv, ctx) => {
    try {
      return await run(argv, ctx);
    } catch (err) {
      // A bug reaches the top (stack and a bug report); what the user can fix is one line here.
      if (exitCodeOf(err) === ExitCode.Internal) throw err;
      // The token the run used: resolveOptions skips an empty GITHUB_TOKEN for GH_TOKEN, and so must this.
      const token = givenTokens(ctx.argv, ctx.io.env);
      ctx.io.stderr.write(`repo-audit harvest: ${describeError(err, token)}\n`);
      return exitCodeOf(err);
    }
  },
};
