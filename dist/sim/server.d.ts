import { type Server } from 'node:http';
import { ArchiveSim } from './archives.js';
import type { SimClock } from './clock.js';
import { RateLimits } from './limits.js';
import type { RequestLog } from './log.js';
import { MinuteWindows } from './minute-window.js';
import type { ResolvedScenario } from './scenario.js';
import type { RepoStore } from './store.js';
export interface ServerState {
    scenario: ResolvedScenario;
    store: RepoStore;
    clock: SimClock;
    log: RequestLog;
    limits: RateLimits;
    minute: MinuteWindows;
    /** Simulated Software Heritage and Wayback Machine (their own limits, no GitHub token). */
    archives: ArchiveSim;
    /** Set once listening: the REST base. */
    api: string;
}
export declare function createSimServer(state: ServerState): Server;
