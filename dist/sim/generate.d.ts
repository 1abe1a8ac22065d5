import type { Scenario } from './scenario.js';
export interface GenerateOptions {
    repos: number;
    seed: number;
    /** Tokens to create (`sim_token_0`, …); default 1. */
    tokens?: number;
    /** Per-token budgets (default 5,000 / 5,000). */
    rest?: number;
    graphql?: number;
    latencyMs?: number;
    jitterMs?: number;
    faults?: Scenario['faults'];
    limits?: Scenario['limits'];
}
export declare function generateScenario(opts: GenerateOptions): Scenario;
