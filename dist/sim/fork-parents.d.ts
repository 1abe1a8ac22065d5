import type { ScenarioRepo } from './scenario.js';
type Entry = Partial<ScenarioRepo> & {
    repo: string;
};
export declare function withParents<T extends Entry>(repos: T[]): T[];
export {};
