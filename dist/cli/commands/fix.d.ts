import type { CommandModule } from 'yargs';
import { type FixResult } from '../../fix/run-fix.js';
import { ExitCode } from '../exit-codes.js';
import { type HarvestFlags } from '../harvest-flags.js';
interface FixFlags extends HarvestFlags {
    'dry-run'?: boolean;
    normalize?: boolean;
    'from-snapshot'?: string;
    ignore?: string;
    quiet?: boolean;
    config?: string;
}
export declare const FIX_EXIT_CODES_HELP: string;
/** 3 when the check could not finish, then 2 for unreadable/unwritable files, then 1 for a dry run that would change something. */
export declare function fixExitCode(result: FixResult, dryRun: boolean): ExitCode;
export declare const fixCommand: CommandModule<object, FixFlags>;
export {};
