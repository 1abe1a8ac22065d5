import type { CommandModule } from 'yargs';
import { type ExtractFormat } from '../../extract/output/formatter.js';
import type { InputFormat } from '../../types.js';
interface ExtractArgs {
    inputs: string[];
    format?: ExtractFormat;
    inputFormat?: InputFormat;
    out?: string;
    shard?: string;
    /** The global --config file (cli/main.ts). */
    config?: string;
}
/** extract's inputs with a lone `-` (stdin) kept: yargs drops it (see ../stdin-inputs.ts). */
export declare const inputsWithStdin: (raw: string[], parsed: string[]) => string[];
export declare const extractCommand: CommandModule<object, ExtractArgs>;
export {};
