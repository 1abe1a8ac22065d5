import type { CommandModule } from 'yargs';
interface SimArgs {
    scenario?: string;
    port?: number;
    log?: string;
}
/** Command-local default (not a ResolvedOptions setting): the scenario shipped for the demo corpus. */
export declare const DEFAULT_SCENARIO = "examples/scenarios/hf-papers.json";
export declare const simCommand: CommandModule<object, SimArgs>;
export {};
