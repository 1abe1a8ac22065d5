// `repo-audit demo` (what `npm start` runs): the full offline audit of the bundled papers against
// the GitHub simulator — start it with the bundled scenario, audit examples/hf-papers/, write
// reports/, stop it, print where the reports are and the verdict.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromArgv, resolveOptions } from '../../options.js';
import type { CommandSpec } from '../command.js';
import { configFileOptions } from '../config-options.js';
import { exitCodesHelp } from '../exit-codes.js';
import { ExitCode } from '../../errors.js';
import { auditWithProgress } from './audit.js';

/** The package root: from src/cli/commands (tsx) or lib/cli/commands (built) alike. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCENARIO = join(ROOT, 'examples/scenarios/hf-papers.json');
const PAPERS = join(ROOT, 'examples/hf-papers');

export const demoCommand: CommandSpec = {
  name: 'demo',
  command: 'demo',
  describe: 'Audit the bundled papers against the built-in GitHub simulator (offline; what `npm start` runs)',
  builder: (y) =>
    y
      .example('$0 demo', 'Write reports/health.md, snapshot.json and repos.csv from simulated GitHub data')
      .epilogue(exitCodesHelp([ExitCode.Ok, ExitCode.UsageOrInput, ExitCode.Incomplete], 'the demo ran (even when it found problems)')),
  run: async (argv, { io }) => {
    // The simulator (graphql, GitHub's schema) loads only for this command.
    const { startSimulator } = await import('../../sim/index.js');
    const cacheDir = await mkdtemp(join(tmpdir(), 'repo-audit-demo-'));
    const sim = await startSimulator(SCENARIO);
    try {
      io.stdout.write(`Demo: the papers in examples/hf-papers/ against simulated GitHub data (${relative(process.cwd(), SCENARIO)}).\n`);
      // The environment is left out on purpose: a real GITHUB_TOKEN must never go to the simulator.
      // The scenario ships a token for the demo; links outside GitHub are not checked (offline).
      const token = sim.scenario.tokens[0]?.token ?? null;
      // Archived copies of the dead links come from the simulator's Software Heritage and Wayback Machine.
      const archives = { archives: true, swhApiUrl: sim.swhApiUrl, waybackApiUrl: sim.waybackApiUrl };
      const flags = { ...fromArgv(argv, 'demo'), token, apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, cacheDir, checkWeb: false, ...archives };
      const options = resolveOptions(flags, await configFileOptions(argv.config), {});
      const result = await auditWithProgress(io, [relative(process.cwd(), PAPERS) || '.'], options, 'demo');
      // A demo that finds problems did its job: 0, unless it could not finish.
      return result.incomplete ? ExitCode.Incomplete : ExitCode.Ok;
    } finally {
      await sim.close();
      await rm(cacheDir, { recursive: true, force: true });
    }
  },
};
