import type { CommandModule } from 'yargs';
import { type Options } from '../../options.js';
import { type HarvestFlags } from '../harvest-flags.js';
interface HarvestCommandFlags extends HarvestFlags {
    out?: string;
    quiet?: boolean;
    /** The global --config file (cli/main.ts). */
    config?: string;
}
export declare function harvestOptionsFrom(argv: HarvestCommandFlags): Options;
export declare const harvestCommand: CommandModule<object, HarvestCommandFlags>;
export {};
