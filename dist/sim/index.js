import { ArchiveSim } from './archives.js';
import { createClock } from './clock.js';
import { loadGithubGraphqlSchema } from './graphql-schema.js';
import { RateLimits } from './limits.js';
import { RequestLog } from './log.js';
import { MinuteWindows } from './minute-window.js';
import { loadScenario, parseScenario } from './scenario.js';
import { createSimServer } from './server.js';
import { RepoStore } from './store.js';
export { loadScenario, parseScenario, scenarioJsonSchema, REPO_STATES } from './scenario.js';
export { RequestLog } from './log.js';
export { generateScenario } from './generate.js';
export { tokenLabel } from './random.js';
export { corpusScenario } from './corpus-scenario.js';
export async function startSimulator(scenario, options = {}) {
    const resolved = typeof scenario === 'string' ? loadScenario(scenario) : parseScenario(scenario);
    await loadGithubGraphqlSchema();
    const start = options.startTime ?? (resolved.now ? Date.parse(resolved.now) : Date.now());
    const clock = createClock(options.clock ?? 'real', start);
    const log = new RequestLog(options.logFile ?? null);
    const state = {
        scenario: resolved,
        store: new RepoStore(resolved),
        clock,
        log,
        limits: new RateLimits(clock, resolved.limits.windowSeconds * 1000),
        minute: new MinuteWindows(),
        archives: new ArchiveSim(resolved, clock),
        api: '',
    };
    const server = createSimServer(state);
    const host = options.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', (err) => {
            log.close(); // the JSONL file was opened above; nothing will write to it now
            reject(err);
        });
        server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    state.api = url;
    return {
        url,
        graphqlUrl: `${url}/graphql`,
        swhApiUrl: `${url}/swh/api/1`,
        waybackApiUrl: `${url}/wayback/available`,
        log,
        clock,
        scenario: resolved,
        close: () => new Promise((resolve) => {
            server.close(() => {
                log.close();
                resolve();
            });
            server.closeAllConnections();
        }),
    };
}
//# sourceMappingURL=index.js.map