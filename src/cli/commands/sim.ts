// `repo-audit sim`: run the GitHub simulator on 127.0.0.1 until SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodeOf } from '../../errors.js';
import { fromArgv, ownOption } from '../../options.js';
import type { CommandSpec } from '../command.js';
import { exitCodesHelp } from '../exit-codes.js';
import { ExitCode } from '../../errors.js';

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

export const simCommand: CommandSpec = {
  name: 'sim',
  command: 'sim',
  describe: 'Run a simulated GitHub API (REST + GraphQL) on 127.0.0.1 from a scenario file, until stopped',
  builder: (y) =>
    y
      .example('$0 sim --scenario examples/scenarios/hf-papers.json --port 8787', 'serve the demo scenario')
      .example('$0 sim --log requests.jsonl', 'serve the demo scenario and log every request')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput], 'stopped with Ctrl-C')),
  run: async (argv, { io }) => {
    const own = fromArgv(argv, 'sim');
    const source = scenarioPath(ownOption<string>(own, 'own:scenario', 'sim') ?? DEFAULT_SCENARIO);
    // The simulator (graphql, GitHub's schema) loads only for this command.
    const [{ formatBanner, formatCounts }, { startSimulator }] = await Promise.all([import('../../sim/banner.js'), import('../../sim/index.js')]);
    let sim;
    try {
      sim = await startSimulator(source, { port: ownOption<number>(own, 'own:port', 'sim') ?? 0, logFile: ownOption<string>(own, 'own:log', 'sim') ?? null });
    } catch (err) {
      // A bad scenario file or a port in use is one line; a bug in the simulator reaches the top.
      if (exitCodeOf(err) === ExitCode.Internal) throw err;
      io.stderr.write(`repo-audit sim: ${(err as Error).message}\n`);
      return exitCodeOf(err);
    }
    io.stdout.write(formatBanner(sim, source));
    const running = sim;
    // Ctrl-C, or SIGTERM from a process manager, stops it.
    await new Promise<void>((resolve) => {
      const stopInterrupt = io.onInterrupt(stop);
      function stop(): void {
        stopInterrupt();
        process.off('SIGTERM', stop);
        resolve();
      }
      process.on('SIGTERM', stop);
    });
    await running.close();
    io.stderr.write(formatCounts(running.log.counts));
    return ExitCode.Ok;
  },
};
