import { formatBanner, formatCounts } from '../../sim/banner.js';
import { startSimulator } from '../../sim/index.js';
import { ExitCode } from '../exit-codes.js';
/** Command-local default (not a ResolvedOptions setting): the scenario shipped for the demo corpus. */
export const DEFAULT_SCENARIO = 'examples/scenarios/hf-papers.json';
export const simCommand = {
    command: 'sim',
    describe: 'Run a simulated GitHub API (REST + GraphQL) on 127.0.0.1 from a scenario file, until stopped',
    builder: (yargs) => yargs
        .option('scenario', { type: 'string', describe: `Scenario JSON (see docs/simulator.md) [default: ${DEFAULT_SCENARIO}]` })
        .option('port', { type: 'number', describe: 'Port to listen on [default: 0, a free port]' })
        .option('log', { type: 'string', describe: 'Write one JSON line per request to this file (truncated at start) [default: none]' })
        .example('$0 sim --scenario examples/scenarios/hf-papers.json --port 8787', 'serve the demo scenario')
        .example('$0 sim --log requests.jsonl', 'serve the demo scenario and log every request'),
    handler: async (argv) => {
        const source = argv.scenario ?? DEFAULT_SCENARIO;
        let sim;
        try {
            sim = await startSimulator(source, { port: argv.port ?? 0, logFile: argv.log ?? null });
        }
        catch (err) {
            process.stderr.write(`repo-audit sim: ${err.message}\n`);
            process.exitCode = ExitCode.UsageOrInput;
            return;
        }
        process.stdout.write(formatBanner(sim, source));
        const running = sim;
        await new Promise((resolve) => {
            const stop = () => {
                process.off('SIGINT', stop).off('SIGTERM', stop);
                resolve();
            };
            process.on('SIGINT', stop).on('SIGTERM', stop);
        });
        await running.close();
        process.stderr.write(formatCounts(running.log.counts));
    },
};
//# sourceMappingURL=sim.js.map