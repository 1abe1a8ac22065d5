// `repo-audit sim`: run the GitHub simulator on 127.0.0.1 until SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv, CommandModule } from 'yargs';
import { exitCodeOf } from '../../errors.js';
import { ExitCode, exitCodesHelp } from '../exit-codes.js';

interface SimArgs {
  scenario?: string;
  port?: number;
  log?: string;
}

/** Command-local default (not a ResolvedOptions setting): the scenario shipped for the demo corpus. */
export const DEFAULT_SCENARIO = 'examples/scenarios/hf-papers.json';

/** The bundled scenarios, from src/cli/commands (tsx) or lib/cli/commands (built) alike. */
const BUNDLED = fileURLToPath(new URL('../../../examples/scenarios/', import.meta.url));

/** A path as given when it exists, else a bundled scenario by name (`hf-papers` or `hf-papers.json`), from any directory. */
export function scenarioPath(given: string): string {
  if (existsSync(given)) return given;
  for (const name of [given, `${given}.json`]) {
    const bundled = join(BUNDLED, name.replace(/^examples\/scenarios\//, ''));
    if (existsSync(bundled)) return bundled;
  }
  return given; // loadScenario names the missing file
}

export const simCommand: CommandModule<object, SimArgs> = {
  command: 'sim',
  describe: 'Run a simulated GitHub API (REST + GraphQL) on 127.0.0.1 from a scenario file, until stopped',
  builder: (yargs: Argv) =>
    yargs
      .option('scenario', { type: 'string', describe: `Scenario JSON file, or the name of a bundled one (hf-papers) [default: ${DEFAULT_SCENARIO}]` })
      .option('port', { type: 'number', describe: 'Port to listen on [default: 0, a free port]' })
      .option('log', { type: 'string', describe: 'Write one JSON line per request to this file (truncated at start) [default: none]' })
      .example('$0 sim --scenario examples/scenarios/hf-papers.json --port 8787', 'serve the demo scenario')
      .example('$0 sim --log requests.jsonl', 'serve the demo scenario and log every request')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput], 'stopped with Ctrl-C')) as unknown as Argv<SimArgs>,
  handler: async (argv) => {
    const source = scenarioPath(argv.scenario ?? DEFAULT_SCENARIO);
    // The simulator (graphql, GitHub's schema) loads only for this command.
    const [{ formatBanner, formatCounts }, { startSimulator }] = await Promise.all([import('../../sim/banner.js'), import('../../sim/index.js')]);
    let sim;
    try {
      sim = await startSimulator(source, { port: argv.port ?? 0, logFile: argv.log ?? null });
    } catch (err) {
      // A bad scenario file or a port in use is one line; a bug in the simulator reaches the top.
      if (exitCodeOf(err) === ExitCode.Internal) throw err;
      process.stderr.write(`repo-audit sim: ${(err as Error).message}\n`);
      process.exitCode = exitCodeOf(err);
      return;
    }
    process.stdout.write(formatBanner(sim, source));
    const running = sim;
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop).off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop).on('SIGTERM', stop);
    });
    await running.close();
    process.stderr.write(formatCounts(running.log.counts));
  },
};
