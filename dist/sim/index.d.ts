import { type SimClock } from './clock.js';
import { RequestLog } from './log.js';
import { type ResolvedScenario, type Scenario } from './scenario.js';
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
export declare function startSimulator(scenario: Scenario | string, options?: SimulatorOptions): Promise<RunningSimulator>;
