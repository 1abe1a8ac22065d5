// The GitHub simulator: REST and GraphQL over real HTTP on 127.0.0.1, driven by a scenario.
// Used by tests, benchmarks, `repo-audit sim` and `repo-audit demo`. See docs/simulator.md.
import type { AddressInfo } from 'node:net';
import { ArchiveSim } from './archives.js';
import { createClock, type SimClock } from './clock.js';
import { loadGithubGraphqlSchema } from './graphql-schema.js';
import { RateLimits } from './limits.js';
import { RequestLog } from './log.js';
import { MinuteWindows } from './minute-window.js';
import { loadScenario, parseScenario, type ResolvedScenario, type Scenario } from './scenario.js';
import { createSimServer } from './server.js';
import { RepoStore } from './store.js';
import { IssueTracker } from './issues.js';

export { loadScenario, parseScenario, scenarioJsonSchema, REPO_STATES, type Scenario, type ResolvedScenario, type ScenarioRepo, type RepoState } from './scenario.js';
export { RequestLog, type LogEntry, type LogCounts, type Violation } from './log.js';
export type { SimClock } from './clock.js';
export { generateScenario, type GenerateOptions } from './generate.js';
export { tokenLabel } from './random.js';
export { corpusScenario, type CorpusScenarioOptions, type Fate } from './corpus-scenario.js';

export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Also append every log entry to this JSONL file. */
  logFile?: string | null;
  /** `real` (default): time flows, plus clock.advance(); `frozen`: only clock.advance() moves it. */
  clock?: 'real' | 'frozen';
  /** Clock start in epoch ms (default: the scenario's `now`, else the current time). */
  startTime?: number;
}

export interface RunningSimulator {
  /** REST base, e.g. http://127.0.0.1:PORT (Octokit `baseUrl`, `GITHUB_API_URL`). */
  url: string;
  /** `${url}/graphql` (`GITHUB_GRAPHQL_URL`); `${url}/api/graphql` answers too. */
  graphqlUrl: string;
  /** `${url}/swh/api/1`: the simulated Software Heritage API (`--swh-api-url`, `SWH_API_URL`). */
  swhApiUrl: string;
  /** `${url}/wayback/available`: the simulated Wayback availability API (`--wayback-api-url`). */
  waybackApiUrl: string;
  log: RequestLog;
  clock: SimClock;
  scenario: ResolvedScenario;
  close(): Promise<void>;
}

export async function startSimulator(scenario: Scenario | string, options: SimulatorOptions = {}): Promise<RunningSimulator> {
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
    issues: new IssueTracker(),
    api: '',
  };
  const server = createSimServer(state);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => {
      log.close(); // the JSONL file was opened above; nothing will write to it now
      reject(err);
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
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
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          log.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
