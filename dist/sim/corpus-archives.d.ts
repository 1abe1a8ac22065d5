import type { Scenario, ScenarioRepo } from './scenario.js';
type Entry = Partial<ScenarioRepo> & {
    repo: string;
};
type Archives = NonNullable<Scenario['archives']>;
export declare function isDead(e: Entry): boolean;
/** Archive records for the dead repositories among `repos` (names as the corpus links them). */
export declare function corpusArchives(repos: readonly Entry[], nowMs: number): Archives;
export {};
